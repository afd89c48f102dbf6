import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/article/load.ts';
import { createCore } from '../src/core.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { DescribedNames } from '../src/search/described-names.ts';

const corpus = loadCorpus();
// As the search builds it: the terms of the article and of its readers' questions.
const { idf } = buildAskIndex(corpus);
const names = new DescribedNames(corpus.people.actors, (term) => idf.has(term));

describe('DescribedNames', () => {
  it('reads a description in words the article does not use as the person it describes', () => {
    expect(names.named("what did iran's first supreme leader say about moscow")).toBe(
      'what did Ayatollah Khomeini say about moscow',
    );
    expect(names.named('what did the late supreme leader warn')).toBe('what did Ayatollah Khomeini warn');
    expect(names.named('what did irans first supreme leader say')).toBe('what did Ayatollah Khomeini say');
  });

  it('leaves descriptions in the article’s or its readers’ words, questions like "who wrote this", and groups as typed', () => {
    for (const question of [
      'which israeli leader met putin',
      'what did the iranian lawmaker say',
      'what did the former ambassador say',
      'who wrote this',
      'who took the photos',
      'what did the mullahs say',
    ]) {
      expect(names.named(question)).toBe(question);
    }
  });

  it('needs the description whole: "supreme leader" alone is not Khomeini', () => {
    expect(names.named('what did the supreme leader say')).toBe('what did the supreme leader say');
  });
});

describe('/ask on a person described in other words than the article’s', () => {
  const core = createCore();

  it('answers from the passage that names them', () => {
    const answer = core.search.ask("what did iran's first supreme leader say about whether moscow can be trusted");
    expect(answer.verdict).toBe('answer');
    expect(answer.results[0]?.paragraph.text).toContain('Ayatollah Khomeini, who warned');
  });
});
