import { pino, type Logger } from 'pino';

/**
 * The shard this process runs, when discord.js's ShardingManager spawned it: the manager sets
 * SHARDING_MANAGER and SHARDS (the shard id) in each child's environment.
 */
function shardOfThisProcess(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.SHARDING_MANAGER || !/^\d+$/.test(env.SHARDS ?? '')) return undefined;
  return Number(env.SHARDS);
}

/**
 * Structured JSON logs (pino). Paths that could carry a secret are redacted as a second line of
 * defence: the code never passes the bot token or an interaction token to the logger.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const shard = shardOfThisProcess(process.env);
  return pino(
    {
      level,
      base: { app: 'oped-bot', ...(shard !== undefined ? { shard } : {}) },
      redact: {
        paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
export type { Logger };
