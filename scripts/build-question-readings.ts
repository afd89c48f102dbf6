import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadCorpus } from '../src/article/load.ts';
import { buildQuestionReadings, type QuestionReadingsFile } from '../src/search/question-readings.ts';

/**
 * Builds data/question-readings.json: every reader question of data/article.json read as the search
 * reads it (terms, wording, meaning vector), so start-up need not. Run `npm run build:question-readings`
 * after editing the reader questions, the word vectors, or how a question is read (a test checks
 * the file is current); a question it lacks is read at start-up, only more slowly.
 */
export function buildReadings(dataDir: string = DEFAULT_DATA_DIR): QuestionReadingsFile {
  const corpus = loadCorpus(dataDir);
  return buildQuestionReadings(
    corpus.article.paragraphs.flatMap((p) => p.questions),
    corpus.wordVectors,
    "data/article.json's reader questions, read by src/search/question-readings.ts (readQuestion) with data/word-vectors.json",
  );
}

if (process.argv[1]?.endsWith('build-question-readings.ts')) {
  const file = buildReadings();
  writeFileSync(join(DEFAULT_DATA_DIR, 'question-readings.json'), `${JSON.stringify(file)}\n`);
  process.stdout.write(`data/question-readings.json: ${file.questions.length} questions\n`);
}
