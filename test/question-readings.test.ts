import { describe, expect, it } from 'vitest';
import { loadCorpus, loadQuestionReadings } from '../src/article/load.ts';
import {
  QuestionReadings,
  buildQuestionReadings,
  questionReadingsSchema,
  readQuestion,
} from '../src/search/question-readings.ts';

const { wordVectors } = loadCorpus();

/** Built, written as JSON and validated, as start-up reads the file. */
function readingsOf(questions: readonly string[]): QuestionReadings {
  const file = buildQuestionReadings(questions, wordVectors, 'test');
  return new QuestionReadings(wordVectors, questionReadingsSchema.parse(JSON.parse(JSON.stringify(file))));
}

describe('question readings worked out at build time', () => {
  const questions = [
    'who has the upper hand in syria',
    'wat does russia want from iran??',
    '??',
    'Dahqani Fairuz Abadi',
    'whats the main argument',
  ];

  it('as shipped, give back every reader question of the article as reading it at start-up would', () => {
    const corpus = loadCorpus();
    const shipped = loadQuestionReadings(corpus);
    const questions = corpus.article.paragraphs.flatMap((p) => p.questions);
    expect(questions.length).toBeGreaterThan(2000);
    const differing = questions.filter(
      (q) => JSON.stringify(shipped.of(q)) !== JSON.stringify(readQuestion(q, wordVectors)),
    );
    expect(differing).toEqual([]);
  });

  it('give back each question as reading it at start-up would: terms, wording and vector', () => {
    const readings = readingsOf(questions);
    for (const q of questions) expect(readings.of(q), q).toEqual(readQuestion(q, wordVectors));
  });

  it('keep a joined name as one term with its two words, and a question without a vector as none', () => {
    const readings = readingsOf(questions);
    expect(readings.of('who has the upper hand in syria').terms.map((t) => t.word)).toContain('upper hand');
    expect(readings.of('??')).toEqual({ terms: [], wording: [], vector: null });
    expect(readings.of('whats the main argument').wording).toEqual(
      readQuestion('what is the main argument', wordVectors).wording,
    );
  });

  it('read a question the file does not hold, as start-up would have', () => {
    const readings = readingsOf(questions.slice(0, 1));
    expect(readings.of('why is iran angry at russia')).toEqual(
      readQuestion('why is iran angry at russia', wordVectors),
    );
  });

  it('hold each question once, however many paragraphs ask it', () => {
    expect(buildQuestionReadings([...questions, ...questions], wordVectors, 'test').questions).toEqual(questions);
  });

  it('are not used with vectors of another size: every question is read anew', () => {
    const file = questionReadingsSchema.parse(
      JSON.parse(
        JSON.stringify({
          ...buildQuestionReadings(['iran'], wordVectors, 'test'),
          dimensions: 4,
          vectors: Buffer.alloc(16).toString('base64'),
        }),
      ),
    );
    expect(new QuestionReadings(wordVectors, file).of('iran')).toEqual(readQuestion('iran', wordVectors));
  });
});
