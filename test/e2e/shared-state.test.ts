import { generateKeyPairSync } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType, PermissionFlagsBits, type APIInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders } from '../../bench/http-load.ts';
import { startRedis, type RunningRedis } from './redis-server.ts';
import { chatInput, startStandIn, type StandIn } from './stand-in/index.ts';

const entry = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const STRING = ApplicationCommandOptionType.String;
const MODERATOR = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.PinMessages;

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');

/** One `npm run serve` replica: its interactions URL, its log lines, and the process. */
interface Replica {
  url: string;
  logs: string[];
  process: ChildProcess;
}

async function startReplica(standIn: StandIn, redisUrl: string): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', tsxLoader, entry, '--mode=http'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      PATH: process.env.PATH,
      DOTENV_CONFIG_PATH: '/nonexistent',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_API_URL: standIn.restBase,
      DISCORD_TOKEN: standIn.token,
      REDIS_URL: redisUrl,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      ASK_COOLDOWN_SECONDS: '60',
    },
  });
  const logs: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    let partial = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      logs.push(...lines);
      const ready = lines.find((l) => l.includes('"msg":"ready"'));
      if (ready) resolve((JSON.parse(ready) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`a replica exited with ${code} before it was ready`)));
  });
  return { url, logs, process: child };
}

async function send(replica: Replica, body: string, headers = signedHeaders(privateKey, body)) {
  const response = await fetch(replica.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as { type?: number; data?: { content?: string } } };
}

const ask = (standIn: StandIn, userId: string): APIInteraction =>
  chatInput(standIn, {
    name: 'ask',
    user: { id: userId, username: `member_${userId.slice(-4)}` },
    options: [{ name: 'question', type: STRING, value: 'Who will lose most?' }],
  });

let standIn: StandIn;
let redis: RunningRedis;
let replicas: Replica[] = [];

beforeAll(async () => {
  standIn = await startStandIn();
  redis = await startRedis();
  replicas = await Promise.all([startReplica(standIn, redis.url), startReplica(standIn, redis.url)]);
}, 60_000);
afterAll(async () => {
  for (const replica of replicas) replica.process.kill('SIGKILL');
  await redis?.stop();
  await standIn?.close();
});

describe('two HTTP endpoint replicas sharing one redis-server', () => {
  it('enforce one /ask cooldown per member across replicas', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const first = await send(a, JSON.stringify(ask(standIn, '880000000000000001')));
    expect(first.status).toBe(200);
    expect(first.body.data?.content ?? '').not.toMatch(/^⏳/);
    const again = await send(b, JSON.stringify(ask(standIn, '880000000000000001')));
    expect(again.body.data?.content).toMatch(/^⏳ You're asking quickly\. Try again <t:\d+:R> \(in \d+ s\)\.$/);
    // Within the 60 s cooldown, however long the second request took to arrive.
    const seconds = Number(/\(in (\d+) s\)/.exec(again.body.data?.content ?? '')?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    const someoneElse = await send(b, JSON.stringify(ask(standIn, '880000000000000002')));
    expect(someoneElse.body.data?.content ?? '').not.toMatch(/^⏳/);
  });

  it('catch a replay sent to the other replica: 409, nothing run', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const body = JSON.stringify(ask(standIn, '880000000000000003'));
    const headers = signedHeaders(privateKey, body);
    expect((await send(a, body, headers)).status).toBe(200);
    expect(await send(b, body, headers)).toEqual({ status: 409, body: { error: 'interaction already received' } });
  });

  it('two simultaneous /summary-post pin:true through both end with one posted, pinned copy', async () => {
    const payloads = replicas.map(() =>
      chatInput(standIn, {
        name: 'summary-post',
        memberPermissions: MODERATOR,
        options: [
          { name: 'part', type: STRING, value: 'whole' },
          { name: 'pin', type: ApplicationCommandOptionType.Boolean, value: true },
        ],
      }),
    );
    for (const payload of payloads) standIn.registerInteraction(payload);
    const answers = await Promise.all(payloads.map((payload, i) => send(replicas[i]!, JSON.stringify(payload))));
    expect(answers.map((a) => a.body)).toEqual([
      { type: 5, data: { flags: 64 } },
      { type: 5, data: { flags: 64 } },
    ]);
    const replies = await Promise.all(
      payloads.map((payload) =>
        standIn.waitForCall(
          (c) => c.method === 'PATCH' && c.path.endsWith(`/${payload.token}/messages/@original`),
          20_000,
        ),
      ),
    );
    const contents = replies.map((r) => (r.body as { content: string }).content).sort();
    expect(contents[0]).toMatch(/^📌 Posted and pinned the summary: /);
    expect(contents[1]).toMatch(/^📌 This channel already had that summary pinned; I updated it in place: /);
    expect(standIn.messages.pinCount(standIn.channelId)).toBe(1);
    const posts = standIn.calls.filter(
      (c) => c.method === 'POST' && c.path.endsWith(`/channels/${standIn.channelId}/messages`),
    );
    expect(posts).toHaveLength(1);
  });

  it('keep answering when Redis stops mid-run, with one warning each and never its password', async () => {
    await redis.stop();
    const [a] = replicas as [Replica, Replica];
    for (const userId of ['880000000000000004', '880000000000000005']) {
      const answer = await send(a, JSON.stringify(ask(standIn, userId)));
      expect(answer.status).toBe(200);
      expect(answer.body.type).toBe(4);
    }
    // In memory now: this replica still enforces its own cooldown.
    const again = await send(a, JSON.stringify(ask(standIn, '880000000000000004')));
    expect(again.body.data?.content).toMatch(/^⏳/);
    const warnings = a.logs.filter((l) => l.includes('Redis unavailable'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({
      level: 40,
      redis: expect.stringMatching(/^redis:\/\/127\.0\.0\.1:\d+$/),
    });
    for (const replica of replicas) expect(replica.logs.join('\n')).not.toContain(redis.password);
    const exited = once(a.process, 'exit');
    a.process.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);
  });
});
