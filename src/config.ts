import { z } from 'zod';
import { botTokenProblem, GET_A_TOKEN } from './bot-token.ts';

/** What each setting is for and how to fix it, shown when it is missing or malformed. */
const HOW_TO_FIX: Record<string, string> = {
  DISCORD_TOKEN: GET_A_TOKEN,
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

/** The token's own checks say what to do, so its issues are complete messages (see readConfig). */
const botToken = z.string().superRefine((token, context) => {
  const problem = botTokenProblem(token);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
});

/**
 * Unset, empty and blank values all mean "not set", and surrounding spaces are dropped: a stray
 * space in a dashboard's value field should not turn `http` into an error. The token is the
 * exception (see `tokenOrUnset`).
 */
const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() || undefined : v);

/** The token is not trimmed but told off (botTokenProblem): @discordjs/rest sends it exactly as given. */
const tokenOrUnset = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Enumerated settings are read in any case: MODE=HTTP means http. */
const lowered = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(lowered, z.enum(values, { error: 'has an unknown value' }));
}

export const configSchema = z.object({
  DISCORD_TOKEN: z.preprocess(tokenOrUnset, botToken.optional()),
  DISCORD_CLIENT_ID: z.preprocess(trimmed, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(trimmed, snowflake.optional()),
  LOG_LEVEL: z.preprocess(
    trimmed,
    oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  ASK_COOLDOWN_SECONDS: z.preprocess(trimmed, z.coerce.number().int().min(0).max(3600).default(5)),
  DISCORD_API_URL: z.preprocess(trimmed, z.url({ protocol: /^https?$/ }).optional()),
  /** Unset: one shard in this process. `auto` or a number: discord.js's ShardingManager, one process per shard. */
  SHARD_COUNT: z.preprocess(
    (v) => lowered(trimmed(v)),
    z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], { error: 'must be auto or a whole number' })
      .optional(),
  ),
  MODE: z.preprocess(trimmed, oneOf(['gateway', 'http']).default('gateway')),
  DISCORD_PUBLIC_KEY: z.preprocess(
    trimmed,
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be the 32-byte Ed25519 public key as 64 hex characters')
      .optional(),
  ),
  HTTP_PORT: z.preprocess(trimmed, z.coerce.number().int().min(0).max(65_535).default(8080)),
  HTTP_DRAIN_SECONDS: z.preprocess(trimmed, z.coerce.number().int().min(0).max(300).default(0)),
  HTTP_HOST: z.preprocess(trimmed, z.string().min(1).default('0.0.0.0')),
  /** Set: cooldowns, summary locks and seen interaction ids live in Redis, shared by every process using it. */
  REDIS_URL: z.preprocess(
    trimmed,
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
    const problem = issue.message.replace(/^Invalid input: /, '');
    // A custom issue (the token's) already says what to do.
    const fix = issue.code === 'custom' ? '' : `: ${HOW_TO_FIX[key] ?? 'see .env.example'}`;
    throw new ConfigError(`${key} ${problem}${fix}.`);
  }
  for (const key of require) {
    if (parsed.data[key] === undefined)
      throw new ConfigError(`${key} is missing: ${HOW_TO_FIX[key] ?? 'see .env.example'}.`);
  }
  crossCheck(parsed.data);
  return parsed.data;
}
