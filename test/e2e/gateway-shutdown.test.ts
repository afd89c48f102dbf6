import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callbackOf } from './bot-harness.ts';
import { chatInput, startStandIn, type StandIn } from './stand-in/index.ts';

const entry = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const MODERATOR = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.PinMessages;

let standIn: StandIn;
beforeEach(async () => {
  standIn = await startStandIn();
});
afterEach(async () => {
  await standIn?.close();
});

describe('npm start (the gateway bot) stopping', () => {
  it('finishes a deferred /summary-post on SIGTERM, then exits 0', { timeout: 60_000 }, async () => {
    const bot = spawn(process.execPath, ['--import', tsxLoader, entry], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        PATH: process.env.PATH,
        DOTENV_CONFIG_PATH: '/nonexistent',
        DISCORD_TOKEN: standIn.token,
        DISCORD_API_URL: standIn.restBase,
        MODE: 'gateway',
        ASK_COOLDOWN_SECONDS: '0',
      },
    });
    const exited = new Promise<number | null>((resolve) => bot.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        let text = '';
        bot.stdout!.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('"msg":"ready"')) resolve();
        });
        void exited.then((code) => reject(new Error(`the bot exited with ${code} before it was ready`)));
      });
      // Reading the pins is held up by a rate limit, so the work is still going when SIGTERM comes.
      standIn.rateLimitNext(/\/messages\/pins$/, 2);
      const payload = chatInput(standIn, {
        name: 'summary-post',
        memberPermissions: MODERATOR,
        options: [
          { name: 'part', type: ApplicationCommandOptionType.String, value: 'whole' },
          { name: 'pin', type: ApplicationCommandOptionType.Boolean, value: true },
        ],
      });
      standIn.dispatchInteraction(payload);
      expect((await standIn.waitForCall(callbackOf(payload.id), 20_000)).body).toEqual({
        type: 5,
        data: { flags: 64 },
      });
      bot.kill('SIGTERM');
      const edit = await standIn.waitForCall(
        (c) => c.method === 'PATCH' && c.path.endsWith(`/${payload.token}/messages/@original`),
        20_000,
      );
      expect((edit.body as { content: string }).content).toMatch(/^📌 Posted and pinned the summary: https:\/\//);
      expect(standIn.messages.pinCount(standIn.channelId)).toBe(1);
      expect(await exited).toBe(0);
    } finally {
      bot.kill('SIGKILL');
    }
  });
});
