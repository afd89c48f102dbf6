import { Client, GatewayIntentBits } from 'discord.js';
import { gatewayMakeCache } from '../src/discord/gateway-cache.ts';

/**
 * Bundled by test/bundle.test.ts as `npm start`'s bundle is: the gateway client's caches as the
 * bundled discord.js makes them, whose limits it finds by the managers' class names.
 */
export function bundledCaches(): { users: unknown; guilds: unknown } {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], makeCache: gatewayMakeCache });
  return { users: client.users.cache, guilds: client.guilds.cache };
}
