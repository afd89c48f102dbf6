import { createCore } from '../src/core.ts';
import { renderAskReply } from '../src/render/ask-reply.ts';
import { warmUpInBackground } from '../src/warm-up.ts';
import { readCases, SETS, type AskCase } from './eval-sets.ts';
import { measure } from './latency.ts';

/**
 * /ask in a fresh process that has run the bot's start-up warm-up (`src/warm-up.ts`, the article's
 * reader questions) and nothing else, not even the untimed pass over the hold-out questions the
 * other rows make: what members meet once a started bot has warmed up. Its own process, because
 * what it measures is the compiler's state, which belongs to the process, not to one core.
 * Prints one JSON row for `bench/performance.ts`.
 */
const core = createCore();
const report = await warmUpInBackground(core).done;
const questions = (readCases<AskCase>(SETS.askHoldout) ?? []).map((c) => c.q);
const row = measure(
  `/ask after the bot's warm-up (${report.questions} reader questions, ${report.ms} ms)`,
  questions,
  (q) => renderAskReply(core.search.ask(q), core.meta),
  50,
  'none',
);
process.stdout.write(`${JSON.stringify(row)}\n`);
