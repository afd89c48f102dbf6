import { stemmer } from 'stemmer';
import { conceptOf, phraseConcept } from './concepts.ts';
import { STOP_WORDS } from './stop-words.ts';
import { tokenize, type Token } from './fold.ts';
import { RecentTexts } from './recent-texts.ts';

export interface Term extends Token {
  /** What the index and queries are matched on: a concept name or a Porter stem. */
  term: string;
}

/** Stemming is the hot path of every query; article words repeat, so each is stemmed once. */
const termCache = new Map<string, string>();
const TERM_CACHE_LIMIT = 50_000;

export function termOfWord(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    term = conceptOf(word) ?? stemmer(word);
    if (termCache.size < TERM_CACHE_LIMIT) termCache.set(word, term);
  }
  return term;
}

/** The index terms of several names at once ("Afshar Soleimani", "the former ambassador"), for telling who a word names. */
export function termSet(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => termsOf(name).map((t) => t.term)));
}

/**
 * Turns text into index terms: tokens, two-word names joined, stop words dropped, then each word
 * mapped to its concept or stem. Offsets survive so matches can be marked in the original.
 */
export function termsOf(text: string): readonly Term[] {
  return recentTerms.of(text, termsAnew);
}

/**
 * Texts' terms lately worked out: one /ask takes the terms of its question, and of the same parts of
 * it, a dozen times over (voice, detail, off-topic and framing checks). Shared, so read-only.
 */
const recentTerms = new RecentTexts<readonly Term[]>(32);

function termsAnew(text: string): Term[] {
  const tokens = tokenize(text);
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const joined = next ? phraseConcept(token.word, next.word, tokens[i - 1]?.word) : undefined;
    if (joined && next) {
      terms.push({ word: `${token.word} ${next.word}`, start: token.start, end: next.end, term: joined });
      i++;
      continue;
    }
    if (STOP_WORDS.has(token.word)) continue;
    // Written out, not spread: a spread copies by looking the token's keys up, on every word of every text.
    terms.push({ word: token.word, start: token.start, end: token.end, term: termOfWord(token.word) });
  }
  return terms;
}
