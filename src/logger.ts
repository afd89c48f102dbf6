import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs (pino). Paths that could carry a secret are redacted as a second line of
 * defence: the code never passes the bot token or an interaction token to the logger.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'oped-bot', ...(process.env.SHARD_ID ? { shard: Number(process.env.SHARD_ID) } : {}) },
      redact: {
        paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
export type { Logger };
