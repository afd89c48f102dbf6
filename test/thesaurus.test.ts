import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildThesaurus, knownWords } from '../scripts/build-thesaurus.ts';
import { loadCorpus } from '../src/article/load.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { createCore } from '../src/core.ts';

describe('thesaurus', () => {
  it('is current with the article data (run npm run build:thesaurus after editing data/)', { timeout: 120_000 }, () => {
    const committed = JSON.parse(readFileSync(new URL('../data/thesaurus.json', import.meta.url), 'utf8')) as unknown;
    const corpus = loadCorpus();
    const index = buildAskIndex(corpus);
    expect(committed).toEqual(
      buildThesaurus(new Set(index.idf.keys()), index.words, knownWords(corpus, index.allWords)),
    );
  });

  it('leaves real English words alone instead of "correcting" them into the article', () => {
    const { search } = createCore();
    expect(search.ask('how do I reverse a list in python').results).toEqual([]);
    expect(search.ask('How tall is it?').results).toEqual([]);
    // …while a typo still finds its word.
    expect(search.ask('iran rusia aliance').results.length).toBeGreaterThan(0);
  });

  it('lists names of places and people the article never uses, not its own names nor English words', () => {
    const { corpus } = createCore();
    for (const name of ['yemen', 'obama', 'taiwan']) expect(corpus.namesElsewhere.has(name), name).toBe(true);
    for (const word of ['putin', 'teheran', 'damascus', 'drew', 'mars'])
      expect(corpus.namesElsewhere.has(word), word).toBe(false);
  });

  it('does not take a question naming something else for one about the article', () => {
    const { search } = createCore();
    expect(search.ask('what did obama say about iran').verdict).toBe('none');
    expect(search.ask('whats saudi arabias role in the yemen war').verdict).toBe('none');
  });

  it('lets a reader’s word reach the article’s', () => {
    const { search } = createCore();
    expect(search.ask('What worries Tehran and Assad?').results[0]?.paragraph.text).toContain('a primary concern');
  });
});
