import type { Paragraph } from '../article/schema.ts';
import type { WordVectors } from './word-vectors.ts';

/**
 * How like each paragraph's reader questions (data/article.json `questions`) a question is in
 * meaning: for each paragraph, the cosine to its closest reader question. Word overlap finds
 * "who has the upper hand"; this finds "who comes out on top" too.
 */
export class MeaningIndex {
  /** Every reader question's unit vector, back to back: one flat array keeps the scan on /ask's hot path fast. */
  readonly #questions: Float32Array;
  readonly #paragraphIds: string[];
  /** Paragraph p's reader questions are #questions' vectors `#starts[p]` up to `#starts[p + 1]`. */
  readonly #starts: Int32Array;

  /** `vectorOf`: a reader question's vector, by default worked out here as written. */
  constructor(
    vectors: WordVectors,
    paragraphs: readonly Paragraph[],
    vectorOf: (question: string) => Float32Array | null = (question) => vectors.textVector(question, false),
  ) {
    this.#paragraphIds = paragraphs.map((p) => p.id);
    const found: Float32Array[] = [];
    this.#starts = new Int32Array(paragraphs.length + 1);
    paragraphs.forEach((paragraph, p) => {
      this.#starts[p] = found.length;
      for (const question of paragraph.questions) {
        // Reader questions as written: with their places read in English too, a question's nearest
        // reader question moved for the worse as often as for the better (measured on every set).
        const vector = vectorOf(question);
        if (vector) found.push(vector);
      }
    });
    this.#starts[paragraphs.length] = found.length;
    this.#questions = new Float32Array(found.length * vectors.dimensions);
    found.forEach((vector, i) => this.#questions.set(vector, i * vectors.dimensions));
  }

  /**
   * Paragraph id → cosine of a question's vector (`WordVectors.textVector`) to its closest reader
   * question (empty when the question has no vector), for the paragraphs in `only` when given: the
   * scan is the costliest step of a search, so it is kept to the passages it could reorder.
   */
  closeness(vector: Float32Array | null, only?: ReadonlySet<string>): ReadonlyMap<string, number> {
    if (!vector) return new Map();
    const n = vector.length;
    const all = this.#questions;
    const best = new Float32Array(this.#paragraphIds.length).fill(-1);
    for (let p = 0; p < this.#paragraphIds.length; p++) {
      if (only && !only.has(this.#paragraphIds[p]!)) continue;
      for (let q = this.#starts[p]!; q < this.#starts[p + 1]!; q++) {
        const dot = dotAt(vector, all, q * n);
        if (dot > best[p]!) best[p] = dot;
      }
    }
    return new Map(this.#paragraphIds.flatMap((id, p) => (best[p]! > -1 ? [[id, best[p]!] as const] : [])));
  }
}

/**
 * The dot product of `vector` with the one in `all` starting at `offset`. A function of its own:
 * inlined in closeness' loop, V8 compiled only that loop (on-stack replacement) and threw the code
 * away at the loop's end on every call, for lack of type feedback past it, so /ask ran its costliest
 * scan in the interpreter (`node --trace-deopt`).
 */
function dotAt(vector: Float32Array, all: Float32Array, offset: number): number {
  const n = vector.length;
  // Four running sums let the engine overlap the multiplications (p50 of /ask 0.59 → 0.50 ms measured).
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    a += vector[i]! * all[offset + i]!;
    b += vector[i + 1]! * all[offset + i + 1]!;
    c += vector[i + 2]! * all[offset + i + 2]!;
    d += vector[i + 3]! * all[offset + i + 3]!;
  }
  for (; i < n; i++) a += vector[i]! * all[offset + i]!;
  return a + b + c + d;
}
