import { config as loadDotenv } from 'dotenv';
import { ConfigError, readConfig } from './config.ts';
import { createCore } from './core.ts';
import { DataError } from './article/data-error.ts';
import { setBotContext } from './discord/bot-context.ts';
import { startGatewayBot } from './discord/gateway-bot.ts';
import { createLogger } from './logger.ts';
import { runShell } from './shell.ts';

/** npm start: the Discord bot when DISCORD_TOKEN is set, otherwise the local shell. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = readConfig(process.env);
  const core = createCore();
  const token = config.DISCORD_TOKEN;
  if (token === undefined) {
    await runShell(core);
    return;
  }
  const logger = createLogger(config.LOG_LEVEL);
  setBotContext(core, config.ASK_COOLDOWN_SECONDS);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  const client = await startGatewayBot({ ...config, DISCORD_TOKEN: token }, logger);
  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataError) {
    process.stderr.write(`oped-bot cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(
      `oped-bot failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
