import {
  AuditLogEvent,
  ChannelType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  MessageReferenceType,
  MessageType,
  PermissionFlagsBits,
} from 'discord.js';
import type { APIAuditLogEntry, APIMessage, RESTGetAPIChannelMessagesPinsResult } from 'discord.js';
import { decodeAuditLogReason } from './call-recorder.ts';
import { botAccess, botHas, checkThreadWrite, requirePermissions, requireView } from './channel-access.ts';
import type { BotAccess } from './channel-access.ts';
import type { MessageStore, PinEntry } from './message-store.ts';
import {
  RestError,
  cannotExecuteOnSystemMessage,
  invalidFormBody,
  maximumPinsReached,
  unknownMessage,
} from './rest-errors.ts';
import type { RouteContext, RouteResult, Router } from './rest-router.ts';
import { noContent, ok } from './rest-router.ts';
import type { RestState } from './rest-routes.ts';
import { param } from './rest-routes.ts';
import type { WorldChannel } from './world.ts';

/** How many pins a channel holds (Discord raised it from 50 to 250 in 2025). */
export const PIN_LIMIT = 250;
/** GET …/messages/pins pages hold 1–50 pins, 50 by default. */
const PIN_PAGE_MAX = 50;

/** An audit-log entry the stand-in wrote, with the guild it belongs to. */
export type AuditLogRecord = APIAuditLogEntry & { guild_id: string };

/** Message types a user can pin; every other type is a system message (50021). */
const PINNABLE_TYPES: ReadonlySet<MessageType> = new Set([
  MessageType.Default,
  MessageType.Reply,
  MessageType.ChatInputCommand,
  MessageType.ContextMenuCommand,
]);

function pinsQuery(context: RouteContext): { limit: number; beforeMs: number | undefined } {
  const errors: Array<{ path: string[]; code: string; message: string }> = [];
  let limit = PIN_PAGE_MAX;
  const rawLimit = context.query.limit;
  if (rawLimit !== undefined) {
    limit = Number(rawLimit);
    if (!/^-?\d+$/.test(rawLimit)) {
      errors.push({ path: ['limit'], code: 'NUMBER_TYPE_COERCE', message: `Value "${rawLimit}" is not int.` });
    } else if (limit < 1) {
      errors.push({
        path: ['limit'],
        code: 'NUMBER_TYPE_MIN',
        message: 'int value should be greater than or equal to 1.',
      });
    } else if (limit > PIN_PAGE_MAX) {
      errors.push({
        path: ['limit'],
        code: 'NUMBER_TYPE_MAX',
        message: `int value should be less than or equal to ${PIN_PAGE_MAX}.`,
      });
    }
  }
  let beforeMs: number | undefined;
  const rawBefore = context.query.before;
  if (rawBefore !== undefined) {
    beforeMs = Date.parse(rawBefore);
    if (Number.isNaN(beforeMs)) {
      errors.push({
        path: ['before'],
        code: 'DATE_TYPE_PARSE',
        message: `Could not parse ${rawBefore}. Should be ISO8601.`,
      });
    }
  }
  if (errors.length > 0) throw new RestError(400, invalidFormBody(errors));
  return { limit, beforeMs };
}

/** VIEW_CHANNEL is required; without READ_MESSAGE_HISTORY Discord answers with no pins rather than an error. */
function readablePins(state: RestState, channelId: string): PinEntry[] {
  const access = botAccess(state.world, channelId);
  requireView(access);
  if (!botHas(access, PermissionFlagsBits.ReadMessageHistory)) return [];
  return state.messages.pins(channelId);
}

function getPins(state: RestState, context: RouteContext): RESTGetAPIChannelMessagesPinsResult {
  const channelId = param(context, 'channelId');
  const pins = readablePins(state, channelId);
  const { limit, beforeMs } = pinsQuery(context);
  const eligible = beforeMs === undefined ? pins : pins.filter((pin) => pin.pinnedAtMs < beforeMs);
  const page = eligible.slice(0, limit);
  return {
    items: page.map((pin) => ({ pinned_at: pin.pinnedAt, message: pin.message })),
    has_more: eligible.length > page.length,
  };
}

/** The deprecated GET /channels/{id}/pins: a bare array of the 50 most recently pinned messages. */
function getLegacyPins(state: RestState, context: RouteContext): APIMessage[] {
  return readablePins(state, param(context, 'channelId'))
    .slice(0, PIN_PAGE_MAX)
    .map((pin) => pin.message);
}

/** Channel, VIEW_CHANNEL, PIN_MESSAGES (MANAGE_MESSAGES no longer counts since 2026-01-12), message, thread state. */
function pinTarget(state: RestState, context: RouteContext): { access: BotAccess; message: APIMessage } {
  const channelId = param(context, 'channelId');
  const access = botAccess(state.world, channelId);
  requireView(access);
  requirePermissions(access, PermissionFlagsBits.PinMessages);
  const message = state.messages.get(channelId, param(context, 'messageId'));
  if (!message) throw unknownMessage();
  if (!PINNABLE_TYPES.has(message.type)) throw cannotExecuteOnSystemMessage();
  checkThreadWrite(state, access, 'modify');
  return { access, message };
}

/** Keeps the channel object's `last_pin_timestamp` (GET /channels/{id}, GUILD_CREATE) in step with its pins. */
export function refreshLastPinTimestamp(messages: MessageStore, channel: WorldChannel): string | null {
  const latest = messages.pins(channel.id)[0]?.pinnedAt ?? null;
  if (
    channel.type === ChannelType.GuildText ||
    channel.type === ChannelType.PublicThread ||
    channel.type === ChannelType.DM
  ) {
    channel.last_pin_timestamp = latest;
  }
  return latest;
}

function announcePins(state: RestState, access: BotAccess, channelId: string): void {
  const last = refreshLastPinTimestamp(state.messages, access.channel);
  const guildId = access.guild?.id;
  state.dispatch(
    guildId,
    GatewayDispatchEvents.ChannelPinsUpdate,
    { ...(guildId ? { guild_id: guildId } : {}), channel_id: channelId, last_pin_timestamp: last },
    guildId ? GatewayIntentBits.Guilds : GatewayIntentBits.DirectMessages,
  );
}

function audit(
  state: RestState,
  access: BotAccess,
  type: AuditLogEvent.MessagePin | AuditLogEvent.MessageUnpin,
  message: APIMessage,
  context: RouteContext,
): void {
  if (!access.guild) return;
  const reason = decodeAuditLogReason(context.headers['x-audit-log-reason']);
  state.auditLog.push({
    id: state.world.snowflakes.next(),
    guild_id: access.guild.id,
    action_type: type,
    user_id: state.world.botUser.id,
    target_id: message.author.id,
    options: { channel_id: message.channel_id, message_id: message.id },
    ...(reason !== undefined ? { reason } : {}),
  });
}

function pinMessage(state: RestState, context: RouteContext): RouteResult {
  const { access, message } = pinTarget(state, context);
  const channelId = message.channel_id;
  // Pinning what is already pinned changes nothing and is not an error, even at the limit.
  if (message.pinned) return noContent();
  if (state.messages.pinCount(channelId) >= PIN_LIMIT) throw maximumPinsReached(PIN_LIMIT);
  state.messages.pin(channelId, message.id);
  announcePins(state, access, channelId);
  audit(state, access, AuditLogEvent.MessagePin, message, context);
  // Discord posts "<user> pinned a message to this channel." as a system message pointing at the pin.
  const guildId = access.guild?.id;
  state.messages.create(
    {
      channelId,
      author: state.world.botUser,
      type: MessageType.ChannelPinnedMessage,
      ...(guildId ? { guildId } : {}),
      reference: {
        type: MessageReferenceType.Default,
        channel_id: channelId,
        message_id: message.id,
        ...(guildId ? { guild_id: guildId } : {}),
      },
    },
    {},
  );
  return noContent();
}

function unpinMessage(state: RestState, context: RouteContext): RouteResult {
  const { access, message } = pinTarget(state, context);
  // Unpinning a message that is not pinned is a 204 that changes nothing.
  if (!state.messages.unpin(message.channel_id, message.id)) return noContent();
  announcePins(state, access, message.channel_id);
  audit(state, access, AuditLogEvent.MessageUnpin, message, context);
  return noContent();
}

export function addPinRoutes(router: Router, state: RestState): void {
  router
    .add('GET', '/channels/:channelId/messages/pins', (context) => ok(getPins(state, context)))
    .add('PUT', '/channels/:channelId/messages/pins/:messageId', (context) => pinMessage(state, context))
    .add('DELETE', '/channels/:channelId/messages/pins/:messageId', (context) => unpinMessage(state, context))
    // The deprecated routes, answered the same way.
    .add('GET', '/channels/:channelId/pins', (context) => ok(getLegacyPins(state, context)))
    .add('PUT', '/channels/:channelId/pins/:messageId', (context) => pinMessage(state, context))
    .add('DELETE', '/channels/:channelId/pins/:messageId', (context) => unpinMessage(state, context));
}
