import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadCorpus } from '../src/article/load.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { ArticleSearch } from '../src/search/ask.ts';
import { SpellingCorrector } from '../src/search/spelling.ts';
import { PeopleLookup } from '../src/search/who.ts';

/**
 * Run by `bench/profile.ts` under `node --expose-gc`: the live heap each step of building the core adds, after a
 * full collection, so what is measured is what stays. Prints one JSON object of MB per step.
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const live = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const steps: Record<string, number> = {};
const keep: unknown[] = [];
let last = live();
const step = async (label: string, make: () => unknown): Promise<void> => {
  keep.push(await make());
  const now = live();
  steps[label] = now - last;
  last = now;
};

await step('discord.js (imported, as the floor does)', () => import('discord.js'));
await step('pino, zod, dotenv (our other libraries)', () =>
  Promise.all([import('pino'), import('zod'), import('dotenv')]),
);
// The two derived data files parsed alone, to show their share of what loadCorpus keeps; then let go.
const parsed = (file: string) => () => JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, file), 'utf8')) as unknown;
await step('thesaurus.json alone, parsed', parsed('thesaurus.json'));
await step('neighbours.json alone, parsed', parsed('neighbours.json'));
keep.splice(-2);
last = live();
let corpus: ReturnType<typeof loadCorpus> | undefined;
await step('data loaded and validated (loadCorpus)', () => (corpus = loadCorpus()));
// ArticleSearch's two largest parts built alone first, to show their share; then let go.
let index: ReturnType<typeof buildAskIndex> | undefined;
await step('ask index alone (buildAskIndex)', () => (index = buildAskIndex(corpus!)));
await step('spelling index alone (SpellingCorrector)', () => new SpellingCorrector(index!.words));
keep.splice(-2);
index = undefined;
last = live();
await step('/ask search, whole (ArticleSearch)', () => new ArticleSearch(corpus!));
await step('/who lookup (PeopleLookup)', () => new PeopleLookup(corpus!));
console.log(JSON.stringify(steps));
