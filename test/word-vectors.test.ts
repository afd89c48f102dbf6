import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/article/load.ts';
import { WordVectors, wordVectorsSchema } from '../src/search/word-vectors.ts';

/** Cosine of two unit vectors. */
function cosine(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, x, i) => sum + x * b[i]!, 0);
}

const { wordVectors } = loadCorpus();
const vector = (text: string): Float32Array => wordVectors.textVector(text)!;

describe('word vectors', () => {
  it('put a paraphrase nearer than an unrelated question', () => {
    const paraphrase = cosine(vector('who comes out on top'), vector('who has the upper hand'));
    const unrelated = cosine(vector('who comes out on top'), vector('when was the article published'));
    expect(paraphrase).toBeGreaterThan(unrelated + 0.1);
  });

  it('give unit vectors, and none for a text with no known word', () => {
    expect(cosine(vector('alliance'), vector('alliance'))).toBeCloseTo(1, 5);
    expect(wordVectors.textVector('the of and')).toBeNull();
    expect(wordVectors.textVector('xqzzv')).toBeNull();
  });

  it('know English words in any form, not another language’s or a typo beyond correcting', () => {
    expect(wordVectors.knows('refugees')).toBe(true);
    expect(wordVectors.knows('withdrawing')).toBe(true);
    expect(wordVectors.knows('kranten')).toBe(false);
    expect(wordVectors.knows('xqzzv')).toBe(false);
  });

  it('give a place named as another language names it the meaning of its English name', () => {
    expect(cosine(vector('iran and rosia'), vector('iran and russia'))).toBeCloseTo(1, 5);
    expect(cosine(vector('what does rusya want'), vector('what does russia want'))).toBeCloseTo(1, 5);
  });

  it('give every form of a word one meaning', () => {
    expect(cosine(vector('withdrawing'), vector('withdrawal'))).toBeCloseTo(1, 5);
  });

  it('weigh common words less than rare ones', () => {
    // "people" and "alliance" are no stop words; in a text of both, the rarer one sets the meaning.
    const both = vector('people alliance');
    expect(cosine(both, vector('alliance'))).toBeGreaterThan(cosine(both, vector('people')) + 0.1);
  });

  it('decode a file as written', () => {
    const file = {
      source: 'test',
      dimensions: 2,
      stems: ['east', 'west'],
      weights: Buffer.from([255, 255]).toString('base64'),
      scales: Buffer.from([0, 0, 0x80, 0x3f, 0, 0, 0x80, 0x3f]).toString('base64'),
      vectors: Buffer.from(Int8Array.from([100, 0, -100, 0]).buffer).toString('base64'),
    };
    const vectors = new WordVectors(wordVectorsSchema.parse(file));
    expect(cosine(vectors.textVector('east')!, vectors.textVector('west')!)).toBeCloseTo(-1, 5);
    expect(() => wordVectorsSchema.parse({ ...file, vectors: Buffer.from([1, 2, 3]).toString('base64') })).toThrow(
      /holds 3 bytes, expected 4/,
    );
    expect(() =>
      wordVectorsSchema.parse({ ...file, vectors: `${file.vectors.slice(0, 2)}!${file.vectors.slice(2)}` }),
    ).toThrow(/must be base64/);
    expect(() => wordVectorsSchema.parse({ ...file, stems: ['west', 'east'] })).toThrow(/sorted and unique/);
    expect(() => wordVectorsSchema.parse({ ...file, stems: ['East', 'west'] })).toThrow(/lower-case stem/);
    const nan = Buffer.from([0, 0, 0xc0, 0x7f, 0, 0, 0x80, 0x3f]).toString('base64');
    expect(() => wordVectorsSchema.parse({ ...file, scales: nan })).toThrow(/positive finite number/);
    expect(() => wordVectorsSchema.parse({ ...file, weights: Buffer.from([0, 255]).toString('base64') })).toThrow(
      /above 0/,
    );
  });
});
