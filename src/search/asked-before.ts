import { z } from 'zod';
import { stringList } from '../article/word-list-schema.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { termOfWord } from '../text/terms.ts';
import { WordingIndex, wordingTerms, type WordingOptions } from './wording.ts';

/**
 * Each question's content-word terms, space-separated, as `askedTerms` works them out (so start-up
 * need not); checked a list at a time, as 10,000 strings one by one through zod cost 15 ms.
 */
const termsSchema = stringList('must be terms separated by single spaces', /^(?:\S+(?: \S+)*)?$/);

/**
 * Questions asked before, each labelled by what the article does with it (data/asked-before.json,
 * built by scripts/build-asked-before.ts from every read part of the labelled corpus, whose files
 * hold the questions as typed): answers it, touches its subject without answering it, or does not
 * cover it at all. Only their terms are kept: working them out at start-up cost about 200 ms before
 * READY, and nothing reads the text at run time.
 */
export const askedBeforeSchema = z.strictObject({
  source: z.string().min(1),
  answer: termsSchema,
  related: termsSchema,
  none: termsSchema,
});
export type AskedBeforeFile = z.infer<typeof askedBeforeSchema>;

export type AskedLabel = 'answer' | 'related' | 'none';
const LABELS: readonly AskedLabel[] = ['answer', 'related', 'none'];

/**
 * Content words only: small words say how a question is asked, not what about. Questions come
 * already read as the search reads them (`AskSearch.readQuestion`: chat-speak expanded, the
 * member's lead-in set aside).
 */
const OPTIONS: WordingOptions = {
  pairs: false,
  skip: new Set([...STOP_WORDS].map(termOfWord)),
  expand: false,
};

/** The terms a question asked before is compared by, from the question as the search reads it. */
export function askedTerms(read: string): string[] {
  return wordingTerms(read, OPTIONS);
}

/**
 * How like the nearest question of each label a question is worded, by its content words (TF-IDF
 * cosine). Traps that share the article's words are asked in the same few ways ("does the article
 * say anything about the caspian sea oil", "how many people live in iran"), and a question worded
 * like ones the article did not answer most likely is not answered either.
 */
export class AskedBefore {
  readonly #index: WordingIndex;

  constructor(file: AskedBeforeFile) {
    this.#index = new WordingIndex(
      LABELS.map((label) => file[label].map((terms) => (terms === '' ? [] : terms.split(' ')))),
      OPTIONS,
    );
  }

  /**
   * Cosine to the nearest question of each label, for a question as the search reads it;
   * `leaveOut` (its label and position) is skipped.
   */
  likeness(read: string, leaveOut?: { label: AskedLabel; position: number }): Record<AskedLabel, number> {
    const best = this.#index.likeness(
      askedTerms(read),
      undefined,
      leaveOut ? { passage: LABELS.indexOf(leaveOut.label), position: leaveOut.position } : undefined,
    );
    return { answer: best[0]!, related: best[1]!, none: best[2]! };
  }
}
