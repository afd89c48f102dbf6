import Fuse from 'fuse.js';
import { createCore } from '../src/core.ts';
import { readCases, SETS, type AskCase, type WhoCase } from './eval-sets.ts';

/** Answer quality of /ask and /who on the dev and hold-out sets, beside plain fuse.js. */
const core = createCore();
const paragraphs = core.corpus.article.paragraphs;

type Ranker = (q: string) => string[];

const ours: Ranker = (q) => core.search.ask(q).results.map((r) => r.paragraph.text);
// The baseline the issue measures against: fuse.js with its defaults over whole paragraphs.
const plainFuse = new Fuse(paragraphs, { keys: ['text'], includeScore: true });
const baseline: Ranker = (q) => plainFuse.search(q).map((r) => r.item.text);

function scoreAsk(cases: AskCase[], rank: Ranker) {
  const onTopic = cases.filter((c) => c.gold.length > 0);
  const offTopic = cases.filter((c) => c.gold.length === 0);
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  for (const c of onTopic) {
    const ranked = rank(c.q);
    const at = ranked.findIndex((text) => c.gold.some((g) => text.includes(g)));
    if (at === 0) top1++;
    if (at >= 0 && at < 3) top3++;
    if (at >= 0) rr += 1 / (at + 1);
  }
  const rejected = offTopic.filter((c) => rank(c.q).length === 0).length;
  const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  return {
    'top-1': pct(top1, onTopic.length),
    'top-3': pct(top3, onTopic.length),
    MRR: onTopic.length ? (rr / onTopic.length).toFixed(3) : 'n/a',
    'off-topic rejected': `${rejected}/${offTopic.length}`,
    'right first (all)': pct(top1 + rejected, cases.length),
  };
}

function scoreWho(cases: WhoCase[]): string {
  const right = cases.filter((c) => {
    const match = core.people.who(c.q).match;
    return c.gold === null ? match === null : match !== null && match.name.includes(c.gold);
  }).length;
  return `${right}/${cases.length}`;
}

for (const [label, path] of [
  ['ask dev (shared/eval)', SETS.askDev],
  ['ask hold-out (bench/)', SETS.askHoldout],
  ['ask hold-out 2 (bench/, written blind after most tuning)', SETS.askHoldout2],
] as const) {
  const cases = readCases<AskCase>(path);
  if (!cases) {
    console.log(`${label}: not found at ${path}, skipped`);
    continue;
  }
  console.log(`\n${label}: ${cases.length} questions`);
  console.table({ 'oped-bot': scoreAsk(cases, ours), 'plain fuse.js': scoreAsk(cases, baseline) });
}
for (const [label, path] of [
  ['who dev (shared/eval)', SETS.whoDev],
  ['who hold-out (bench/)', SETS.whoHoldout],
] as const) {
  const cases = readCases<WhoCase>(path);
  console.log(`${label}: ${cases ? scoreWho(cases) : 'not found, skipped'}`);
}
