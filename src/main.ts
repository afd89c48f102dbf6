import { config as loadDotenv } from 'dotenv';
import { ConfigError, readConfig, type Config } from './config.ts';
import { createCore } from './core.ts';
import { DataError } from './article/data-error.ts';
import { deployCommands } from './deploy-commands.ts';
import { DiscordStartError, reachingDiscord } from './discord-start-error.ts';
import { setBotContext } from './discord/bot-context.ts';
import { interactionActivity } from './discord/interaction-activity.ts';
import { startGatewayBot } from './discord/gateway-bot.ts';
import { runInteractionsEndpoint } from './http/run-endpoint.ts';
import { createLogger, type Logger } from './logger.ts';
import { runShell } from './shell.ts';
import { runShardManager } from './sharding/run-shards.ts';
import { openSharedState } from './shared-state/redis-state.ts';
import type { SharedState } from './shared-state/shared-state.ts';
import { warmUpInBackground } from './warm-up.ts';
// The composition root: the one place in src/ that knows the command modules, handed to every
// runtime and to deploy-commands.
import { commands } from '../commands/index.ts';

/** How long after the last interaction the warm-up (`src/warm-up.ts`) asks a question of its own. */
const QUIET_BEFORE_WARM_UP_MS = 250;

/** `--mode=http` on the command line (npm run serve) wins over MODE in the environment. */
function settingsFrom(env: NodeJS.ProcessEnv, argv: readonly string[]): NodeJS.ProcessEnv {
  const mode = argv.find((arg) => arg.startsWith('--mode='))?.slice('--mode='.length);
  return mode === undefined ? env : { ...env, MODE: mode };
}

/** .env (or DOTENV_CONFIG_PATH, which tests point at nothing) fills in what the environment does not set. */
function loadSettingsFile(): void {
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
}

/** One gateway connection in this process: unsharded, or one shard spawned by the ShardingManager. */
async function runGateway(
  config: Config & { DISCORD_TOKEN: string },
  logger: Logger,
  state: SharedState,
): Promise<void> {
  const bot = await reachingDiscord(config.DISCORD_API_URL, startGatewayBot(config, logger, commands));
  let stopping: Promise<void> | undefined;
  // Interactions in flight, deferred ones included, are finished before the process exits 0.
  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    stopping ??= bot
      .stop()
      .then(() => state.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // A shard whose manager has gone (its IPC channel closed) would otherwise run on unsupervised.
  if (bot.client.shard) process.once('disconnect', () => shutdown('manager gone'));
}

/**
 * npm start: the Discord bot when DISCORD_TOKEN is set (sharded when SHARD_COUNT is), otherwise
 * the local shell. MODE=http (npm run serve): the HTTP interactions endpoint instead of the gateway.
 */
async function main(): Promise<void> {
  loadSettingsFile();
  const config = readConfig(settingsFrom(process.env, process.argv.slice(2)));
  // discord.js's ShardingManager marks the processes it spawns; SHARD_COUNT is then its own.
  const isShardProcess = Boolean(process.env.SHARDING_MANAGER);
  const token = config.DISCORD_TOKEN;
  if (config.MODE === 'gateway' && config.SHARD_COUNT !== undefined && !isShardProcess) {
    if (token === undefined) throw new ConfigError('DISCORD_TOKEN is missing, and SHARD_COUNT needs it: set both.');
    // The manager only supervises processes: no article, no Discord client.
    await reachingDiscord(
      config.DISCORD_API_URL,
      runShardManager({ ...config, DISCORD_TOKEN: token, SHARD_COUNT: config.SHARD_COUNT }, startLogging(config)),
    );
    return;
  }
  const core = createCore();
  // Building the core leaves megabytes of garbage (parsed data, index scaffolding) that would
  // otherwise sit in the heap, and in RSS, until the bot has been busy for a while: one full
  // collection now, where npm start exposes it.
  (globalThis as { gc?: () => void }).gc?.();
  if (config.MODE !== 'http' && token === undefined) {
    await runShell(core);
    return;
  }
  const logger = startLogging(config);
  const state = await openSharedState(config.REDIS_URL, logger);
  setBotContext(core, config.ASK_COOLDOWN_SECONDS, state);
  if (config.MODE === 'http') {
    // readConfig has checked that MODE=http comes with a public key. Start-up makes no call to
    // Discord here (only interactions do), so a network error is not Discord's: no reachingDiscord.
    await runInteractionsEndpoint(
      { ...config, DISCORD_PUBLIC_KEY: config.DISCORD_PUBLIC_KEY! },
      logger,
      state,
      commands,
    );
  } else {
    await runGateway({ ...config, DISCORD_TOKEN: token! }, logger, state);
  }
  // Ready: the search warms up between members' questions, a quarter of a second after the last.
  const isQuiet = (): boolean => interactionActivity.quietForMs() >= QUIET_BEFORE_WARM_UP_MS;
  void warmUpInBackground(core, { isQuiet }).done.then(({ failed, ...report }) =>
    failed === undefined
      ? logger.info(report, 'search warmed up')
      : logger.warn({ ...report, err: failed }, 'search warm-up stopped by an error'),
  );
}

/** The process logger; an unhandled rejection is logged rather than lost. */
function startLogging(config: Config): Logger {
  const log = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
  return log;
}

/** `npm run deploy-commands` is this entry point with `deploy-commands`: the same command list as the runtimes. */
async function deploy(): Promise<void> {
  loadSettingsFile();
  await deployCommands(commands, process.env);
}

if (process.argv[2] === 'deploy-commands') {
  deploy().catch((error: unknown) => {
    // One line, no stack: every failure here is a setting, the network or Discord's answer.
    process.stderr.write(`deploy-commands failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
} else {
  main().catch(startFailed);
}

function startFailed(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DataError || error instanceof DiscordStartError) {
    process.stderr.write(`oped-bot cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(
      `oped-bot failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
}
