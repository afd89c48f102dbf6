import { ChannelType, GatewayDispatchEvents, GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import {
  cannotReplyWithoutHistory,
  cannotSendInNonTextChannel,
  missingAccess,
  missingPermissions,
  threadArchived,
  threadLocked,
  unknownChannel,
} from './rest-errors.ts';
import type { RestState } from './rest-routes.ts';
import type { GuildFixture, PublicThreadChannel, World, WorldChannel } from './world.ts';

/**
 * How Discord decides what the bot may do in a channel over REST. Guild channels use the bot's computed
 * permissions (roles, then overwrites, threads through their parent); DMs have no permission checks.
 */
export interface BotAccess {
  channel: WorldChannel;
  guild?: GuildFixture;
  /** The bot's computed permissions; undefined in a DM. */
  permissions?: bigint;
}

export function channelOr404(world: World, channelId: string): { channel: WorldChannel; guild?: GuildFixture } {
  const found = world.findChannel(channelId);
  if (!found) throw unknownChannel();
  return found;
}

export function botAccess(world: World, channelId: string): BotAccess {
  const { channel, guild } = channelOr404(world, channelId);
  if (!guild) return { channel };
  return { channel, guild, permissions: world.botPermissionBits(guild, channelId) };
}

export function botHas(access: BotAccess, bits: bigint): boolean {
  return access.permissions === undefined || (access.permissions & bits) === bits;
}

/** 403 Missing Access (50001) when the bot cannot see the channel at all. */
export function requireView(access: BotAccess): void {
  if (!botHas(access, PermissionFlagsBits.ViewChannel)) throw missingAccess();
}

/** 403 Missing Permissions (50013) when any of `bits` is missing. */
export function requirePermissions(access: BotAccess, bits: bigint): void {
  if (!botHas(access, bits)) throw missingPermissions();
}

export function isThread(channel: WorldChannel): channel is PublicThreadChannel {
  return channel.type === ChannelType.PublicThread;
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/**
 * The checks Discord makes before the bot posts (or starts typing) in a channel: VIEW_CHANNEL (50001),
 * then SEND_MESSAGES — SEND_MESSAGES_IN_THREADS in a thread, where SEND_MESSAGES has no effect — then
 * EMBED_LINKS for embeds and READ_MESSAGE_HISTORY for replies.
 */
export function assertCanPost(access: BotAccess, body: Record<string, unknown> = {}): void {
  if (access.channel.type === ChannelType.GuildCategory) throw cannotSendInNonTextChannel();
  requireView(access);
  requirePermissions(
    access,
    isThread(access.channel) ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages,
  );
  if (hasItems(body.embeds)) requirePermissions(access, PermissionFlagsBits.EmbedLinks);
  if (typeof body.message_reference === 'object' && body.message_reference !== null) {
    if (!botHas(access, PermissionFlagsBits.ReadMessageHistory)) throw cannotReplyWithoutHistory();
  }
}

/**
 * What writing into a thread needs, per Discord's thread docs:
 * - `send`: a new message unarchives an archived thread, unless the thread is locked and the bot lacks
 *   MANAGE_THREADS (then 50083 if archived, 160005 if active).
 * - `respond`: an interaction response or follow-up; only an archived *and* locked thread refuses it (50083).
 * - `modify`: editing or (un)pinning never unarchives: 50083 if archived, 160005 if locked without MANAGE_THREADS.
 * - `respond-edit`: editing an interaction response: 50083 if archived.
 */
export type ThreadWrite = 'send' | 'respond' | 'modify' | 'respond-edit';

export function checkThreadWrite(state: RestState, access: BotAccess, write: ThreadWrite): void {
  const thread = access.channel;
  if (!isThread(thread)) return;
  const { archived, locked } = thread.thread_metadata;
  const moderator = botHas(access, PermissionFlagsBits.ManageThreads);
  switch (write) {
    case 'send':
      if (locked && !moderator) throw archived ? threadArchived() : threadLocked();
      if (archived) unarchive(state, thread);
      return;
    case 'respond':
      if (archived && locked && !moderator) throw threadArchived();
      if (archived) unarchive(state, thread);
      return;
    case 'modify':
      if (archived) throw threadArchived();
      if (locked && !moderator) throw threadLocked();
      return;
    case 'respond-edit':
      if (archived) throw threadArchived();
      return;
  }
}

/** Checks a thread for an interaction response in `channelId`; a no-op outside threads. */
export function checkInteractionThread(state: RestState, channelId: string | undefined, write: ThreadWrite): void {
  if (!channelId) return;
  const found = state.world.findChannel(channelId);
  if (!found || !isThread(found.channel)) return;
  checkThreadWrite(state, botAccess(state.world, channelId), write);
}

function unarchive(state: RestState, thread: PublicThreadChannel): void {
  state.world.updateThread(thread.id, { archived: false });
  state.dispatch(thread.guild_id, GatewayDispatchEvents.ThreadUpdate, thread, GatewayIntentBits.Guilds);
}
