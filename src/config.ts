import { z } from 'zod';

/** What each setting is for and how to fix it, shown when it is missing or malformed. */
const HOW_TO_FIX: Record<string, string> = {
  DISCORD_TOKEN:
    'copy the bot token from https://discord.com/developers/applications → your app → Bot → Reset Token, and set DISCORD_TOKEN in .env (or leave it unset to use the local shell)',
  DISCORD_CLIENT_ID: 'copy the Application ID from the developer portal (General Information) into DISCORD_CLIENT_ID',
  DISCORD_GUILD_ID:
    'right-click your server with Developer Mode on → Copy Server ID, or leave DISCORD_GUILD_ID unset to register globally',
  LOG_LEVEL: 'use one of fatal, error, warn, info, debug, trace, silent',
  ASK_COOLDOWN_SECONDS: 'use a whole number of seconds from 0 to 3600',
  DISCORD_API_URL: 'leave DISCORD_API_URL unset unless you run a Discord API stand-in; it must be an http(s) URL',
  SHARD_COUNT:
    "use auto (Discord's recommended count) or a whole number of shards from 1 to 1000, or leave SHARD_COUNT unset to run one shard in this process",
  MODE: 'use gateway (default: the bot connects to Discord) or http (Discord posts interactions to this server)',
  DISCORD_PUBLIC_KEY:
    'copy the Public Key from https://discord.com/developers/applications → your app → General Information (64 hex characters) into DISCORD_PUBLIC_KEY',
  HTTP_PORT: 'use a TCP port from 0 to 65535 (default 8080)',
  HTTP_DRAIN_SECONDS:
    'use a whole number of seconds from 0 to 300 (default 0): how long /health reports 503 before the endpoint stops accepting requests',
  HTTP_HOST: 'use the address to listen on, e.g. 0.0.0.0 (every interface, the default) or 127.0.0.1',
  REDIS_URL:
    "use a redis:// or rediss:// URL such as redis://127.0.0.1:6379 (with a password: redis://:PASSWORD@host:6379), or leave REDIS_URL unset to keep cooldowns and locks in this process's memory",
};

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id: 17 to 20 digits');

/**
 * A bot token is three base64url parts; the first is the bot's user id in base64. Checking the
 * shape stops a pasted client secret or a quoted value before any connection is tried.
 */
const botToken = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{25,}$/,
    'is not shaped like a bot token (three dot-separated parts)',
  )
  .refine((token) => /^\d{17,20}$/.test(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')), {
    message: "is not shaped like a bot token (its first part is not a bot's user id)",
  });

const empty = (v: unknown): unknown => (v === '' ? undefined : v);

export const configSchema = z.object({
  DISCORD_TOKEN: z.preprocess(empty, botToken.optional()),
  DISCORD_CLIENT_ID: z.preprocess(empty, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(empty, snowflake.optional()),
  LOG_LEVEL: z.preprocess(
    empty,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  ASK_COOLDOWN_SECONDS: z.preprocess(empty, z.coerce.number().int().min(0).max(3600).default(5)),
  DISCORD_API_URL: z.preprocess(empty, z.url({ protocol: /^https?$/ }).optional()),
  /** Unset: one shard in this process. `auto` or a number: discord.js's ShardingManager, one process per shard. */
  SHARD_COUNT: z.preprocess(
    empty,
    z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], { error: 'must be auto or a whole number' })
      .optional(),
  ),
  MODE: z.preprocess(empty, z.enum(['gateway', 'http']).default('gateway')),
  DISCORD_PUBLIC_KEY: z.preprocess(
    empty,
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be the 32-byte Ed25519 public key as 64 hex characters')
      .optional(),
  ),
  HTTP_PORT: z.preprocess(empty, z.coerce.number().int().min(0).max(65_535).default(8080)),
  HTTP_DRAIN_SECONDS: z.preprocess(empty, z.coerce.number().int().min(0).max(300).default(0)),
  HTTP_HOST: z.preprocess(empty, z.string().min(1).default('0.0.0.0')),
  /** Set: cooldowns, summary locks and seen interaction ids live in Redis, shared by every process using it. */
  REDIS_URL: z.preprocess(
    empty,
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  ),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Settings that only make sense together, checked after each one is valid on its own. */
function crossCheck(config: Config): void {
  if (config.MODE !== 'http') return;
  if (config.DISCORD_PUBLIC_KEY === undefined)
    throw new ConfigError(`DISCORD_PUBLIC_KEY is missing, and MODE=http needs it: ${HOW_TO_FIX.DISCORD_PUBLIC_KEY}.`);
  // discord.js's Client also reads SHARD_COUNT from the environment, and the HTTP endpoint has no shards.
  if (config.SHARD_COUNT !== undefined)
    throw new ConfigError(
      'SHARD_COUNT applies to the gateway only: the HTTP endpoint scales by running more copies behind a load balancer, so unset SHARD_COUNT with MODE=http.',
    );
}

/** Reads settings from the environment; the error names the setting and how to fix it, never its value. */
export function readConfig(env: NodeJS.ProcessEnv, require: ReadonlyArray<keyof Config> = []): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]);
    throw new ConfigError(
      `${key} ${issue.message.replace(/^Invalid input: /, '')}: ${HOW_TO_FIX[key] ?? 'see .env.example'}.`,
    );
  }
  for (const key of require) {
    if (parsed.data[key] === undefined)
      throw new ConfigError(`${key} is missing: ${HOW_TO_FIX[key] ?? 'see .env.example'}.`);
  }
  crossCheck(parsed.data);
  return parsed.data;
}
