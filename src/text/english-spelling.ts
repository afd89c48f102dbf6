import { z } from 'zod';
import { stringList } from '../article/word-list-schema.ts';

export const englishWordsSchema = z
  .strictObject({
    source: z.string().min(1),
    /** Commonest first: of two words one edit from a typo, the commoner is the likelier meant. */
    words: stringList('must be a lower-case English word', /^[a-z]+$/).refine(
      (words) => words.length >= 1000,
      'must list the common English words, commonest first',
    ),
    /**
     * The listed words no dictionary has: names and other languages' words that news text carries
     * ("que", "minh", "gia"). They are left as typed like any listed word, but do not make a
     * question English.
     */
    notInDictionary: stringList('must be a string'),
    /**
     * The words' positions in `words`, in byte order: what the binary search needs, sorted at build
     * time (sorting 40,000 words was some 50 ms of every start-up).
     */
    byteOrder: z.custom<number[]>((value) => Array.isArray(value), 'must be a list'),
  })
  .superRefine((file, ctx) => {
    const { words, byteOrder } = file;
    if (byteOrder.length !== words.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['byteOrder'],
        message: `holds ${byteOrder.length} positions for ${words.length} words`,
      });
      return;
    }
    const used = new Uint8Array(words.length);
    for (let i = 0; i < byteOrder.length; i++) {
      const at: unknown = byteOrder[i];
      if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= words.length || used[at] === 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['byteOrder', i],
          message: 'must be the position of a word not already listed',
        });
        return;
      }
      used[at] = 1;
      const before = i > 0 ? words[byteOrder[i - 1]!]! : undefined;
      if (before !== undefined && before >= words[at]!) {
        ctx.addIssue({
          code: 'custom',
          path: ['byteOrder', i],
          message:
            before === words[at]
              ? `repeats "${before}": each word is listed once`
              : 'must follow the word before it in byte order',
        });
        return;
      }
    }
  });
export type EnglishWordsFile = z.infer<typeof englishWordsSchema>;

/** The words' positions (their frequency ranks) in byte order of the words. */
export function inByteOrder(words: readonly string[]): number[] {
  return words.map((_, rank) => rank).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/**
 * A word is mended only to one of the commoner words: the rarer ones are mostly names ("westin"
 * one slip from the Pidgin "wetin"), and every listed word, rare or not, is left as typed.
 */
const MENDED_TO = 25_000;
/**
 * Words looked up lately, with what they mend to ('' for nothing): a lookup builds some three
 * hundred candidate strings, and the same typos come back (the mending and the name speller ask
 * about the same word). Bounded, as a long-running bot meets endless misspellings.
 */
const NEAREST_KEPT = 10_000;

/**
 * Mends a misspelt English word the article never uses ("generaly", "arguement", "survieve") to the
 * commonest English word one edit away (a letter dropped, added or changed, or two swapped), so it
 * is read as that word: by the thesaurus, the neighbours and the question patterns. Norvig's
 * candidates-by-edit rather than an index of deletions: only the rare unknown word pays, about
 * 500 look-ups, and the list costs no more memory than its letters.
 */
export class EnglishSpelling {
  /**
   * The words in byte order, joined into one string and found by binary search: 40,000 words kept
   * as strings in a Map took 6.5 MB of heap, this about a tenth of that.
   */
  readonly #joined: string;
  readonly #starts: Uint32Array;
  readonly #ranks: Uint32Array;
  readonly #nearestOf = new Map<string, string>();

  readonly #notInDictionary: ReadonlySet<string>;

  /** `byteOrder`: the words' positions in byte order (`inByteOrder`), when the file gives them. */
  constructor(words: readonly string[], notInDictionary: readonly string[] = [], byteOrder = inByteOrder(words)) {
    this.#notInDictionary = new Set(notInDictionary);
    const order = byteOrder;
    this.#starts = new Uint32Array(order.length + 1);
    this.#ranks = new Uint32Array(order.length);
    let at = 0;
    order.forEach((rank, i) => {
      this.#starts[i] = at;
      this.#ranks[i] = rank;
      at += words[rank]!.length;
    });
    this.#starts[order.length] = at;
    this.#joined = order.map((rank) => words[rank]!).join('');
  }

  has(word: string): boolean {
    return this.#rankOf(word) !== undefined;
  }

  /** A listed word a dictionary has too: not a name or another language's word news text carries. */
  inDictionary(word: string): boolean {
    return this.has(word) && !this.#notInDictionary.has(word);
  }

  /** The word's place in the frequency order, found by binary search over the joined words. */
  #rankOf(word: string): number | undefined {
    let low = 0;
    let high = this.#ranks.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = this.#compare(word, mid);
      if (order === 0) return this.#ranks[mid];
      if (order < 0) high = mid - 1;
      else low = mid + 1;
    }
    return undefined;
  }

  /** `word` against the i-th word, by code unit, without cutting the joined string. */
  #compare(word: string, i: number): number {
    const start = this.#starts[i]!;
    const length = this.#starts[i + 1]! - start;
    const shared = Math.min(word.length, length);
    for (let k = 0; k < shared; k++) {
      const d = word.charCodeAt(k) - this.#joined.charCodeAt(start + k);
      if (d !== 0) return d;
    }
    return word.length - length;
  }

  /**
   * The commonest English word one edit from `word`, which must be lower-case; undefined if none.
   * A letter left out is the commonest slip, so a word it makes ("finaly": "finally") goes before
   * one a letter too many makes, however much commoner that is ("final").
   */
  nearest(word: string): string | undefined {
    const known = this.#nearestOf.get(word);
    if (known !== undefined) return known === '' ? undefined : known;
    const found = this.#nearestAnew(word);
    if (this.#nearestOf.size < NEAREST_KEPT) this.#nearestOf.set(word, found ?? '');
    return found;
  }

  #nearestAnew(word: string): string | undefined {
    const best: Array<{ word: string; rank: number } | undefined> = [undefined, undefined];
    const consider = (candidate: string, tier: 0 | 1): void => {
      const rank = this.#rankOf(candidate);
      if (rank !== undefined && rank < MENDED_TO && rank < (best[tier]?.rank ?? Infinity)) {
        best[tier] = { word: candidate, rank };
      }
    };
    for (let i = 0; i <= word.length; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (tail.length > 0) consider(head + tail.slice(1), 1);
      if (tail.length > 1) consider(head + tail[1]! + tail[0]! + tail.slice(2), 0);
      for (const letter of LETTERS) {
        if (tail.length > 0 && letter !== tail[0]) consider(head + letter + tail.slice(1), 0);
        consider(head + letter + tail, 0);
      }
    }
    return (best[0] ?? best[1])?.word;
  }
}
