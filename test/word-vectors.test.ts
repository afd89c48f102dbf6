import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/article/load.ts';
import { cosine, WordVectors, wordVectorsSchema } from '../src/search/word-vectors.ts';

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

  it('give every form of a word one meaning', () => {
    expect(cosine(vector('withdrawing'), vector('withdrawal'))).toBeCloseTo(1, 5);
  });

  it('weigh common words less than rare ones', () => {
    const withFiller = cosine(vector('alliance really very much'), vector('alliance'));
    expect(withFiller).toBeGreaterThan(0.8);
  });

  it('decode a file as written', () => {
    const file = {
      source: 'test',
      dimensions: 2,
      stems: ['east', 'west'],
      weights: Buffer.from([255, 255]).toString('base64'),
      scales: Buffer.from(new Float32Array([1, 1]).buffer).toString('base64'),
      vectors: Buffer.from(Int8Array.from([100, 0, -100, 0]).buffer).toString('base64'),
    };
    const vectors = new WordVectors(wordVectorsSchema.parse(file));
    expect(cosine(vectors.textVector('east')!, vectors.textVector('west')!)).toBeCloseTo(-1, 5);
    expect(() => wordVectorsSchema.parse({ ...file, vectors: Buffer.from([1, 2, 3]).toString('base64') })).toThrow(
      /holds 3 bytes, expected 4/,
    );
    expect(() => wordVectorsSchema.parse({ ...file, stems: ['west', 'east'] })).toThrow(/sorted and unique/);
  });
});
