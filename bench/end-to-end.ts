import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandOptionType } from 'discord.js';
import { callbackOf } from '../test/e2e/bot-harness.ts';
import { chatInput, startStandIn } from '../test/e2e/stand-in/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The node arguments of `npm start` (after `npm run build`), read from package.json so the two cannot drift. */
const START_ARGS = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .slice(1);

/** Resident memory of another process, from /proc (Linux), in MB. */
function rssOf(pid: number): string {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return `${(kb / 1024).toFixed(1)} MB`;
}

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
  const began = performance.now();
  const bot = spawn(process.execPath, START_ARGS, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH,
      DOTENV_CONFIG_PATH: '/nonexistent',
      DISCORD_TOKEN: standIn.token,
      DISCORD_API_URL: standIn.restBase,
      LOG_LEVEL: 'warn',
      ASK_COOLDOWN_SECONDS: '0',
    },
  });
  try {
    await standIn.waitForReady(0, 30_000);
    const readyMs = performance.now() - began;
    // The client finishes caching GUILD_CREATE just after READY; give it a moment before measuring.
    await new Promise((r) => setTimeout(r, 300));
    const rssAtReady = rssOf(bot.pid!);
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
      'start to ready (process spawn to READY)': `${readyMs.toFixed(0)} ms`,
      'bot RSS at ready': rssAtReady,
      'bot RSS after run': rssOf(bot.pid!),
    };
  } finally {
    bot.kill('SIGTERM');
    await standIn.close();
  }
}
