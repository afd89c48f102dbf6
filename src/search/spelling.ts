import Fuse from 'fuse.js';
import { allowedEdits, editDistance } from './edit-distance.ts';

export interface Correction {
  word: string;
  edits: number;
}

/**
 * Corrects a misspelt word to one the article uses. fuse.js shortlists candidates (it is quick and
 * good on short strings); the edit-distance check then refuses substring hits such as "recipe" in a
 * longer word, which fuse scores kindly because it looks for the pattern anywhere.
 */
export class SpellingCorrector {
  readonly #fuse: Fuse<string>;
  readonly #known: ReadonlySet<string>;

  constructor(vocabulary: Iterable<string>) {
    const words = [...new Set(vocabulary)].filter((word) => word.length >= 4 && !/^\d+$/.test(word));
    this.#known = new Set(words);
    this.#fuse = new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 3 });
  }

  /** `slack` widens the edits allowed, for "did you mean" rather than for answering. */
  correct(word: string, slack = 0): Correction | undefined {
    if (this.#known.has(word)) return { word, edits: 0 };
    const limit = allowedEdits(word.length) + (word.length >= 5 ? slack : 0);
    if (limit === 0) return undefined;
    let best: Correction | undefined;
    for (const hit of this.#fuse.search(word, { limit: 12 })) {
      const edits = editDistance(word, hit.item);
      if (edits <= limit && (!best || edits < best.edits)) best = { word: hit.item, edits };
    }
    return best;
  }
}
