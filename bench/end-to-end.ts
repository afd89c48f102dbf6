import { ApplicationCommandOptionType } from 'discord.js';
import { callbackOf } from '../test/e2e/bot-harness.ts';
import { chatInput, startStandIn } from '../test/e2e/stand-in/index.ts';
import { launchBot, START_ARGS } from './bot-process.ts';

function percentile(samples: number[], p: number): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2)} ms`;
}

/**
 * `npm start` as a real separate process, logged in to the Discord API stand-in on loopback: time
 * from the stand-in's INTERACTION_CREATE dispatch to the bot's callback arriving, one at a time,
 * and the bot process's own memory.
 */
export async function runEndToEnd(count: number): Promise<Record<string, string>> {
  const standIn = await startStandIn();
  const bot = await launchBot(standIn, START_ARGS, { ASK_COOLDOWN_SECONDS: '0' });
  try {
    const questions = ['What did Abadi say about withdrawing?', 'Who will lose most?', 'eggs basket', 'pancakes'];
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const name = i % 3 === 2 ? 'who' : 'ask';
      const value = name === 'ask' ? questions[i % questions.length]! : 'netanyahoo';
      const payload = chatInput(standIn, {
        name,
        options: [{ name: name === 'ask' ? 'question' : 'name', type: ApplicationCommandOptionType.String, value }],
      });
      const sent = performance.now();
      standIn.dispatchInteraction(payload);
      const call = await standIn.waitForCall(callbackOf(payload.id), 10_000);
      samples.push(call.at - sent);
    }
    return {
      interactions: String(count),
      'end-to-end p50': percentile(samples, 50),
      'end-to-end p99': percentile(samples, 99),
      'start to ready (process spawn to READY)': `${bot.readyMs.toFixed(0)} ms`,
      'bot RSS at ready': `${bot.rssAtReadyMb.toFixed(1)} MB`,
      'bot RSS after run': `${bot.rssMb().toFixed(1)} MB`,
    };
  } finally {
    bot.stop();
    await standIn.close();
  }
}
