import { DiscordAPIError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import type { APIMessage } from 'discord-api-types/v10';
import type { SummaryPart } from '../article/summary-schema.ts';
import type { ModerationOutcome } from '../render/moderation-reply.ts';
import type { ReplyPayload } from '../render/payload.ts';
import { partOfMessage, type RenderSummary } from '../render/summary-reply.ts';
import { withLock } from '../shared-state/lock.ts';
import type { SharedState } from '../shared-state/shared-state.ts';

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

/**
 * Every copy of a part the bot has pinned in this channel, read from the pins (no database), most
 * recently pinned first. More than one means two moderators raced, or two replicas did.
 */
async function pinnedCopies(place: PinPlace, partId: string): Promise<APIMessage[]> {
  const copies: APIMessage[] = [];
  let before: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: String(PINS_PAGE_SIZE), ...(before ? { before } : {}) });
    const page = (await place.rest.get(Routes.channelMessagesPins(place.channelId), { query })) as PinsPage;
    for (const { message } of page.items) {
      if (message.author.id === place.botUserId && partOfMessage(message) === partId) copies.push(message);
    }
    const last = page.items.at(-1);
    if (!page.has_more || !last) return copies;
    before = last.pinned_at;
  }
}

async function setButton(place: PinPlace, messageId: string, render: RenderSummary, pinned: boolean): Promise<void> {
  await place.rest.patch(Routes.channelMessage(place.channelId, messageId), {
    body: { components: render({ pinned }).components },
  });
}

const isUnknownMessage = (error: unknown): boolean =>
  error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage;

/**
 * Reads the pins again and keeps one copy of the part pinned: the most recently pinned, which is
 * what the last moderator asked for. Older duplicates are unpinned (their button goes live again);
 * one deleted meanwhile has left the pins already. Returns the copy that stays pinned.
 */
async function keepOnePinned(place: PinPlace, partId: string, render: RenderSummary): Promise<APIMessage | undefined> {
  const [kept, ...older] = await pinnedCopies(place, partId);
  for (const duplicate of older) {
    try {
      await place.rest.delete(Routes.channelMessagesPin(place.channelId, duplicate.id), {
        reason: auditReason(place, 'Duplicate summary copy unpinned'),
      });
      await setButton(place, duplicate.id, render, false);
    } catch (error) {
      if (!isUnknownMessage(error)) throw error;
    }
  }
  return kept;
}

/** Pins a message and flips its button to "Pinned"; a refused pin leaves the "Pin" button live. */
async function pin(
  place: PinPlace,
  partId: string,
  messageId: string,
  render: RenderSummary,
): Promise<ModerationOutcome> {
  try {
    await place.rest.put(Routes.channelMessagesPin(place.channelId, messageId), {
      reason: auditReason(place, 'Summary pinned'),
    });
  } catch (error) {
    return refusal(error, place, messageId);
  }
  await setButton(place, messageId, render, true);
  const kept = await keepOnePinned(place, partId, render);
  const url = messageUrl(place, messageId);
  // Another copy pinned after ours (a race) is the one that stays; say so rather than claim ours is.
  if (kept && kept.id !== messageId)
    return { kind: 'posted', url, pinned: false, pinnedCopyUrl: messageUrl(place, kept.id) };
  return { kind: 'posted', url, pinned: true };
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
    const [existing, ...duplicates] = await pinnedCopies(place, part.id);
    if (existing) {
      await place.rest.patch(Routes.channelMessage(place.channelId, existing.id), {
        body: messageBody(render({ pinned: true })),
      });
      if (duplicates.length > 0) await keepOnePinned(place, part.id, render);
      return { kind: 'updated', url: messageUrl(place, existing.id) };
    }
    const posted = (await place.rest.post(Routes.channelMessages(place.channelId), {
      body: messageBody(render({ pinned: false })),
    })) as APIMessage;
    if (!wantPin) return { kind: 'posted', url: messageUrl(place, posted.id), pinned: false };
    const outcome = await pin(place, part.id, posted.id, render);
    return outcome.kind === 'discord-refused' ? { ...outcome, postedUrl: messageUrl(place, posted.id) } : outcome;
  } catch (error) {
    return refusal(error, place);
  }
}

/**
 * The "Pin" button: pins this copy, and only then unpins any other copy of the same part, so a
 * copy that cannot be pinned (deleted meanwhile, refused) never costs the channel its pinned one.
 */
export async function pinPostedSummary(
  place: PinPlace,
  part: SummaryPart,
  messageId: string,
  render: RenderSummary,
): Promise<ModerationOutcome> {
  try {
    const copies = await pinnedCopies(place, part.id);
    if (copies.some((copy) => copy.id === messageId)) {
      // After a race this copy may not be the one kept: point at the copy that is pinned.
      const kept = copies.length > 1 ? await keepOnePinned(place, part.id, render) : copies[0];
      return { kind: 'already-pinned', url: messageUrl(place, kept?.id ?? messageId) };
    }
    const outcome = await pin(place, part.id, messageId, render);
    const kept = copies[0];
    if (outcome.kind === 'message-deleted' && kept) return { ...outcome, keptUrl: messageUrl(place, kept.id) };
    return outcome;
  } catch (error) {
    return refusal(error, place, messageId);
  }
}

/** Unpins the bot's pinned summary of a part (every copy, after a race), and offers "Pin" on it again. */
export async function unpinSummary(
  place: PinPlace,
  part: SummaryPart,
  render: RenderSummary,
): Promise<ModerationOutcome> {
  try {
    const copies = await pinnedCopies(place, part.id);
    if (copies.length === 0) return { kind: 'nothing-to-unpin', channelId: place.channelId, title: part.title };
    for (const copy of copies) {
      await place.rest.delete(Routes.channelMessagesPin(place.channelId, copy.id), {
        reason: auditReason(place, 'Summary unpinned'),
      });
      await setButton(place, copy.id, render, false);
    }
    return { kind: 'unpinned', url: messageUrl(place, copies[0]!.id), title: part.title };
  } catch (error) {
    return refusal(error, place);
  }
}

/**
 * One summary post or pin at a time per channel and part, across every process sharing the state:
 * the second of two simultaneous `/summary-post`s then finds the first one's pinned copy and edits
 * it. The lock is short-lived (a crashed holder frees it within seconds).
 */
export function oneAtATime<T>(state: SharedState, place: PinPlace, partId: string, work: () => Promise<T>): Promise<T> {
  return withLock(state, `summary:${place.channelId}:${partId}`, { ttlMs: 15_000, waitMs: 10_000 }, work);
}
