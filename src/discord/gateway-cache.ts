import { Options } from 'discord.js';
import type { CacheFactory, Client, SweeperOptions } from 'discord.js';

/**
 * What the gateway client keeps. The bot reads the guilds, their channels and roles (thread state and the
 * permission checks), and its own member and user; everything it needs about the person asking comes in the
 * interaction payload (`memberPermissions`, `appPermissions`), and messages it touches go through REST. So
 * members, users and messages are not cached at all, except the bot's own, and nothing grows with the number
 * of people who use it. discord.js's defaults keep every member and user ever seen, and 200 messages a channel.
 */
const isBot = (client: Client, id: string): boolean => id === client.user?.id;

export const gatewayMakeCache: CacheFactory = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  GuildMessageManager: 0,
  DMMessageManager: 0,
  ReactionManager: 0,
  ThreadMemberManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: (user) => isBot(user.client, user.id) },
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => isBot(member.client, member.id) },
});

/**
 * Limits stop growth as entries arrive; the sweepers clear what discord.js adds around them (a user it sets
 * directly, a DM channel's recipient), hourly, sparing the bot's own user and member.
 */
export const gatewaySweepers: SweeperOptions = {
  ...Options.DefaultSweeperSettings,
  users: { interval: 3600, filter: () => (user) => !isBot(user.client, user.id) },
  guildMembers: { interval: 3600, filter: () => (member) => !isBot(member.client, member.id) },
  messages: { interval: 3600, lifetime: 1800 },
};
