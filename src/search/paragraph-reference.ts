/**
 * "Per the second paragraph", "in the opening paragraph", "para 4", "¶ 13", "the last paragraph":
 * the body paragraph a question points at by its place in the piece, as readers number them.
 */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  opening: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
};
const LAST = new Set(['last', 'final', 'closing', 'concluding']);
const PARAGRAPH = String.raw`(?:paragraph|paragraphs|para|graf|¶)`;
const BY_ORDINAL = new RegExp(
  String.raw`\b(?:the\s+)?(${[...Object.keys(ORDINALS), ...LAST].join('|')})(?:\s+(?:body|main))?\s+${PARAGRAPH}\b`,
  'i',
);
const BY_NUMBER = new RegExp(String.raw`(?:\b(?:paragraph|para|graf)\s*#?|¶\s*)(\d{1,2})\b`, 'i');

/**
 * "What's the first sentence", "the opening line", "read me the last sentence": the body's first or
 * last paragraph, which holds it. Not a sentence of a paragraph or section named after it, nor
 * someone's ("abadi's last line", "the first line of his quote").
 */
const EDGE_SENTENCE =
  /(?:^\W*|\bthe\s+)(first|opening|last|final|closing)\s+(?:sentence|line)s?\b(?!\s+(?:of|in|from)\s+(?:(?:the|this|that|his|her|their|its)\s+|\w+['’]s\s+)?(?:\w+\s+)?(?:paragraph|para|graf|¶|section|part|bit|bio|biography|byline|disclaimer|credits?|caption|title|headline|heading|subheading|quote|quotes|comments?|statement)\b)(?!\s+(?:of|in|from)\s+(?:his|her|their|\w+['’]s)\b)/i;

/** Counted from the end or within a section, which this reading of the number would get wrong. */
const COUNTED_OTHERWISE =
  /\b(?:to[\s-]+(?:the[\s-]+)?last|before the last|from the (?:end|bottom)|after the (?:heading|subheading)|of the section|in the section)\b/i;

/** The number (1…bodyCount) of the body paragraph the question points at, if it points at one. */
export function paragraphReferenced(question: string, bodyCount: number): number | undefined {
  if (COUNTED_OTHERWISE.test(question)) return undefined;
  // A paragraph named outright comes first: "the first line of ¶ 5" is in ¶ 5.
  const named = BY_ORDINAL.exec(question)?.[1]?.toLowerCase();
  const number = named === undefined ? Number(BY_NUMBER.exec(question)?.[1]) : undefined;
  const ordinal =
    named ??
    (number === undefined || Number.isNaN(number) ? EDGE_SENTENCE.exec(question)?.[1]?.toLowerCase() : undefined);
  const n = ordinal === undefined ? number : LAST.has(ordinal) ? bodyCount : ORDINALS[ordinal];
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= bodyCount ? n : undefined;
}

/** A pointer written in figures: "para 4", "¶ 13", "the 2nd paragraph". */
const IN_FIGURES = new RegExp(
  String.raw`\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+(?:body|main))?\s+${PARAGRAPH}\b|${BY_NUMBER.source}`,
  'gi',
);

/**
 * The question with a pointer in figures taken out ("what kilometers thing in the 2nd paragraph"):
 * its "2" and "nd" search for nothing. A pointer in words stays, where "last" and "final" find the
 * conclusion's own wording too.
 */
export function withoutParagraphReference(question: string): string {
  return question.replace(IN_FIGURES, ' ');
}
