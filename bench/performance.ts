import { createCore } from '../src/core.ts';
import { renderAskReply } from '../src/render/ask-reply.ts';
import { renderWhoReply } from '../src/render/who-reply.ts';
import { readCases, SETS, type AskCase, type WhoCase } from './eval-sets.ts';
import { runEndToEnd } from './end-to-end.ts';
import { benchHttpEndpoint } from './http-endpoint.ts';

/** Speed and memory on this machine: in-process /ask and /who, then end to end through discord.js. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarise(samplesMs: number[]): { p50: string; p99: string } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { p50: `${percentile(sorted, 50).toFixed(3)} ms`, p99: `${percentile(sorted, 99).toFixed(3)} ms` };
}

const startedAt = performance.now();
const core = createCore();
const coreMs = performance.now() - startedAt;
const questions = (readCases<AskCase>(SETS.askHoldout) ?? []).map((c) => c.q);
const names = (readCases<WhoCase>(SETS.whoHoldout) ?? []).map((c) => c.q);

function measure(
  label: string,
  inputs: string[],
  run: (input: string) => unknown,
  rounds: number,
  warmUp: 'one pass' | 'none' = 'one pass',
) {
  if (warmUp === 'one pass') for (const input of inputs) run(input);
  const samples: number[] = [];
  const began = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t = performance.now();
      run(input);
      samples.push(performance.now() - t);
    }
  }
  const seconds = (performance.now() - began) / 1000;
  return {
    label,
    calls: samples.length,
    ...summarise(samples),
    throughput: `${Math.round(samples.length / seconds)}/s`,
  };
}

console.log(`core loaded and indexed in ${coreMs.toFixed(0)} ms`);
const askOnce = (q: string) => renderAskReply(core.search.ask(q), core.meta);
console.table([
  // Just after start-up, V8 is still compiling the hot paths: the first rounds carry that cost.
  measure('/ask (search + render)', questions, askOnce, 50),
  // The same calls again, once the optimising compiler has seen 3,000 of them: a busy bot's state.
  measure('/ask, warmed (3,000 calls in)', questions, askOnce, 50, 'none'),
  measure('/who (lookup + render)', names, (n) => renderWhoReply(core.people.who(n), core.people, core.meta), 200),
  measure('/who autocomplete', names, (n) => core.people.complete(n.slice(0, 4)), 200),
]);

console.log('End to end: `npm start` beside the floor (the smallest discord.js bot answering a slash command):');
const e2e = await runEndToEnd(2000);
console.table(e2e);

console.log('HTTP interactions endpoint (signed requests on loopback):');
console.table([await benchHttpEndpoint()]);
