import { RecentTexts } from './recent-texts.ts';
/**
 * Folds text to the form both the index and queries are compared in: lower case, no accents,
 * straight apostrophes, and digits split from letters so the article's own "70 to80" still
 * matches "80 km".
 */
export function foldText(input: string): string {
  return (
    input
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/([a-z])(\d)|(\d)([a-z])/gi, '$1$3 $2$4')
      .toLowerCase()
      // Letters NFKD leaves whole: Turkish dotless i ("Iranlı") and German sharp s ("Großbritannien").
      .replace(/ı/g, 'i')
      .replace(/ß/g, 'ss')
  );
}

export interface Token {
  /** The folded word, possessive removed. */
  readonly word: string;
  /** Offsets of the word in the original string, for highlighting. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
const PARTS = /\p{L}+(?:['\u2019]\p{L}+)*|\p{N}+/gu;
const ONE_PART = /^(?:\p{L}+(?:['\u2019]\p{L}+)*|\p{N}+)$/u;
// "U.S." becomes "US" padded to the same length, so offsets into the original stay right.
const DOTTED_US = /\bU\.S\.?/g;

/**
 * Words repeat across questions and paragraphs, and folding one allocates several strings: each
 * word as typed is folded once. Bounded, as a long-running bot meets endless misspellings.
 */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_LIMIT = 50_000;

function foldedWord(raw: string): string {
  let word = foldedWords.get(raw);
  if (word === undefined) {
    // "US" in capitals is the country, "us" the pronoun; only the original's case tells them apart.
    word = raw === 'US' ? 'usa' : foldText(raw).replace(/'s$/, '').replace(/'/g, '');
    if (foldedWords.size < FOLDED_WORDS_LIMIT) foldedWords.set(raw, word);
  }
  return word;
}

/**
 * Texts tokenized lately: one /ask tokenizes the same question about ten times over (its search,
 * small talk, off-topic, wording and attribute checks), which made it the commonest allocation on
 * the path. The tokens are shared, so they are read-only.
 */
const recent = new RecentTexts<readonly Token[]>(32);

/**
 * Splits text into word tokens with their offsets in the original. Offsets are taken from the
 * original string (folding can change lengths), so each word is folded on its own.
 */
export function tokenize(input: string): readonly Token[] {
  return recent.of(input, tokenizeAnew);
}

/** A text as its folded words, one space apart: "What's Abadi's view?" is "what abadi view". */
export function wordsOf(text: string): string {
  return tokenize(text)
    .map((t) => t.word)
    .join(' ');
}

function tokenizeAnew(input: string): Token[] {
  const tokens: Token[] = [];
  const marked = input.replace(DOTTED_US, (m) => 'US'.padEnd(m.length, ' '));
  const push = (raw: string, start: number): void => {
    const word = foldedWord(raw);
    if (word.length > 0) tokens.push({ word, start, end: start + raw.length });
  };
  for (const match of marked.matchAll(WORD)) {
    const raw = match[0];
    // "to80" is one run of letters and digits in the article; split it so each part matches. Most
    // words are one part, and are taken as they are: tokenizing is on every question's path.
    if (ONE_PART.test(raw)) push(raw, match.index);
    else for (const part of raw.matchAll(PARTS)) push(part[0], match.index + part.index);
  }
  return tokens;
}
