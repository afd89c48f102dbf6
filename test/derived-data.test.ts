import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNeighbours } from '../scripts/build-neighbours.ts';
import { buildWordVectors } from '../scripts/build-word-vectors.ts';
import { buildEnglishWords } from '../scripts/build-english-words.ts';
import { fitVerdictModel } from '../scripts/fit-verdict.ts';
import { buildAskedBefore } from '../scripts/build-asked-before.ts';
import { buildReadings } from '../scripts/build-question-readings.ts';
import { MISSED_PARTS, keeps, mergedQuestions, missedQuestions } from '../scripts/merge-reader-questions.ts';
import { CORPUS, readLabelled } from '../bench/ask-corpus.ts';
import { termsOf } from '../src/text/terms.ts';
import { loadCorpus } from '../src/article/load.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { createCore } from '../src/core.ts';

const committed = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')) as unknown;

describe('data derived at build time', () => {
  it(
    'verdict model is current with the read parts of the corpus (npm run fit:verdict after editing data/ or search)',
    { timeout: 120_000 },
    () => {
      expect(committed('verdict-model.json')).toEqual(fitVerdictModel().model);
    },
  );

  it('embedding neighbours are current with the article (npm run build:neighbours)', { timeout: 180_000 }, () => {
    const corpus = loadCorpus();
    const index = buildAskIndex(corpus);
    expect(committed('neighbours.json')).toEqual(
      buildNeighbours(index.allWords, new Set(index.idf.keys()), corpus.people),
    );
  });

  it('word vectors are current with the article (npm run build:word-vectors)', { timeout: 180_000 }, () => {
    expect(committed('word-vectors.json')).toEqual(buildWordVectors(buildAskIndex(loadCorpus()).allWords));
  });

  it('reader questions hold the merged tuning parts (npm run merge:reader-questions)', () => {
    const article = committed('article.json') as {
      paragraphs: Array<{ id: string; text: string; questions: string[] }>;
    };
    const missing = [...mergedQuestions(article)].flatMap(([id, questions]) => {
      const held = new Set(article.paragraphs.find((p) => p.id === id)!.questions);
      return questions.filter((q) => !held.has(q)).map((q) => `${id}: ${q}`);
    });
    expect(missing).toEqual([]);
  });

  it('adds of the missed parts only what the search ranks under another passage (merge:reader-questions --missed)', () => {
    // Tuning parts 19 to 50 only: the others are merged whole, fitted on or asked before.
    const parts = Object.entries(CORPUS).filter(([, files]) => files.some((f) => MISSED_PARTS.includes(f)));
    expect(parts.map(([part]) => part)).toEqual(Array.from({ length: 32 }, (_, i) => `tuning${i + 19}`));
    const asked = readLabelled(MISSED_PARTS).find(keeps)!;
    const question = asked.q.trim();
    const article = { paragraphs: [{ id: 'p', text: asked.gold[0]!, questions: [] as string[] }] };
    const added = (top: string | undefined, known = (_word: string) => true): string[] =>
      missedQuestions(article, () => top, known).get('p') ?? [];
    // A first passage holding the gold is right, as the bench counts it; another, or none, is a miss.
    expect(added(asked.gold[0])).not.toContain(question);
    expect(added('Another passage altogether.')).toContain(question);
    expect(added(undefined)).toContain(question);
    // Every word must be one the search knows, the last as well as the first.
    const last = termsOf(question).at(-1)!.word;
    expect(added(undefined, (word) => word !== last)).not.toContain(question);
    // Only questions kept as reader questions are: short, and no chat.
    const kept = new Set(
      readLabelled(MISSED_PARTS)
        .filter(keeps)
        .map((c) => c.q.trim()),
    );
    expect(added(undefined).every((q) => kept.has(q))).toBe(true);
    // Nor what the passage already holds.
    article.paragraphs[0]!.questions.push(question);
    expect(added('Another passage altogether.')).not.toContain(question);
  });

  it('questions asked before are current with the read parts of the corpus (npm run build:asked-before)', () => {
    expect(committed('asked-before.json')).toEqual(buildAskedBefore());
  });

  it('reader questions as read at build time are current with the article and the reading (npm run build:question-readings)', () => {
    expect(committed('question-readings.json')).toEqual(buildReadings());
  });

  it('English words are current with the embeddings (npm run build:english-words)', () => {
    expect(committed('english-words.json')).toEqual(buildEnglishWords());
  });

  it('neighbours carry a paraphrase WordNet misses to the passage', () => {
    const { search, corpus } = createCore();
    expect(corpus.thesaurus.has('foresaw')).toBe(false);
    expect(corpus.neighbours.get('foresaw')).toContain('forese');
    expect(search.ask('who foresaw the russian request').results[0]?.paragraph.text).toContain('predictable');
  });

  it("never lets another person's name stand for one the article names", () => {
    const { corpus } = createCore();
    // Skip-gram vectors put these beside Putin, Khomeini and Netanyahu; they are other people.
    expect(corpus.neighbours.get('lavrov')).toBeUndefined();
    expect(corpus.neighbours.get('khamenei')).toEqual(['ayatollah']);
    expect(corpus.neighbours.get('likud')).not.toContain('netanyahu');
    // A title is a word, not a name: "cleric" still reaches the ayatollah.
    expect(corpus.neighbours.get('cleric')).toContain('ayatollah');
  });
});
