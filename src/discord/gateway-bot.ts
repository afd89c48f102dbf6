import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { gatewayMakeCache, gatewaySweepers } from './gateway-cache.ts';
import { callbackWindowClosed } from './interaction-window.ts';
import type { CommandModule } from './command-module.ts';
import { createRouter } from './router.ts';

/**
 * How long a stopping bot waits for interactions in flight (deferred replies included). Below the
 * shard manager's 10 s before it kills a shard, and well inside the 15 minutes an interaction
 * token lives.
 */
export const GATEWAY_DRAIN_MS = 8_000;

export interface GatewayBot {
  client: Client;
  /**
   * Stops taking new interactions, lets the ones in flight finish (up to `drainMs`), then
   * disconnects. Resolves once the client is destroyed.
   */
  stop(drainMs?: number): Promise<void>;
}

/**
 * The bot on Discord's gateway: the Guilds intent only (slash commands need no message content),
 * caches bounded (`gateway-cache.ts`), every interaction routed to the command modules. Resolves once the client is ready.
 */
export async function startGatewayBot(
  config: Config & { DISCORD_TOKEN: string },
  logger: Logger,
  commands: readonly CommandModule[],
): Promise<GatewayBot> {
  const started = performance.now();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    makeCache: gatewayMakeCache,
    sweepers: gatewaySweepers,
    rest: {
      ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
      rejectOnRateLimit: (limit) => callbackWindowClosed(limit),
    },
  });
  const route = createRouter(commands, logger);
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;
  client.on(Events.InteractionCreate, (interaction) => {
    // While stopping, a new interaction is left to Discord's "did not respond" rather than half-done.
    if (!accepting) return;
    const routed = route(interaction);
    inFlight.add(routed);
    void routed.finally(() => inFlight.delete(routed));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (_event, shardId) => logger.warn({ shardId }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway resumed'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.DISCORD_TOKEN);
  await ready;
  logger.info(
    {
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      readyMs: Math.round(performance.now() - started),
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    },
    'ready',
  );
  return {
    client,
    async stop(drainMs = GATEWAY_DRAIN_MS) {
      accepting = false;
      if (inFlight.size > 0) {
        logger.info({ inFlight: inFlight.size, drainMs }, 'finishing interactions in flight');
        let timer: NodeJS.Timeout | undefined;
        const gaveUp = new Promise<'gave up'>((resolve) => (timer = setTimeout(() => resolve('gave up'), drainMs)));
        const result = await Promise.race([Promise.allSettled([...inFlight]), gaveUp]);
        clearTimeout(timer);
        if (result === 'gave up')
          logger.warn({ inFlight: inFlight.size }, 'drain time over: interactions left unfinished');
      }
      await client.destroy();
    },
  };
}
