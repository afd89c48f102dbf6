import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { planShards } from './shard-plan.ts';
import { startShards } from './shard-manager.ts';

/**
 * SHARD_COUNT set: this process becomes discord.js's ShardingManager and runs each shard as a
 * child process of the same entry script with the same Node flags (so `npm start`'s bundle and
 * `tsx src/main.ts` both work). SIGTERM/SIGINT stop every shard, then this process exits 0.
 */
export async function runShardManager(
  config: Config & { DISCORD_TOKEN: string; SHARD_COUNT: number | 'auto' },
  logger: Logger,
): Promise<void> {
  const log = logger.child({ role: 'shard-manager' });
  // Until shards exist, a signal has nothing to stop: exit 0 at once (the default would be 143).
  const early = (signal: string): void => {
    log.info({ signal }, 'shutting down before any shard started');
    process.exit(0);
  };
  process.once('SIGINT', early);
  process.once('SIGTERM', early);
  const plan = await planShards(config.SHARD_COUNT, config.DISCORD_TOKEN, config.DISCORD_API_URL);
  process.off('SIGINT', early);
  process.off('SIGTERM', early);
  if (plan.totalShards < plan.recommendedShards) {
    log.warn(
      { totalShards: plan.totalShards, recommendedShards: plan.recommendedShards },
      'fewer shards than Discord recommends: Discord refuses a shard with too many servers (close code 4011)',
    );
  }
  let stopping: Promise<void> | undefined;
  const running = startShards({
    file: process.argv[1]!,
    execArgv: process.execArgv,
    token: config.DISCORD_TOKEN,
    totalShards: plan.totalShards,
    spawnDelayMs: plan.spawnDelayMs,
    logger: log,
    onCrashLoop: () => stopAndExit(1),
  });
  function stopAndExit(code: number): void {
    stopping ??= running.stop().finally(() => process.exit(code));
  }
  const shutdown = (signal: string): void => {
    log.info({ signal }, 'shutting down');
    stopAndExit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  try {
    await running.ready;
  } catch (error) {
    if (stopping) return; // a signal during start-up: stopAndExit finishes the job
    throw error;
  }
  log.info({ totalShards: plan.totalShards, maxConcurrency: plan.maxConcurrency }, 'every shard ready');
}
