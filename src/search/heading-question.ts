import type { Paragraph } from '../article/schema.ts';
import { termSet, termsOf } from '../text/terms.ts';

/**
 * "What's the first subheading", "wats the second section heading", "which are the two subtitles",
 * "what's the section about israel called": questions whose answer is a section heading itself.
 * Readers call headings by many names; "headline" is the title's, and a heading used to say where
 * ("under the first subheading, who speaks") asks about the passage there, not the heading.
 */
const HEADING_NOUN = new RegExp(
  [
    String.raw`\bsub[\s-]?(?:head(?:ing|er|line)?|hed(?:ing|der)?|heding|tit(?:le|el))s?\b`,
    // "The second small title inside the text", as speakers of many languages call it.
    String.raw`\b(?:small|little|smaller|inner)\s+tit(?:le|el)s?\b`,
    String.raw`\b(?:section|part)\s*#?\s*\d\s+(?:head(?:ing|er)|tit(?:le|el)|name)s?\b`,
    String.raw`\b(?:section|part|chapter)\s+(?:head(?:ing|er)|hed(?:ing|der)|heding|tit(?:le|el)|name)s?\b`,
    String.raw`\b(?:head(?:ing|er)|heding|tit(?:le|el)|name)s?\s+of\s+(?:the\s+|each\s+|both\s+)?(?:\w+\s+)?(?:sections?|parts?)\b`,
    String.raw`\b(?:the|a|first|1st|second|2nd|last|final|middle|each|both|two|which|what|its|any|other)\s+(?:heading|heding)s?\b(?!\s+(?:to|towards?|for|into|out|off|back|down|up|there|home)\b)`,
    // "All heading(s)", but not "where is this all heading" or "where are iran and russia all heading".
    String.raw`(?<!\bwhere\b[^.?!]*)\ball\s+(?:heading|heding)s?\b(?!\s+(?:to|towards?|for|into|out|off|back|down|up|there|home)\b)`,
    // "The header" alone is as often the title or the picture at the top: headers only as sections.
    String.raw`\b(?:first|1st|second|2nd|last|final|middle|each|both|two|which|other|all)\s+headers?\b|\bheaders\b`,
    String.raw`\b(?:sections?|parts?)\b[^.?!]{0,24}\b(?:called|named|titled)\b`,
    String.raw`\b(?:what|which|list|name)\s+(?:are\s+)?(?:the\s+)?(?:two\s+|both\s+)?sections\b`,
    String.raw`\bhow many (?:sections|sub[\s-]?headings|headings)\b`,
  ].join('|'),
  'i',
);

const HEADING_STEMS = /hed|head|tit|section|part|chapter/i;

/** The heading named to place something else: "the text under the first subheading". */
const HEADING_AS_PLACE = new RegExp(
  String.raw`\b(?:under|below|beneath|after|before|following|has|have|there'?s|there is)\s+(?:the\s+|a\s+|that\s+|this\s+)?(?:\w+\s+)?(?:${HEADING_NOUN.source})`,
  'i',
);

/**
 * Asked about something else the heading leads to: why it says so ("the heading says the alliance
 * will disintegrate, why"), who speaks under it, or the picture at the top.
 */
const ASKS_MORE =
  /\b(?:why|y|how come|who (?:speaks|talks|is quoted|says)|under it|below it|after it|pics?|pictures?|images?|photos?)\b/i;

/** "Subheading 2", "section #1". */
const NUMBERED = /(?:head(?:ing|er)|hed(?:ing|der)?|heding|tit(?:le|el)|section|part)s?\s*#?\s*(\d)\b/i;
const FIRST = /\b(?:first|1st|opening|initial|earlier|former|top)\b/i;
/** Beyond the two there are: "what is subheading 3", "the third section". */
const BEYOND = /\b(?:third|3rd|fourth|4th|fifth|5th)\b/i;
const LAST = /\b(?:second|2nd|last|final|latter|later|closing|bottom)\b/i;

/** Words about the heading rather than of it, left out when matching the rest against each heading. */
const ABOUT_HEADINGS = termSet([
  'subheading subheadings subhead subheader subtitle subtitles heading headings header headers title titles',
  'section sections part parts chapter called named name say says first second last middle two both',
]);

/**
 * The section headings a question asks for, best first: the one its ordinal names, else the ones
 * sharing its other words, else all in reading order. Undefined when it does not ask for a heading.
 */
export function headingsAsked(question: string, headings: readonly Paragraph[]): Paragraph[] | undefined {
  // A cheap look first: most questions hold no word for a heading or a section.
  if (headings.length === 0 || !HEADING_STEMS.test(question)) return undefined;
  if (!HEADING_NOUN.test(question) || HEADING_AS_PLACE.test(question)) return undefined;
  if (ASKS_MORE.test(question)) return undefined;
  // A heading the article does not have: none, rather than another in its place.
  const n = Number(NUMBERED.exec(question)?.[1]);
  if ((Number.isInteger(n) && n > headings.length) || (BEYOND.test(question) && headings.length < 3)) return [];
  // "Two subtitles", "both headings": all of them, whatever else is said.
  if (!/\b(?:two|both|all)\b/i.test(question)) {
    if (n >= 1 && n <= headings.length) return [headings[n - 1]!, ...headings.filter((_, i) => i !== n - 1)];
    if (FIRST.test(question)) return [headings[0]!, ...headings.slice(1)];
    if (LAST.test(question)) return [headings.at(-1)!, ...headings.slice(0, -1)];
  }
  const asked = termsOf(question).filter((t) => !ABOUT_HEADINGS.has(t.term));
  const shared = (heading: Paragraph): number => {
    const own = termSet([heading.text]);
    return asked.filter((t) => own.has(t.term)).length;
  };
  return headings
    .map((heading, order) => ({ heading, order, shared: shared(heading) }))
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .map((h) => h.heading);
}
