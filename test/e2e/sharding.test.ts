import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType, PermissionFlagsBits, type APIInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { renderAbout } from '../../src/render/notice-reply.ts';
import { startShards, type RunningShards } from '../../src/sharding/shard-manager.ts';
import { planShards } from '../../src/sharding/shard-plan.ts';
import { createCore } from '../../src/core.ts';
import { callbackOf } from './bot-harness.ts';
import { chatInput, startStandIn, type StandIn } from './stand-in/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const meta = createCore().meta;

/** What each shard process needs besides the token: the stand-in, quiet defaults, no developer .env. */
const shardEnv = (standIn: StandIn): Record<string, string> => ({
  DISCORD_API_URL: standIn.restBase,
  // vitest sets MODE=test in its workers' environment, which the shards would inherit.
  MODE: 'gateway',
  DOTENV_CONFIG_PATH: '/nonexistent',
  LOG_LEVEL: 'info',
  ASK_COOLDOWN_SECONDS: '0',
});

async function until(
  condition: () => boolean,
  what: string,
  timeoutMs = 20_000,
  context: () => string = () => '',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const identifiesOf = (standIn: StandIn, shardId: number) =>
  standIn.identifies.filter((identify) => identify.shard?.[0] === shardId);

/** /about in the stand-in's guild `guildIndex`, dispatched to `shardId`; resolves with the callback body. */
async function aboutOn(standIn: StandIn, guildIndex: number, shardId?: number): Promise<unknown> {
  const payload: APIInteraction = chatInput(standIn, { name: 'about', guildId: standIn.world.guilds[guildIndex]!.id });
  standIn.dispatchInteraction(payload, shardId);
  const call = await standIn.waitForCall(callbackOf(payload.id), 10_000);
  return (call.body as { data: unknown }).data;
}

function expectAbout(data: unknown): void {
  const expected = renderAbout(meta);
  // Through JSON, as the bot sends it: an undefined field is simply absent.
  expect(data).toMatchObject({
    embeds: JSON.parse(JSON.stringify(expected.embeds)) as unknown,
    allowed_mentions: { parse: [] },
  });
}

describe('sharding with discord.js ShardingManager (two shard processes against the stand-in)', () => {
  let standIn: StandIn;
  let shards: RunningShards;
  const lines: Array<Record<string, unknown>> = [];
  const managerLogs: string[] = [];

  beforeAll(async () => {
    // Two guilds, one per shard; max_concurrency 16 lets both identify without the 5 s identify wait.
    standIn = await startStandIn({ shards: 2, guilds: 2, maxConcurrency: 16 });
    const plan = await planShards('auto', standIn.token, standIn.restBase);
    expect(plan).toMatchObject({ totalShards: 2, recommendedShards: 2, maxConcurrency: 16 });
    shards = startShards({
      file: entry,
      execArgv: ['--import', tsxLoader],
      token: standIn.token,
      totalShards: plan.totalShards,
      spawnDelayMs: plan.spawnDelayMs,
      readyTimeoutMs: 90_000,
      logger: createLogger('info', {
        write: (line: string) => managerLogs.push(line),
      } as unknown as NodeJS.WritableStream),
      shardEnv: shardEnv(standIn),
      silent: true,
      // The shards' own log lines, read from their piped stdout.
      onSpawn: (_shardId, child) => {
        let rest = '';
        child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
        child.stdout?.on('data', (chunk: Buffer) => {
          const complete = (rest + chunk.toString('utf8')).split('\n');
          rest = complete.pop()!;
          for (const line of complete)
            if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
        });
      },
    });
    await shards.ready;
  }, 120_000);

  afterAll(async () => {
    await shards?.stop();
    await standIn?.close();
  });

  it('starts both shards, each identifying with its own shard pair and logging its shard id', async () => {
    expect(identifiesOf(standIn, 0).map((i) => i.shard)).toEqual([[0, 2]]);
    expect(identifiesOf(standIn, 1).map((i) => i.shard)).toEqual([[1, 2]]);
    await until(() => lines.filter((l) => l.msg === 'ready').length === 2, 'both shards to log ready');
    expect(
      lines
        .filter((l) => l.msg === 'ready')
        .map((l) => l.shard)
        .sort(),
    ).toEqual([0, 1]);
    expect(managerLogs.join('\n')).not.toContain(standIn.token);
  });

  it('answers interactions dispatched on either shard', async () => {
    expectAbout(await aboutOn(standIn, 0)); // guild 0 belongs to shard 0
    expectAbout(await aboutOn(standIn, 1)); // guild 1 belongs to shard 1
    expectAbout(await aboutOn(standIn, 1, 1));
    await until(
      () => [0, 1].every((id) => lines.some((l) => l.msg === 'interaction' && l.shard === id)),
      'an interaction log line from each shard',
    );
  });

  it('respawns a shard whose process is killed, and that shard answers again', { timeout: 120_000 }, async () => {
    const shard = shards.manager.shards.get(1)!;
    const killed = shard.process!;
    const identifiesBefore = identifiesOf(standIn, 1).length;
    const respawned = new Promise<void>((resolve) => shard.once('ready', () => resolve()));
    killed.kill('SIGKILL');
    await respawned;
    expect(shard.process?.pid).toBeDefined();
    expect(shard.process!.pid).not.toBe(killed.pid);
    expect(identifiesOf(standIn, 1).length).toBe(identifiesBefore + 1);
    expectAbout(await aboutOn(standIn, 1, 1));
    // Shard 0 was never disturbed.
    expect(identifiesOf(standIn, 0)).toHaveLength(1);
    expectAbout(await aboutOn(standIn, 0, 0));
    expect(managerLogs.some((l) => l.includes('shard process died; respawning') && l.includes('"shard":1'))).toBe(true);
  });
});

describe('npm start with SHARD_COUNT=auto, stopped with SIGTERM', () => {
  let standIn: StandIn;
  let manager: ChildProcess | undefined;

  beforeAll(async () => {
    standIn = await startStandIn({ shards: 2, guilds: 2, maxConcurrency: 16 });
  });
  afterAll(async () => {
    manager?.kill('SIGKILL');
    await standIn?.close();
  });

  it(
    'runs the manager and both shards, then shuts every shard down cleanly, deferred work finished, and exits 0',
    { timeout: 120_000 },
    async () => {
      const output: string[] = [];
      manager = spawn(process.execPath, ['--import', tsxLoader, entry], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: process.env.PATH,
          DISCORD_TOKEN: standIn.token,
          SHARD_COUNT: 'auto',
          ...shardEnv(standIn),
        },
      });
      manager.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
      manager.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => manager!.once('exit', (code) => resolve(code)));

      await until(
        () => output.join('').includes('every shard ready') || manager!.exitCode !== null,
        'the manager to report every shard ready',
        90_000,
        () => output.join('').slice(-3000),
      );
      expect(manager.exitCode, output.join('').slice(-3000)).toBeNull();
      const logged = output
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const pids = logged.filter((l) => l.msg === 'shard process started').map((l) => l.pid as number);
      expect(pids).toHaveLength(2);
      expect(standIn.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expectAbout(await aboutOn(standIn, 1));

      // A deferred /summary-post on shard 1, held up reading the pins when SIGTERM comes: the shard
      // finishes it before it exits.
      const guild = standIn.world.guilds[1]!;
      standIn.rateLimitNext(new RegExp(`/channels/${guild.textChannel.id}/messages/pins$`), 2);
      const post = chatInput(standIn, {
        name: 'summary-post',
        guildId: guild.id,
        memberPermissions:
          PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.PinMessages,
        options: [{ name: 'part', type: ApplicationCommandOptionType.String, value: 'whole' }],
      });
      standIn.dispatchInteraction(post);
      expect((await standIn.waitForCall(callbackOf(post.id), 20_000)).body).toEqual({ type: 5, data: { flags: 64 } });
      manager.kill('SIGTERM');
      const finished = await standIn.waitForCall(
        (c) => c.method === 'PATCH' && c.path.endsWith(`/${post.token}/messages/@original`),
        20_000,
      );
      expect((finished.body as { content: string }).content).toMatch(/^Posted the summary: https:\/\//);
      expect(await exited).toBe(0);
      const alive = pids.filter((pid) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      });
      expect(alive).toEqual([]);
      const text = output.join('');
      expect(text).toContain('every shard stopped');
      expect(text).not.toContain('shard process died');
      expect(text).not.toContain(standIn.token);
    },
  );
});
