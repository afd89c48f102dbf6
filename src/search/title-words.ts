import type { Ranked } from './ranking-by-person.ts';

/**
 * "How is this article called", "how is called this article", "how the piece is called": the way
 * speakers of many languages ask a title (French "comment s'appelle", German "wie heißt"). Read
 * word for word, "how" and "called" find passages where someone calls something by a name.
 */
const HOW_CALLED =
  /\bhow\s+(?:is\s+(?:this|the)\s+(?:article|piece|op\s?-?ed|column|text|essay)\s+called|is\s+called\s+(?:this|the)\s+(?:article|piece|op\s?-?ed|column|text|essay)|(?:this|the)\s+(?:article|piece|op\s?-?ed|column|text|essay)\s+is\s+called)\b/gi;

/** The question with a title asked as "how is it called" asked as "what is the title". */
export function readAsTheTitle(text: string): string {
  return text.replace(HOW_CALLED, 'what is the title of this article');
}

/**
 * The headline's words asked to be explained ("headline says ambiguous future... ambiguous how
 * exactly?", "the 'ambiguous future' in the title, whats ambiguous about it"): the member has read
 * the headline, and the body passage holding those words is what explains them ("what does ambiguous
 * in the title refer to"). Not "what does the
 * headline say", "the headline says the alliance is what exactly" or "the future of alliance is
 * how?", which ask for the headline's own words.
 */
const TITLE_EXPLAINED =
  /^(?!.*\b(?:what(?:\s?s| is| does)|how (?:does|do|did))\s+(?:the\s+)?(?:title|headline)\b)(?=.*\b(?:title|headline)\b).*(?:(?<!\b(?:is|are|was|were|be|say|says|said)\s+)\bhow\b|\bwhy\b|\bwhat(?:\s?s| is) (?:so )?\w+ about\b|\brefers?\s+to\b|\breferring\s+to\b)/i;

/** The words that point at the headline, not words of it. */
const TITLE_NAMED: ReadonlySet<string> = new Set(['titl', 'headlin']);

/** Whether the question asks to have the headline's words explained. */
export function asksToExplainTheTitle(text: string): boolean {
  return TITLE_EXPLAINED.test(text);
}

/**
 * The body passage holding most of the headline's words the question asks about (each by how rare
 * it is: "ambiguous" over "alliance"), then the headline, then the rest as ranked. The question's
 * own frame ("headline says…") ranks passages where someone says something; it does not choose here.
 */
export function explainedTitleFirst(scored: Ranked, asked: ReadonlyArray<{ term: string; idf: number }>): Ranked {
  const title = scored.find((s) => s.doc.paragraph.kind === 'title');
  if (!title) return scored;
  // Each time a word is said counts: "ambiguous future... ambiguous how" asks about "ambiguous".
  const titleWords = asked.filter((k) => title.doc.terms.has(k.term) && !TITLE_NAMED.has(k.term));
  const held = (s: Ranked[number]): number =>
    titleWords.reduce((sum, k) => sum + (s.doc.terms.has(k.term) ? k.idf : 0), 0);
  let best: Ranked[number] | undefined;
  let most = 0;
  for (const s of scored) {
    const weight = s.doc.paragraph.kind === 'body' ? held(s) : 0;
    if (weight > most) [best, most] = [s, weight];
  }
  return best ? [best, title, ...scored.filter((s) => s !== best && s !== title)] : scored;
}

/** "dahqani's title", "abadi's official title": whose title, and how it was put. */
const OWNED_TITLE = /\b([\p{L}-]+['’]s\s+)((?:official|job|exact|full|formal)\s+)?title\b/giu;

/**
 * A person's title is the post they hold, not the article's title: "dahqani's title?" asks what
 * he is. `isPerson` says whether a typed word (folded) names someone; "the article's title" and
 * "the piece's title" are left alone.
 */
export function readPersonsTitle(text: string, isPerson: (word: string) => boolean): string {
  return text.replace(OWNED_TITLE, (whole, owned: string, how: string | undefined) =>
    isPerson(owned.replace(/['’]s\s+$/, '').toLowerCase()) ? `${owned}${how ?? ''}post` : whole,
  );
}
