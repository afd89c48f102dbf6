import { Client, Events, GatewayIntentBits } from 'discord.js';
import { commands } from '../../commands/index.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { gatewayMakeCache, gatewaySweepers } from './gateway-cache.ts';
import { createRouter } from './router.ts';

/**
 * The bot on Discord's gateway: the Guilds intent only (slash commands need no message content),
 * caches bounded (`gateway-cache.ts`), every interaction routed to the command modules. Resolves once the client is ready.
 */
export async function startGatewayBot(config: Config & { DISCORD_TOKEN: string }, logger: Logger): Promise<Client> {
  const started = performance.now();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    makeCache: gatewayMakeCache,
    sweepers: gatewaySweepers,
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
  const route = createRouter(commands, logger);
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
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
  return client;
}
