import { ApplicationCommandOptionType } from 'discord.js';
import { callbackOf, startBotAgainstStandIn } from '../test/e2e/bot-harness.ts';
import { chatInput } from '../test/e2e/stand-in/index.ts';

const rssMb = (): string => `${(process.memoryUsage().rss / 2 ** 20).toFixed(1)} MB`;

function percentile(samples: number[], p: number): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2)} ms`;
}

/**
 * The real runtime logged in to the Discord API stand-in on loopback: time from the stand-in's
 * INTERACTION_CREATE dispatch to the bot's callback arriving, one interaction at a time.
 */
export async function runEndToEnd(count: number): Promise<Record<string, string>> {
  const began = performance.now();
  const bot = await startBotAgainstStandIn();
  const readyMs = performance.now() - began;
  const rssAtReady = rssMb();
  const questions = ['What did Abadi say about withdrawing?', 'Who will lose most?', 'eggs basket', 'pancakes'];
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const name = i % 3 === 2 ? 'who' : 'ask';
    const value = name === 'ask' ? questions[i % questions.length]! : 'netanyahoo';
    const payload = chatInput(bot.standIn, {
      name,
      options: [{ name: name === 'ask' ? 'question' : 'name', type: ApplicationCommandOptionType.String, value }],
    });
    const sent = performance.now();
    bot.standIn.dispatchInteraction(payload);
    const call = await bot.standIn.waitForCall(callbackOf(payload.id), 10_000);
    samples.push(call.at - sent);
  }
  const result = {
    interactions: String(count),
    'end-to-end p50': percentile(samples, 50),
    'end-to-end p99': percentile(samples, 99),
    'start to ready (stand-in + login)': `${readyMs.toFixed(0)} ms`,
    'RSS at ready': rssAtReady,
    'RSS after run': rssMb(),
  };
  await bot.stop();
  return result;
}
