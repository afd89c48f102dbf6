import { DiscordAPIError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import type { APIMessage } from 'discord-api-types/v10';
import type { SummaryPart } from '../article/summary-schema.ts';
import type { ModerationOutcome } from '../render/moderation-reply.ts';
import type { ReplyPayload } from '../render/payload.ts';
import { partOfMessage } from '../render/summary-reply.ts';

/** Where the moderator acts, and who they are, for the audit-log reason. */
export interface PinPlace {
  rest: REST;
  guildId: string;
  channelId: string;
  botUserId: string;
  moderator: { id: string; tag: string };
}

interface PinsPage {
  items: Array<{ pinned_at: string; message: APIMessage }>;
  has_more: boolean;
}

const PINS_PAGE_SIZE = 50;

function messageUrl(place: PinPlace, messageId: string): string {
  return `https://discord.com/channels/${place.guildId}/${place.channelId}/${messageId}`;
}

function auditReason(place: PinPlace, action: string): string {
  return `${action} by ${place.moderator.tag} (${place.moderator.id}) via oped-bot`;
}

function messageBody(reply: ReplyPayload): Record<string, unknown> {
  return { embeds: reply.embeds, components: reply.components, allowed_mentions: reply.allowed_mentions };
}

/** The bot's own pinned summary of a part in this channel, read from the pins (no database). */
export async function findPinnedSummary(place: PinPlace, partId: string): Promise<APIMessage | undefined> {
  let before: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: String(PINS_PAGE_SIZE), ...(before ? { before } : {}) });
    const page = (await place.rest.get(Routes.channelMessagesPins(place.channelId), { query })) as PinsPage;
    const mine = page.items.find((p) => p.message.author.id === place.botUserId && partOfMessage(p.message) === partId);
    if (mine) return mine.message;
    const last = page.items.at(-1);
    if (!page.has_more || !last) return undefined;
    before = last.pinned_at;
  }
}

function errorCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;
}

/** Pins a message; Discord's refusals become outcomes a moderator can act on, others rethrow. */
export async function pinMessage(place: PinPlace, messageId: string): Promise<ModerationOutcome> {
  try {
    await place.rest.put(Routes.channelMessagesPin(place.channelId, messageId), {
      reason: auditReason(place, 'Summary pinned'),
    });
    return { kind: 'posted', url: messageUrl(place, messageId), pinned: true };
  } catch (error) {
    switch (errorCode(error)) {
      case RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel:
        return { kind: 'pin-limit', url: messageUrl(place, messageId), messageId };
      case RESTJSONErrorCodes.UnknownMessage:
        return { kind: 'message-deleted' };
      case RESTJSONErrorCodes.MissingPermissions:
      case RESTJSONErrorCodes.MissingAccess:
        return { kind: 'discord-refused', channelId: place.channelId, code: errorCode(error)! };
      default:
        throw error;
    }
  }
}

/**
 * Posts a summary part, or edits the bot's already pinned copy of it so a channel never collects
 * duplicates; pins it when asked. Every Discord refusal becomes an outcome, never a half-done state
 * that goes unreported.
 */
export async function postSummary(
  place: PinPlace,
  part: SummaryPart,
  render: (state: { pinned: boolean }) => ReplyPayload,
  pin: boolean,
): Promise<ModerationOutcome> {
  try {
    const existing = await findPinnedSummary(place, part.id);
    if (existing) {
      await place.rest.patch(Routes.channelMessage(place.channelId, existing.id), {
        body: messageBody(render({ pinned: true })),
      });
      return { kind: 'updated', url: messageUrl(place, existing.id) };
    }
    const posted = (await place.rest.post(Routes.channelMessages(place.channelId), {
      body: messageBody(render({ pinned: pin })),
    })) as APIMessage;
    if (!pin) return { kind: 'posted', url: messageUrl(place, posted.id), pinned: false };
    return await pinMessage(place, posted.id);
  } catch (error) {
    const code = errorCode(error);
    if (code === RESTJSONErrorCodes.MissingPermissions || code === RESTJSONErrorCodes.MissingAccess) {
      return { kind: 'discord-refused', channelId: place.channelId, code };
    }
    throw error;
  }
}

/** Unpins the bot's pinned summary of a part, if there is one. */
export async function unpinSummary(place: PinPlace, part: SummaryPart): Promise<ModerationOutcome> {
  try {
    const existing = await findPinnedSummary(place, part.id);
    if (!existing) return { kind: 'nothing-to-unpin', channelId: place.channelId, title: part.title };
    await place.rest.delete(Routes.channelMessagesPin(place.channelId, existing.id), {
      reason: auditReason(place, 'Summary unpinned'),
    });
    return { kind: 'unpinned', url: messageUrl(place, existing.id), title: part.title };
  } catch (error) {
    const code = errorCode(error);
    if (code === RESTJSONErrorCodes.MissingPermissions || code === RESTJSONErrorCodes.MissingAccess) {
      return { kind: 'discord-refused', channelId: place.channelId, code };
    }
    if (code === RESTJSONErrorCodes.UnknownMessage) return { kind: 'message-deleted' };
    throw error;
  }
}
