import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/article/load.ts';
import { MeaningIndex } from '../src/search/meaning.ts';

const corpus = loadCorpus();
const [first, second] = corpus.article.paragraphs;
const paragraphs = [
  { ...first!, id: 'ahead', questions: ['who has the upper hand in syria'] },
  { ...second!, id: 'date', questions: ['when was this published'] },
];

describe('closeness in meaning to the reader questions', () => {
  const index = new MeaningIndex(corpus.wordVectors, paragraphs);

  it('finds the paragraph whose reader question means the same, though no word is shared', () => {
    const closeness = index.closeness(corpus.wordVectors.textVector('who comes out on top'));
    expect(closeness.get('ahead')!).toBeGreaterThan(closeness.get('date')! + 0.1);
  });

  it('has nothing to say about a text with no known word', () => {
    expect(index.closeness(corpus.wordVectors.textVector('xqzzv blorf')).size).toBe(0);
  });
});
