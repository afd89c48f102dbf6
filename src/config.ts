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
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
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
  return parsed.data;
}
