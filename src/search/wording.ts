import { expandChatSpeak } from '../text/chat-speak.ts';
import { tokenize } from '../text/fold.ts';
import { termOfWord } from '../text/terms.ts';

/** The term an unknown word stands for (its spelling correction, a synonym), if any. */
export type StandIn = (word: string, term: string) => string | undefined;

/** A question's text, or its terms already worked out as the index's options read them (`wordingTerms`). */
export type Question = string | readonly string[];

/** How a WordingIndex reads questions. */
export interface WordingOptions {
  /** Each pair of neighbouring words counts too (word order). Default true. */
  pairs?: boolean;
  /** Terms left out altogether (small words). Default none. */
  skip?: ReadonlySet<string>;
  /** Chat-speak is expanded in the indexed questions ("wat" → "what"). Default true. */
  expand?: boolean;
}

/**
 * A question's words in order, and by default each pair of neighbours and the small words too:
 * "what does russia get out of" and "did anyone see this coming" are said by words the word search
 * drops as stop words, and by their order.
 */
function featuresOf(
  question: Question,
  options: WordingOptions,
  known?: (term: string) => boolean,
  stand?: StandIn,
): Map<string, number> {
  const terms = typeof question === 'string' ? termsIn(question, options, known, stand) : question;
  const counts = new Map<string, number>();
  const add = (feature: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  for (let i = 0; i < terms.length; i++) {
    add(terms[i]!);
    if (options.pairs !== false && i + 1 < terms.length) add(`${terms[i]!} ${terms[i + 1]!}`);
  }
  return counts;
}

/** The terms of a text, small words the options skip left out, an unknown one read as `stand` gives. */
function termsIn(text: string, options: WordingOptions, known?: (term: string) => boolean, stand?: StandIn): string[] {
  const terms: string[] = [];
  for (const t of tokenize(text)) {
    const term = termOfWord(t.word);
    if (options.skip?.has(term)) continue;
    terms.push(known && stand && !known(term) ? (stand(t.word, term) ?? term) : term);
  }
  return terms;
}

/** A question's terms as an index with these options reads them: for a file that holds them worked out. */
export function wordingTerms(text: string, options: WordingOptions): string[] {
  return termsIn(options.expand === false ? text : expandChatSpeak(text), options);
}

/** Feature ids stay below this, so a pair of two makes one number (well inside 2^53). */
const PAIR_BASE = 2 ** 24;

/** `array` grown to hold index `at`, its contents kept. */
function grown(array: Int32Array, at: number): Int32Array {
  const bigger = new Int32Array(Math.max(at + 1, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * How like a passage's reader questions a question is worded: TF-IDF over words and word pairs,
 * the cosine to the passage's nearest reader question. Reader questions are what members asked of
 * each passage in their own words; a question worded like one of them most likely asks the same.
 */
export class WordingIndex {
  /**
   * Each feature's postings: the reader questions holding it and its weight in each (their vectors
   * already of unit length), feature f's at `#questions` and `#weights` from `#starts[f]` up to
   * `#starts[f + 1]`. Flat arrays, read in a tight loop for every feature of every question, and
   * built in one pass: a small typed array per feature cost a third more at start.
   */
  readonly #featureIds = new Map<string, number>();
  /** A word pair's feature id, by the ids of its two words (`PAIR_BASE` × first + second). */
  readonly #pairIds = new Map<number, number>();
  /** Feature f's idf, by its id. */
  readonly #idf: Float64Array;
  readonly #starts: Int32Array;
  readonly #questions: Int32Array;
  readonly #weights: Float64Array;
  readonly #questionsOf: number[] = [];
  /** `#indexed[p][i]`: the index of passage p's i-th question among those indexed, or -1 (no words). */
  readonly #indexed: number[][];
  readonly #options: WordingOptions;
  readonly #unseenIdf: number;
  readonly #passages: number;
  // Kept between questions: a question's sums are written and cleared in place, not allocated.
  readonly #sums: Float64Array;
  /** Whether a reader question has been reached by this question: a sum may be 0 and still reached. */
  readonly #seen: Uint8Array;
  readonly #touched: Int32Array;

  /** `questionsByPassage[i]`: the reader questions of the passage at position i. */
  constructor(questionsByPassage: readonly (readonly Question[])[], options: WordingOptions = {}) {
    this.#options = options;
    this.#passages = questionsByPassage.length;
    // Each question's features go into flat arrays in the order featuresOf meets them, counted in
    // place (ids are numbered as words and pairs are first seen): a Map of counts per question, and a string per word pair, were most of what building
    // the index allocated, and outlived young-generation collections by the thousand.
    const features: number[] = [];
    const counts: number[] = [];
    const starts: number[] = [];
    const holding: number[] = [];
    // Per feature id: 1 + the number of the question that last met it, and where in `features`.
    let metBy: Int32Array = new Int32Array(1024);
    let slotOf: Int32Array = new Int32Array(1024);
    const meet = (id: number, question: number): void => {
      if (id >= metBy.length) {
        metBy = grown(metBy, id);
        slotOf = grown(slotOf, id);
      }
      if (metBy[id] === question + 1) {
        counts[slotOf[id]!]!++;
        return;
      }
      metBy[id] = question + 1;
      slotOf[id] = features.length;
      holding[id]!++;
      features.push(id);
      counts.push(1);
    };
    // A feature's id, given the next one at its first use: a word's by its term, a pair's by its words' ids.
    const idIn = <K>(ids: Map<K, number>, key: K): number => {
      let id = ids.get(key);
      if (id === undefined) {
        id = holding.length;
        ids.set(key, id);
        holding.push(0);
      }
      return id;
    };
    const termId = (term: string): number => idIn(this.#featureIds, term);
    const pairId = (first: number, second: number): number => {
      if (second >= PAIR_BASE) throw new Error(`WordingIndex: more than ${PAIR_BASE} features`);
      return idIn(this.#pairIds, first * PAIR_BASE + second);
    };
    this.#indexed = questionsByPassage.map((questions, passage) =>
      questions.map((question) => {
        const terms =
          typeof question === 'string'
            ? termsIn(options.expand === false ? question : expandChatSpeak(question), options)
            : question;
        if (terms.length === 0) return -1;
        const number = starts.length;
        starts.push(features.length);
        let previous = -1;
        for (const term of terms) {
          const id = termId(term);
          // The pair of the word before and this one, after the word before, as featuresOf counts them.
          if (previous >= 0) meet(pairId(previous, id), number);
          meet(id, number);
          if (options.pairs !== false) previous = id;
        }
        this.#questionsOf.push(passage);
        return number;
      }),
    );
    starts.push(features.length);
    const total = this.#questionsOf.length;
    this.#unseenIdf = Math.log(total + 1);
    this.#idf = new Float64Array(holding.length);
    this.#starts = new Int32Array(holding.length + 1);
    let at = 0;
    holding.forEach((n, id) => {
      this.#idf[id] = Math.log((total + 1) / (n + 1));
      this.#starts[id] = at;
      at += n;
    });
    this.#starts[holding.length] = at;
    this.#questions = new Int32Array(at);
    this.#weights = new Float64Array(at);
    const filled = this.#starts.slice(0, holding.length);
    const ids = Int32Array.from(features);
    const counted = Float64Array.from(counts);
    for (let question = 0; question < total; question++) {
      const written = this.#unitWeights(ids, counted, starts[question]!, starts[question + 1]!);
      for (let k = 0; k < written; k++) {
        const slot = filled[this.#weighedIds[k]!]!++;
        this.#questions[slot] = question;
        this.#weights[slot] = this.#weighed[k]!;
      }
    }
    this.#sums = new Float64Array(total);
    this.#seen = new Uint8Array(total);
    this.#touched = new Int32Array(total);
  }

  // A question's feature ids (-1: no reader question has it) and counts, and its weights, written in
  // place by #weigh: kept between questions, grown when too small.
  #askedIds = new Int32Array(64);
  #askedCounts = new Float64Array(64);
  #weighedIds = new Int32Array(64);
  #weighed = new Float64Array(64);

  /** A feature's id as featuresOf names it (a word, or two joined by a space), or -1. */
  #idOf(feature: string): number {
    // A word may itself hold a space ("xii 1", as folding reads "Ⅻ1"): a word first.
    const word = this.#featureIds.get(feature);
    if (word !== undefined) return word;
    // A pair: the two words it joins, wherever the space between them falls.
    for (let space = feature.indexOf(' '); space >= 0; space = feature.indexOf(' ', space + 1)) {
      const first = this.#featureIds.get(feature.slice(0, space));
      const second = this.#featureIds.get(feature.slice(space + 1));
      const pair =
        first === undefined || second === undefined ? undefined : this.#pairIds.get(first * PAIR_BASE + second);
      if (pair !== undefined) return pair;
    }
    return -1;
  }

  /** A question's features, as #unitWeights weighs them. */
  #weigh(counts: ReadonlyMap<string, number>): number {
    if (this.#askedIds.length < counts.size) {
      this.#askedIds = new Int32Array(counts.size * 2);
      this.#askedCounts = new Float64Array(counts.size * 2);
    }
    let k = 0;
    for (const [feature, count] of counts) {
      this.#askedIds[k] = this.#idOf(feature);
      this.#askedCounts[k++] = count;
    }
    return this.#unitWeights(this.#askedIds, this.#askedCounts, 0, k);
  }

  /**
   * Sublinear counts times idf, to unit length, into `#weighedIds` and `#weighed`, for the features
   * at `from` up to `to`; returns how many it wrote. A feature no reader question has (id -1) still
   * weighs in the length, and is not written. The indexed questions and the one asked are weighed
   * here alike. An object per feature was the largest allocation of start-up and a callback per
   * feature slowed /ask, so the weights go into arrays kept for the purpose.
   */
  #unitWeights(ids: Int32Array, counts: Float64Array, from: number, to: number): number {
    if (this.#weighedIds.length < to - from) {
      this.#weighedIds = new Int32Array((to - from) * 2);
      this.#weighed = new Float64Array((to - from) * 2);
    }
    const written = this.#weighedIds;
    const weights = this.#weighed;
    let norm = 0;
    let n = 0;
    for (let k = from; k < to; k++) {
      const id = ids[k]!;
      const weight = (1 + Math.log(counts[k]!)) * (id < 0 ? this.#unseenIdf : this.#idf[id]!);
      norm += weight * weight;
      if (id < 0) continue;
      written[n] = id;
      weights[n++] = weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < n; k++) weights[k] = weights[k]! / norm;
    return n;
  }

  /**
   * Per passage, by position: the cosine of the question (chat-speak already expanded) to its
   * nearest reader question. A word no reader question has is read as the term `stand` gives, so a
   * misspelling ("embassador") still meets the reader questions' words. `leaveOut` (passage,
   * position) is not compared: a question fitted on is not measured against itself.
   */
  likeness(question: Question, stand?: StandIn, leaveOut?: { passage: number; position: number }): Float64Array {
    const best = new Float64Array(this.#passages);
    const sums = this.#sums;
    const seen = this.#seen;
    const touched = this.#touched;
    let reached = 0;
    const known = (term: string): boolean => this.#featureIds.has(term);
    const left = leaveOut ? (this.#indexed[leaveOut.passage]?.[leaveOut.position] ?? -1) : -1;
    const written = this.#weigh(featuresOf(question, this.#options, known, stand));
    for (let k = 0; k < written; k++) {
      const id = this.#weighedIds[k]!;
      const weight = this.#weighed[k]!;
      for (let i = this.#starts[id]!; i < this.#starts[id + 1]!; i++) {
        const q = this.#questions[i]!;
        if (seen[q] === 0) {
          seen[q] = 1;
          touched[reached++] = q;
        }
        sums[q]! += weight * this.#weights[i]!;
      }
    }
    for (let i = 0; i < reached; i++) {
      const question = touched[i]!;
      const passage = this.#questionsOf[question]!;
      if (question !== left && sums[question]! > best[passage]!) best[passage] = sums[question]!;
      sums[question] = 0;
      seen[question] = 0;
    }
    return best;
  }
}
