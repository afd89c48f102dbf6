import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import type { Worker } from 'node:worker_threads';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from '../logger.ts';

export interface ShardManagerOptions {
  /** The entry script each shard process runs (the same runtime as one unsharded bot). */
  file: string;
  /** Node flags for the shard processes, e.g. this process's own or `--import tsx`. */
  execArgv: readonly string[];
  token: string;
  totalShards: number;
  spawnDelayMs: number;
  logger: Logger;
  /** Extra environment for every shard process, on top of this process's. */
  shardEnv?: Readonly<Record<string, string>>;
  /** Pipe the shards' stdout and stderr instead of sharing this process's (tests read them). */
  silent?: boolean;
  /** Called each time a shard process starts, e.g. to read its piped output. */
  onSpawn?: (shardId: number, child: ChildProcess) => void;
  /** How long a shard may take from spawn to READY (default 30 s, discord.js's). */
  readyTimeoutMs?: number;
  /**
   * A shard that dies this often within `windowMs` is crash-looping (a bad token, a broken
   * deploy): respawning it again would only burn Discord's daily identify allowance.
   */
  crashLoop?: { deaths: number; windowMs: number };
  /** Called once when a shard crash-loops; the caller stops the manager and exits non-zero. */
  onCrashLoop?: (shardId: number) => void;
}

export interface RunningShards {
  manager: ShardingManager;
  /** Resolves once every shard is ready; if one cannot start, the others are stopped and it rejects. */
  ready: Promise<void>;
  /** Stops respawning, sends each shard process SIGTERM, waits for all to exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

const DEFAULT_CRASH_LOOP = { deaths: 5, windowMs: 60_000 };

/** In 'process' mode discord.js hands over a ChildProcess; its typings also allow a Worker. */
function describeProcess(child: ChildProcess | Worker): Record<string, unknown> {
  return 'pid' in child ? { pid: child.pid, exitCode: child.exitCode, signal: child.signalCode } : {};
}

function logShardEvents(shard: Shard, options: ShardManagerOptions, isStopping: () => boolean): void {
  const log = options.logger.child({ shard: shard.id });
  const crashLoop = options.crashLoop ?? DEFAULT_CRASH_LOOP;
  const deaths: number[] = [];
  let reportedCrashLoop = false;
  shard.on('spawn', (child: ChildProcess | Worker) => {
    // The manager's spawn loop may start the next shard after stop() began; it goes straight away.
    if (isStopping()) shard.kill();
    else log.info({ pid: describeProcess(child).pid }, 'shard process started');
    if ('pid' in child) options.onSpawn?.(shard.id, child);
  });
  // While stopping, every shard disconnects on purpose; only its exit is worth a line then.
  const lifecycle = [
    ['ready', 'info', 'shard ready'],
    ['disconnect', 'warn', 'shard disconnected from the gateway'],
    ['reconnecting', 'info', 'shard reconnecting'],
    ['resume', 'info', 'shard resumed'],
  ] as const;
  for (const [event, level, message] of lifecycle) {
    shard.on(event, () => {
      if (!isStopping()) log[level](message);
    });
  }
  // Without a listener, an 'error' (e.g. a respawned shard not ready in time) would crash the manager.
  shard.on('error', (error: Error) => log.error({ err: error }, 'shard error'));
  shard.on('death', (child: ChildProcess | Worker) => {
    if (isStopping()) return;
    log.warn(describeProcess(child), 'shard process died; respawning');
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && deaths[0]! < now - crashLoop.windowMs) deaths.shift();
    if (deaths.length >= crashLoop.deaths && !reportedCrashLoop) {
      reportedCrashLoop = true;
      log.fatal({ deaths: deaths.length, windowMs: crashLoop.windowMs }, 'shard is crash-looping');
      options.onCrashLoop?.(shard.id);
    }
  });
}

/**
 * discord.js's ShardingManager, one process per shard, respawning any that dies. Returns at once,
 * so a stop (SIGTERM during start-up) is possible before `ready`.
 */
export function startShards(options: ShardManagerOptions): RunningShards {
  const manager = new ShardingManager(options.file, {
    totalShards: options.totalShards,
    token: options.token,
    execArgv: [...options.execArgv],
    respawn: true,
    mode: 'process',
    silent: options.silent ?? false,
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    // Shard#env is the environment its process is forked with, kept for respawns.
    if (options.shardEnv) Object.assign(shard.env as NodeJS.ProcessEnv, options.shardEnv);
    logShardEvents(shard, options, () => stopping);
  });

  async function stop(graceMs = 10_000): Promise<void> {
    stopping = true;
    manager.respawn = false;
    const exits: Array<Promise<unknown>> = [];
    for (const shard of manager.shards.values()) {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      const exited = once(child, 'exit');
      shard.kill();
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      exits.push(exited.finally(() => clearTimeout(killer)));
    }
    await Promise.all(exits);
    options.logger.info({ shards: manager.shards.size }, 'every shard stopped');
  }

  options.logger.info(
    { totalShards: options.totalShards, spawnDelayMs: options.spawnDelayMs },
    'starting shard processes',
  );
  const ready = manager
    .spawn({ amount: options.totalShards, delay: options.spawnDelayMs, timeout: options.readyTimeoutMs ?? 30_000 })
    .then(
      () => undefined,
      async (error: unknown) => {
        await stop();
        throw error;
      },
    );
  return { manager, ready, stop };
}
