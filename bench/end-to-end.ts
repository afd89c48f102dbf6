import { ApplicationCommandOptionType } from 'discord.js';
import { callbackOf } from '../test/e2e/bot-harness.ts';
import { chatInput, startStandIn, type StandIn } from '../test/e2e/stand-in/index.ts';
import { launchBot, NODE_FLAGS, START_ARGS } from './bot-process.ts';

/** The floor: the smallest discord.js bot answering a slash command, run with `npm start`'s node flags. */
export const FLOOR_ARGS = [...NODE_FLAGS, 'bench/floor-bot.mjs'];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface EndToEndFigures {
  readyMs: number;
  rssAtReadyMb: number;
  rssAfterMb: number;
  p50Ms: number;
  p99Ms: number;
}

const QUESTIONS = ['What did Abadi say about withdrawing?', 'Who will lose most?', 'eggs basket', 'pancakes'];

/** The same `count` interactions (two /ask to one /who), one at a time, timed dispatch to callback. */
export async function driveInteractions(standIn: StandIn, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const name = i % 3 === 2 ? 'who' : 'ask';
    const value = name === 'ask' ? QUESTIONS[i % QUESTIONS.length]! : 'netanyahoo';
    const payload = chatInput(standIn, {
      name,
      options: [{ name: name === 'ask' ? 'question' : 'name', type: ApplicationCommandOptionType.String, value }],
    });
    const sent = performance.now();
    standIn.dispatchInteraction(payload);
    const call = await standIn.waitForCall(callbackOf(payload.id), 10_000);
    samples.push(call.at - sent);
  }
  return samples;
}

/**
 * A bot as a real separate process (spawned with `args`) logged in to the stand-in on loopback: time from spawn
 * to READY, its RSS at ready and after the run, and the time from the stand-in's INTERACTION_CREATE dispatch to
 * the bot's callback arriving.
 */
async function measureBot(standIn: StandIn, args: readonly string[], count: number): Promise<EndToEndFigures> {
  const bot = await launchBot(standIn, args, { ASK_COOLDOWN_SECONDS: '0' });
  try {
    const samples = await driveInteractions(standIn, count);
    return {
      readyMs: bot.readyMs,
      rssAtReadyMb: bot.rssAtReadyMb,
      rssAfterMb: bot.rssMb(),
      p50Ms: percentile(samples, 50),
      p99Ms: percentile(samples, 99),
    };
  } finally {
    await bot.stop();
  }
}

/** `npm start` and the floor bot, one after the other on the same stand-in, with the ratios between them. */
export async function runEndToEnd(count: number): Promise<Array<Record<string, string>>> {
  const standIn = await startStandIn();
  try {
    const ours = await measureBot(standIn, START_ARGS, count);
    const floor = await measureBot(standIn, FLOOR_ARGS, count);
    const row = (label: string, pick: (f: EndToEndFigures) => number, unit: string, digits: number) => ({
      [`${count.toLocaleString('en')} interactions`]: label,
      'oped-bot': `${pick(ours).toFixed(digits)} ${unit}`,
      'floor bot': `${pick(floor).toFixed(digits)} ${unit}`,
      ratio: `${(pick(ours) / pick(floor)).toFixed(2)}×`,
    });
    return [
      row('start to ready (spawn to READY)', (f) => f.readyMs, 'ms', 0),
      row('RSS at ready', (f) => f.rssAtReadyMb, 'MB', 1),
      row('RSS after the run', (f) => f.rssAfterMb, 'MB', 1),
      row('end-to-end p50', (f) => f.p50Ms, 'ms', 2),
      row('end-to-end p99', (f) => f.p99Ms, 'ms', 2),
    ];
  } finally {
    await standIn.close();
  }
}
