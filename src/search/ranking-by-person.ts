import type { IndexedParagraph } from './ask-index.ts';

/*
 * Putting first the passages a question asks about by whom it names: the author's byline and bio
 * for where he is from, and a passage where the people asked what they say speak.
 */

/** Passages as the search ranks them, best first. */
export type Ranked = Array<{ doc: IndexedParagraph; score: number }>;

/** Where someone is from, asked by the words that say so: not "the saudi writer's bottom line". */
const ORIGIN_WORDS = /\b(?:nationality|country|from)\b/i;
/** "Where's the writer from", "is the guy who wrote it iranian or saudi": the author's country asked. */
export const AUTHOR_ORIGIN = new RegExp(
  String.raw`${ORIGIN_WORDS.source}|\b(?:saudi|iranian)\b(?!\s+(?:analyst|studies|columnist|specialist|expert|scholar))`,
  'i',
);
/** The author by what he is called, not by a pronoun that may be anyone. */
const AUTHOR_NAMES = String.raw`(?:author|autor|writer|writter|columnist|sulami|al-sulami|alsulami)`;
// "the authors nationality": the possessive typed without its apostrophe.
export const AUTHOR_WORD = new RegExp(String.raw`\b(?:${AUTHOR_NAMES}s?|he|his|guy)\b`, 'i');
/** The author named as such: "is the author married" asks of him, "is he married" of anyone. */
export const AUTHOR_NAMED = new RegExp(String.raw`\b${AUTHOR_NAMES}s?\b`, 'i');
/** The author said or asked to be of a country: "the author is iranian himself", "is the writer british". */
export const AUTHOR_IS_OF = (() => {
  const hedges = String.raw`(?:(?:a|an|some|like|himself|actually|really|obviously|clearly|probably|just)\s+)*`;
  const country = String.raw`(?:iranian|persian|russian|saudi|israeli|turkish|american|syrian|british|arab)\b`;
  return new RegExp(
    String.raw`\b${AUTHOR_NAMES}(?:\s+is|\s+was)\s+${hedges}${country}|\b(?:is|was)\s+(?:the\s+)?${AUTHOR_NAMES}\s+${hedges}${country}`,
    'i',
  );
})();

/** The byline or the bio: the two passages that say who the author is. */
function isAboutHim(s: Ranked[number]): boolean {
  return s.doc.paragraph.kind === 'bio' || s.doc.paragraph.kind === 'byline';
}

/**
 * The author's country is in the byline ("Saudi analyst") and the bio ("Saudi columnist Mohammed
 * al-Sulami is the head of…"), never in the body. Asked where he is from, when the first passage is
 * the bio, the byline or a body paragraph, and one of the two is among the first three, both lead,
 * wherever the words ranked the other: the bio first, since it says it in a sentence with who he is,
 * and readers who wrote the question sets chose it two to one.
 */
export function bioFirst(scored: Ranked, text: string, askedOfHim = false): Ranked {
  // A country said of him ("is the author british"), or his private life ("is the author married"),
  // asks of him, wherever the words ranked the two: they are where the article says who he is.
  if (!askedOfHim) {
    const top = scored[0]!;
    const asked = isAboutHim(top) || (top.doc.paragraph.kind === 'body' && ORIGIN_WORDS.test(text));
    if (!asked || !scored.slice(0, 3).some(isAboutHim)) return scored;
  }
  const bio = scored.find((s) => s.doc.paragraph.kind === 'bio');
  const byline = scored.find((s) => s.doc.paragraph.kind === 'byline');
  const first = [bio, byline].filter((s) => s !== undefined);
  return [...first, ...scored.filter((s) => !first.includes(s))];
}

/**
 * Asked of the author, with his bio or byline first: the other of the two next, wherever the words
 * ranked it. Both say who he is ("Saudi analyst specializing in Iranian studies", "head of
 * International Institute for Iranian Studies"), and readers choose either for "what does he do".
 */
export function bylineWithBio(scored: Ranked): Ranked {
  const top = scored[0];
  if (!top || !isAboutHim(top)) return scored;
  const other = scored.find((s) => s !== top && isAboutHim(s));
  return other ? [top, other, ...scored.filter((s) => s !== top && s !== other)] : scored;
}

/** Scores within this share of the first are nearly level: the words alone do not choose. */
const NEARLY_LEVEL = 0.9;

/** A passage where the voice asked speaks first, when the first does not voice them and it ranks nearly level. */
export function theirsFirst(scored: Ranked, voicedIn: ReadonlySet<string>): Ranked {
  const top = scored[0];
  if (!top || voicedIn.has(top.doc.paragraph.id)) return scored;
  const theirs = scored
    .slice(1, 3)
    .find((s) => voicedIn.has(s.doc.paragraph.id) && s.score >= NEARLY_LEVEL * top.score);
  return theirs ? [theirs, ...scored.filter((s) => s !== theirs)] : scored;
}
