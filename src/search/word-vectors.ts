import { stemmer } from 'stemmer';
import { z } from 'zod';
import { tokenize } from '../text/fold.ts';
import { STOP_WORDS } from '../text/stop-words.ts';

/** data/word-vectors.json as scripts/build-word-vectors.ts writes it. */
export interface WordVectorsFile {
  source: string;
  dimensions: number;
  /** Porter stems, sorted and unique; each has the vector of its most common word. */
  stems: string[];
  /** base64: one byte per word, its averaging weight × 255. */
  weights: string;
  /** base64: one float32 per word, what its bytes are multiplied by. */
  scales: string;
  /** base64: dimensions signed bytes per word, in the order of `words`. */
  vectors: string;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const wordVectorsSchema = z
  .strictObject({
    source: z.string().min(1),
    dimensions: z.number().int().min(1).max(1000),
    stems: z.array(z.string().regex(/^[a-z]+$/, 'must be a lower-case stem')).min(1),
    weights: base64,
    scales: base64,
    vectors: base64,
  })
  .superRefine((file, ctx) => {
    const n = file.stems.length;
    const check = (field: 'weights' | 'scales' | 'vectors', bytes: number): void => {
      const got = Buffer.from(file[field], 'base64').length;
      if (got !== bytes)
        ctx.addIssue({ code: 'custom', path: [field], message: `holds ${got} bytes, expected ${bytes}` });
    };
    check('weights', n);
    check('scales', n * 4);
    check('vectors', n * file.dimensions);
    for (let i = 1; i < n; i++) {
      if (file.stems[i - 1]! >= file.stems[i]!) {
        ctx.addIssue({ code: 'custom', path: ['stems', i], message: 'stems must be sorted and unique' });
        return;
      }
    }
  });

/**
 * Word vectors for comparing texts by meaning: a text's vector is the weighted average of its
 * words' (common words weigh little), so "who comes out on top" lands near "who has the upper
 * hand" though they share no word. Words without a vector (names, misspellings) are left out.
 */
export class WordVectors {
  readonly dimensions: number;
  readonly #index: Map<string, number>;
  readonly #weights: Uint8Array;
  readonly #scales: Float32Array;
  readonly #vectors: Int8Array;

  constructor(file: WordVectorsFile) {
    this.dimensions = file.dimensions;
    this.#index = new Map(file.stems.map((stem, i) => [stem, i]));
    this.#weights = new Uint8Array(Buffer.from(file.weights, 'base64'));
    const scales = Buffer.from(file.scales, 'base64');
    this.#scales = new Float32Array(scales.buffer.slice(scales.byteOffset, scales.byteOffset + scales.length));
    this.#vectors = new Int8Array(Buffer.from(file.vectors, 'base64'));
  }

  /** The unit-length vector of a text, or null when none of its words has one. */
  textVector(text: string): Float32Array | null {
    const sum = new Float32Array(this.dimensions);
    let found = false;
    for (const { word } of tokenize(text)) {
      if (STOP_WORDS.has(word)) continue;
      const w = this.#index.get(stemmer(word));
      if (w === undefined) continue;
      found = true;
      const factor = (this.#weights[w]! / 255) * this.#scales[w]!;
      const offset = w * this.dimensions;
      for (let i = 0; i < this.dimensions; i++) sum[i]! += factor * this.#vectors[offset + i]!;
    }
    if (!found) return null;
    let norm = 0;
    for (let i = 0; i < this.dimensions; i++) norm += sum[i]! * sum[i]!;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < this.dimensions; i++) sum[i]! /= norm;
    return sum;
  }
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}
