import type { Config } from '../config.ts';
import type { CommandModule } from '../discord/command-module.ts';
import type { Logger } from '../logger.ts';
import type { SharedState } from '../shared-state/shared-state.ts';
import { INTERACTIONS_PATH } from './interactions-endpoint.ts';
import { startInteractionsEndpoint } from './endpoint-server.ts';

/** MODE=http: serves Discord's interactions until SIGTERM or SIGINT, then drains and exits 0. */
export async function runInteractionsEndpoint(
  config: Config & { DISCORD_PUBLIC_KEY: string },
  logger: Logger,
  state: SharedState,
  commands: readonly CommandModule[],
): Promise<void> {
  const started = performance.now();
  const endpoint = await startInteractionsEndpoint({
    commands,
    publicKeyHex: config.DISCORD_PUBLIC_KEY,
    host: config.HTTP_HOST,
    port: config.HTTP_PORT,
    logger,
    state,
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    ...(config.DISCORD_TOKEN ? { token: config.DISCORD_TOKEN } : {}),
  });
  logger.info(
    {
      url: `${endpoint.url}${INTERACTIONS_PATH}`,
      readyMs: Math.round(performance.now() - started),
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    },
    'ready',
  );
  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    void endpoint
      .close(5_000, config.HTTP_DRAIN_SECONDS * 1000)
      .then(() => state.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
