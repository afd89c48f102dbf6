import { pino, stdSerializers, type Logger } from 'pino';

/** Interaction and webhook URLs carry a token that lets anyone answer as the bot for 15 minutes. */
const TOKEN_IN_URL = /(\/(?:interactions\/\d+|webhooks\/\d+))\/[^/?\s]+/g;

export function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_URL, '$1/[redacted]');
}

/**
 * Errors from discord.js's REST client carry the request URL (with the interaction token) and
 * the request body; keep what helps debugging and drop the rest.
 */
function serializeError(error: unknown): unknown {
  const serialized = stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    if (key === 'requestBody' || key === 'rawError') continue;
    safe[key] = typeof value === 'string' ? redactTokens(value) : value;
  }
  return safe;
}

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
      serializers: { err: serializeError },
      redact: {
        paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
export type { Logger };
