import { stemmer } from 'stemmer';
import { EXONYM_WORDS } from '../text/exonyms.ts';
import { z } from 'zod';
import { stringList } from '../article/word-list-schema.ts';
import { tokenize } from '../text/fold.ts';
import { STOP_WORDS } from '../text/stop-words.ts';

/**
 * Bytes written as base64, decoded once here. Decoding drops a stray character silently, so the
 * bytes must encode back to the same text: that checks the 3.5 MB of vectors four times faster than
 * a pattern did, and the constructor takes the bytes without decoding them again.
 */
export const base64Bytes = z.string().transform((text, ctx) => {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') === text) return bytes;
  ctx.addIssue({ code: 'custom', message: 'must be base64' });
  return z.NEVER;
});

const STEM = /^[a-z]+$/;

export const wordVectorsSchema = z
  .strictObject({
    source: z.string().min(1),
    dimensions: z.number().int().min(1).max(1000),
    stems: stringList('must be a lower-case stem', STEM).refine((stems) => stems.length > 0, 'must not be empty'),
    weights: base64Bytes,
    scales: base64Bytes,
    vectors: base64Bytes,
  })
  .superRefine((file, ctx) => {
    const n = file.stems.length;
    const check = (field: 'weights' | 'scales' | 'vectors', bytes: number): boolean => {
      const got = file[field].length;
      if (got !== bytes)
        ctx.addIssue({ code: 'custom', path: [field], message: `holds ${got} bytes, expected ${bytes}` });
      return got === bytes;
    };
    if (check('weights', n)) {
      const zero = file.weights.indexOf(0);
      if (zero >= 0) ctx.addIssue({ code: 'custom', path: ['weights', zero], message: 'must be above 0' });
    }
    if (check('scales', n * 4)) {
      for (let i = 0; i < n; i++) {
        const scale = file.scales.readFloatLE(i * 4);
        if (!Number.isFinite(scale) || scale <= 0) {
          ctx.addIssue({ code: 'custom', path: ['scales', i], message: 'must be a positive finite number' });
          break;
        }
      }
    }
    check('vectors', n * file.dimensions);
    for (let i = 1; i < n; i++) {
      if (file.stems[i - 1]! >= file.stems[i]!) {
        ctx.addIssue({ code: 'custom', path: ['stems', i], message: 'stems must be sorted and unique' });
        return;
      }
    }
  });

/**
 * data/word-vectors.json as scripts/build-word-vectors.ts writes it: Porter stems (sorted, unique,
 * each with its most common word's vector); `weights` one byte per stem (its averaging weight ×
 * 255); `scales` one little-endian float32 per stem; `vectors` `dimensions` signed bytes per stem.
 */
export type WordVectorsFile = z.input<typeof wordVectorsSchema>;
/** The file once read: its base64 fields decoded. */
type WordVectorsData = z.output<typeof wordVectorsSchema>;

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

  constructor(file: WordVectorsData) {
    this.dimensions = file.dimensions;
    this.#index = new Map(file.stems.map((stem, i) => [stem, i]));
    this.#weights = new Uint8Array(file.weights);
    this.#scales = Float32Array.from({ length: file.stems.length }, (_, i) => file.scales.readFloatLE(i * 4));
    this.#vectors = new Int8Array(file.vectors.buffer, file.vectors.byteOffset, file.vectors.length);
  }

  /**
   * Whether the vocabulary has a vector for a word: English words and names, and some misspellings
   * and foreign words common in the text it was trained on; most typos and other languages' words not.
   */
  knows(word: string): boolean {
    return this.#index.has(stemmer(word));
  }

  /**
   * The unit-length vector of a text, or null when none of its words has one. With `exonyms`, a
   * place named as another language names it counts as its English name.
   */
  textVector(text: string, exonyms = true): Float32Array | null {
    const sum = new Float32Array(this.dimensions);
    let found = false;
    for (const { word } of tokenize(text)) {
      if (STOP_WORDS.has(word)) continue;
      // A place named as another language names it ("rosia", "rusya") means what its English name does.
      const w = this.#index.get(stemmer((exonyms ? EXONYM_WORDS.get(word) : undefined) ?? word));
      if (w === undefined) continue;
      found = true;
      const factor = (this.#weights[w]! / 255) * this.#scales[w]!;
      const offset = w * this.dimensions;
      for (let i = 0; i < this.dimensions; i++) sum[i]! += factor * this.#vectors[offset + i]!;
    }
    if (!found) return null;
    let norm = 0;
    for (let i = 0; i < this.dimensions; i++) norm += sum[i]! * sum[i]!;
    if (norm === 0) return null;
    norm = Math.sqrt(norm);
    for (let i = 0; i < this.dimensions; i++) sum[i]! /= norm;
    return sum;
  }
}
