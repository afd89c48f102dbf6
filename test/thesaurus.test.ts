import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildThesaurus } from '../scripts/build-thesaurus.ts';
import { loadCorpus } from '../src/article/load.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { createCore } from '../src/core.ts';

describe('thesaurus', () => {
  it('is current with the article data (run npm run build:thesaurus after editing data/)', { timeout: 120_000 }, () => {
    const committed = JSON.parse(readFileSync(new URL('../data/thesaurus.json', import.meta.url), 'utf8')) as unknown;
    const index = buildAskIndex(loadCorpus());
    expect(committed).toEqual(buildThesaurus(new Set(index.idf.keys()), index.words));
  });

  it('leaves real English words alone instead of "correcting" them into the article', () => {
    const { search } = createCore();
    expect(search.ask('how do I reverse a list in python').results).toEqual([]);
    expect(search.ask('How tall is it?').results).toEqual([]);
    // …while a typo still finds its word.
    expect(search.ask('iran rusia aliance').results.length).toBeGreaterThan(0);
  });

  it('lets a reader’s word reach the article’s', () => {
    const { search } = createCore();
    expect(search.ask('What worries Tehran and Assad?').results[0]?.paragraph.text).toContain('a primary concern');
  });
});
