import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/article/load.ts';
import { createCore } from '../src/core.ts';
import { DescribedNames } from '../src/search/described-names.ts';
import { termsOf } from '../src/text/terms.ts';

const corpus = loadCorpus();
const articleTerms = new Set(corpus.article.paragraphs.flatMap((p) => termsOf(p.text).map((t) => t.term)));
const names = new DescribedNames(corpus.people.actors, (term) => articleTerms.has(term));

describe('DescribedNames', () => {
  it('reads a description in words the article does not use as the person it describes', () => {
    expect(names.named("what did iran's first supreme leader say about moscow")).toBe(
      'what did Ayatollah Khomeini say about moscow',
    );
    expect(names.named('what did the late supreme leader warn')).toBe('what did Ayatollah Khomeini warn');
    expect(names.named('what did irans first supreme leader say')).toBe('what did Ayatollah Khomeini say');
    expect(names.named('what does the u.s. president think')).toBe('what does Trump think');
  });

  it('leaves descriptions in the article’s own words, questions like "who wrote this", and groups as typed', () => {
    for (const question of [
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
