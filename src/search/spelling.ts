import { allowedEdits, editDistance } from '../text/edit-distance.ts';

export interface Correction {
  word: string;
  edits: number;
}

const MAX_EDITS = 3;

/** Every string left after removing up to `depth` characters (symmetric-delete spelling index). */
function deletions(word: string, depth: number, into: Set<string> = new Set()): Set<string> {
  if (depth === 0) return into;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
  return into;
}

/**
 * A word as it sounds, roughly: its first letter, then its consonants, a run of one consonant made
 * single (vowels between or not). Names written from another script vary most in their vowels and
 * doubled letters ("Suriya", "Sirya", "Syria"; "Rusya", "Russia"), and those are what it leaves out.
 */
export function consonantSkeleton(word: string): string {
  return (
    word.slice(0, 1) +
    word
      .slice(1)
      .replace(/[aeiouy]/g, '')
      .replace(/(.)\1+/g, '$1')
  );
}

/**
 * Corrects a misspelt word to one the article uses. Candidates come from a symmetric-delete index
 * (two words within k edits share a string reached by at most k deletions from each), which finds
 * every candidate in microseconds; an edit-distance check then keeps only true near-misses. This
 * replaced a fuse.js shortlist that took most of /ask's time and also surfaced substring hits
 * ("recipe" inside a longer word) that had to be thrown away.
 */
export class SpellingCorrector {
  readonly #known: ReadonlySet<string>;
  /**
   * Which typed words may take a second edit where one is allowed, to a word with the same consonant
   * skeleton. The index already reaches two edits from every word (one more than it allows), so it
   * needs no more.
   */
  readonly #soundAlike: (word: string) => boolean;
  readonly #byDeletion = new Map<string, string[]>();
  /** No word longer than this can be a near-miss of the vocabulary; it also bounds the work per word. */
  readonly #longest: number;

  constructor(vocabulary: Iterable<string>, options: { soundAlike?: (word: string) => boolean } = {}) {
    this.#soundAlike = options.soundAlike ?? (() => false);
    const words = [...new Set(vocabulary)].filter((word) => word.length >= 4 && !/^\d+$/.test(word));
    this.#known = new Set(words);
    this.#longest = words.reduce((max, word) => Math.max(max, word.length), 0) + MAX_EDITS;
    for (const word of words) {
      for (const key of deletions(word, Math.min(MAX_EDITS, allowedEdits(word.length) + 1), new Set([word]))) {
        const list = this.#byDeletion.get(key);
        if (list) list.push(word);
        else this.#byDeletion.set(key, [word]);
      }
    }
  }

  /** `slack` widens the edits allowed, for "did you mean" rather than for answering. */
  correct(word: string, slack = 0): Correction | undefined {
    if (this.#known.has(word)) return { word, edits: 0 };
    const limit = Math.min(MAX_EDITS, allowedEdits(word.length) + (word.length >= 5 ? slack : 0));
    // Deletions grow with the square of a word's length: a 6,000-letter "word" must not cost seconds.
    if (limit === 0 || word.length > this.#longest) return undefined;
    // Only where a single slip is allowed, and never four letters: at three edits "Khamenei" would be
    // the "Khomeini" he is not, and "said" is two from "Saudi".
    const reach = limit === 1 && word.length >= 5 && this.#soundAlike(word) ? 2 : limit;
    const skeleton = reach > limit ? consonantSkeleton(word) : '';
    let best: Correction | undefined;
    const seen = new Set<string>();
    for (const key of deletions(word, reach, new Set([word]))) {
      for (const candidate of this.#byDeletion.get(key) ?? []) {
        if (seen.has(candidate) || Math.abs(candidate.length - word.length) > reach) continue;
        seen.add(candidate);
        const edits = editDistance(word, candidate);
        const near = edits <= limit || (edits <= reach && consonantSkeleton(candidate) === skeleton);
        if (near && (!best || edits < best.edits || (edits === best.edits && candidate < best.word))) {
          best = { word: candidate, edits };
        }
      }
    }
    return best;
  }
}
