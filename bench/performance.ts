import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createCore } from '../src/core.ts';
import { renderAskReply } from '../src/render/ask-reply.ts';
import { renderWhoReply } from '../src/render/who-reply.ts';
import { readCases, SETS, type AskCase, type WhoCase } from './eval-sets.ts';
import { runEndToEnd } from './end-to-end.ts';
import { measure, type LatencyRow } from './latency.ts';
import { benchHttpEndpoint } from './http-endpoint.ts';

/** Speed and memory on this machine: in-process /ask and /who, then end to end through discord.js. */
const startedAt = performance.now();
const core = createCore();
const coreMs = performance.now() - startedAt;
const questions = (readCases<AskCase>(SETS.askHoldout) ?? []).map((c) => c.q);
const names = (readCases<WhoCase>(SETS.whoHoldout) ?? []).map((c) => c.q);

/** The bot's start-up warm-up, measured in a process of its own (bench/ask-after-warm-up.ts). */
function afterWarmUp(): LatencyRow {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('ask-after-warm-up.ts', import.meta.url))],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as LatencyRow;
}

console.log(`core loaded and indexed in ${coreMs.toFixed(0)} ms`);
const askOnce = (q: string) => renderAskReply(core.search.ask(q), core.meta);
console.table([
  // Just after start-up, V8 is still compiling the hot paths: the first rounds carry that cost.
  measure('/ask, just started (search + render)', questions, askOnce, 50),
  // The same calls again, once the optimising compiler has seen 3,000 of them: a busy bot's state.
  measure('/ask, warmed (3,000 calls in)', questions, askOnce, 50, 'none'),
  afterWarmUp(),
  measure('/who (lookup + render)', names, (n) => renderWhoReply(core.people.who(n), core.people, core.meta), 200),
  measure('/who autocomplete', names, (n) => core.people.complete(n.slice(0, 4)), 200),
]);

console.log('End to end: `npm start` beside the floor (the smallest discord.js bot answering a slash command):');
const e2e = await runEndToEnd(2000);
console.table(e2e);

console.log('HTTP interactions endpoint (signed requests on loopback):');
console.table([await benchHttpEndpoint()]);
