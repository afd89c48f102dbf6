import { DiscordAPIError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import type { APIMessage } from 'discord-api-types/v10';
import type { SummaryPart } from '../article/summary-schema.ts';
import type { ModerationOutcome } from '../render/moderation-reply.ts';
import type { ReplyPayload } from '../render/payload.ts';
import { partOfMessage, type RenderSummary } from '../render/summary-reply.ts';

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

/** Discord's refusals a moderator can act on, as outcomes; anything else is a bug and rethrows. */
function refusal(error: unknown, place: PinPlace, messageId?: string): ModerationOutcome {
  const code = error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;
  switch (code) {
    case RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel:
      if (messageId) return { kind: 'pin-limit', url: messageUrl(place, messageId), messageId };
      break;
    case RESTJSONErrorCodes.UnknownMessage:
      return { kind: 'message-deleted' };
    // The guard catches closed threads from the cached channel; over HTTP there is no cache.
    case RESTJSONErrorCodes.InvalidActionOnArchivedThread:
    case RESTJSONErrorCodes.ThreadLocked:
      return { kind: 'thread-closed', channelId: place.channelId };
    case RESTJSONErrorCodes.MissingPermissions:
    case RESTJSONErrorCodes.MissingAccess:
      return { kind: 'discord-refused', channelId: place.channelId, code };
  }
  throw error;
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

async function setButton(place: PinPlace, messageId: string, render: RenderSummary, pinned: boolean): Promise<void> {
  await place.rest.patch(Routes.channelMessage(place.channelId, messageId), {
    body: { components: render({ pinned }).components },
  });
}

/** Pins a message and flips its button to "Pinned"; a refused pin leaves the "Pin" button live. */
async function pin(place: PinPlace, messageId: string, render: RenderSummary): Promise<ModerationOutcome> {
  try {
    await place.rest.put(Routes.channelMessagesPin(place.channelId, messageId), {
      reason: auditReason(place, 'Summary pinned'),
    });
  } catch (error) {
    return refusal(error, place, messageId);
  }
  await setButton(place, messageId, render, true);
  return { kind: 'posted', url: messageUrl(place, messageId), pinned: true };
}

/**
 * Posts a summary part, or edits the bot's already pinned copy of it so a channel never collects
 * duplicates; pins it when asked. The message goes out with a live "Pin" button that only turns
 * to "Pinned" once Discord has pinned it, so a refused pin never leaves a message claiming it is.
 */
export async function postSummary(
  place: PinPlace,
  part: SummaryPart,
  render: RenderSummary,
  wantPin: boolean,
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
      body: messageBody(render({ pinned: false })),
    })) as APIMessage;
    if (!wantPin) return { kind: 'posted', url: messageUrl(place, posted.id), pinned: false };
    const outcome = await pin(place, posted.id, render);
    return outcome.kind === 'discord-refused' ? { ...outcome, postedUrl: messageUrl(place, posted.id) } : outcome;
  } catch (error) {
    return refusal(error, place);
  }
}

/**
 * The "Pin" button: pins this copy. A different copy of the same part already pinned is unpinned
 * first (its button goes live again), so the channel still holds one pinned copy per part.
 */
export async function pinPostedSummary(
  place: PinPlace,
  part: SummaryPart,
  messageId: string,
  render: RenderSummary,
): Promise<ModerationOutcome> {
  try {
    const existing = await findPinnedSummary(place, part.id);
    if (existing?.id === messageId) return { kind: 'already-pinned', url: messageUrl(place, messageId) };
    if (existing) {
      await place.rest.delete(Routes.channelMessagesPin(place.channelId, existing.id), {
        reason: auditReason(place, 'Older summary copy unpinned'),
      });
      await setButton(place, existing.id, render, false);
    }
    return await pin(place, messageId, render);
  } catch (error) {
    return refusal(error, place, messageId);
  }
}

/** Unpins the bot's pinned summary of a part, if there is one, and offers "Pin" on it again. */
export async function unpinSummary(
  place: PinPlace,
  part: SummaryPart,
  render: RenderSummary,
): Promise<ModerationOutcome> {
  try {
    const existing = await findPinnedSummary(place, part.id);
    if (!existing) return { kind: 'nothing-to-unpin', channelId: place.channelId, title: part.title };
    await place.rest.delete(Routes.channelMessagesPin(place.channelId, existing.id), {
      reason: auditReason(place, 'Summary unpinned'),
    });
    await setButton(place, existing.id, render, false);
    return { kind: 'unpinned', url: messageUrl(place, existing.id), title: part.title };
  } catch (error) {
    return refusal(error, place);
  }
}
