/**
 * Folds text to the form both the index and queries are compared in: lower case, no accents,
 * straight apostrophes, and digits split from letters so the article's own "70 to80" still
 * matches "80 km".
 */
export function foldText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/([a-z])(\d)|(\d)([a-z])/gi, '$1$3 $2$4')
    .toLowerCase();
}

export interface Token {
  /** The folded word, possessive removed. */
  word: string;
  /** Offsets of the word in the original string, for highlighting. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
const PARTS = /\p{L}+(?:['\u2019]\p{L}+)*|\p{N}+/gu;
const ONE_PART = /^(?:\p{L}+(?:['\u2019]\p{L}+)*|\p{N}+)$/u;
// "U.S." becomes "US" padded to the same length, so offsets into the original stay right.
const DOTTED_US = /\bU\.S\.?/g;

/**
 * Splits text into word tokens with their offsets in the original. Offsets are taken from the
 * original string (folding can change lengths), so each word is folded on its own.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const marked = input.replace(DOTTED_US, (m) => 'US'.padEnd(m.length, ' '));
  for (const match of marked.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    // "to80" is one run of letters and digits in the article; split it so each part matches. Most
    // words are one part, and are taken as they are: tokenizing is on every question's path.
    const parts = ONE_PART.test(raw) ? [{ 0: raw, index: 0 }] : raw.matchAll(PARTS);
    for (const part of parts) {
      // "US" in capitals is the country, "us" the pronoun; only the original's case tells them apart.
      const word = part[0] === 'US' ? 'usa' : foldText(part[0]).replace(/'s$/, '').replace(/'/g, '');
      if (word.length === 0) continue;
      const partStart = start + part.index;
      tokens.push({ word, start: partStart, end: partStart + part[0].length });
    }
  }
  return tokens;
}
