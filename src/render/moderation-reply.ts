import { renderNotice } from './notice-reply.ts';
import type { ReplyPayload } from './payload.ts';

/** What happened when a moderator posted, pinned or unpinned a summary. */
export type ModerationOutcome =
  | { kind: 'not-in-guild' }
  | { kind: 'no-bot-token' }
  | { kind: 'thread-closed'; channelId: string }
  | { kind: 'member-lacks'; channelId: string }
  | { kind: 'bot-lacks'; channelId: string; permissions: string[] }
  /** `pinnedCopyUrl`: another copy, pinned at the same moment, is the one that stayed pinned. */
  | { kind: 'posted'; url: string; pinned: boolean; pinnedCopyUrl?: string }
  | { kind: 'updated'; url: string }
  | { kind: 'pin-limit'; url: string; messageId: string }
  /** `keptUrl`: the copy that was already pinned, and still is. */
  | { kind: 'message-deleted'; keptUrl?: string }
  | { kind: 'unpinned'; url: string; title: string }
  | { kind: 'nothing-to-unpin'; channelId: string; title: string }
  | { kind: 'already-pinned'; url: string }
  | { kind: 'discord-refused'; channelId: string; code: number; postedUrl?: string };

const list = (names: string[]): string => names.map((n) => `**${n}**`).join(', ');

export function renderModerationOutcome(outcome: ModerationOutcome): ReplyPayload {
  switch (outcome.kind) {
    case 'not-in-guild':
      return renderNotice(
        'Posting and pinning summaries works in a server channel. Here, use `/summary` to read a summary privately.',
      );
    case 'no-bot-token':
      return renderNotice(
        'Posting and pinning summaries needs the bot’s token, which this server was started without (DISCORD_TOKEN). `/summary` still shows any summary privately.',
      );
    case 'thread-closed':
      return renderNotice(
        `<#${outcome.channelId}> is an archived or locked thread, where messages cannot be pinned. Post the summary in its parent channel, or reopen the thread first. \`/summary\` shows it to you privately here.`,
      );
    case 'member-lacks':
      return renderNotice(
        `Only moderators can do that: you need the **Pin Messages** permission in <#${outcome.channelId}>. \`/summary\` shows any summary to you privately.`,
      );
    case 'bot-lacks':
      return renderNotice(
        `I can't do that in <#${outcome.channelId}>: I'm missing ${list(outcome.permissions)} there. Ask a server admin to grant me ${outcome.permissions.length === 1 ? 'it' : 'them'} in the channel settings (Permissions), then try again.`,
      );
    case 'posted':
      if (outcome.pinnedCopyUrl)
        return renderNotice(
          `Posted the summary (${outcome.url}), but another copy was pinned at the same moment, and that one stays pinned so the channel keeps one: ${outcome.pinnedCopyUrl}`,
        );
      return renderNotice(
        outcome.pinned ? `📌 Posted and pinned the summary: ${outcome.url}` : `Posted the summary: ${outcome.url}`,
      );
    case 'updated':
      return renderNotice(`📌 This channel already had that summary pinned; I updated it in place: ${outcome.url}`);
    case 'pin-limit':
      return renderNotice(
        `Posted the summary, but could not pin it: this channel has reached Discord's limit of 250 pinned messages. Unpin an old message (Pinned Messages → ✕), then press **Pin** on the summary: ${outcome.url}`,
      );
    case 'message-deleted':
      return renderNotice(
        outcome.keptUrl
          ? `That summary message was deleted before it could be pinned. The copy already pinned stays pinned: ${outcome.keptUrl}`
          : 'That summary message was deleted before it could be pinned. Run `/summary-post` again.',
      );
    case 'unpinned':
      return renderNotice(
        `Unpinned the summary “${outcome.title}”. The message is still in the channel: ${outcome.url}`,
      );
    case 'nothing-to-unpin':
      return renderNotice(`There is no pinned “${outcome.title}” summary of mine in <#${outcome.channelId}>.`);
    case 'already-pinned':
      return renderNotice(`📌 That summary is already pinned: ${outcome.url}`);
    case 'discord-refused':
      return renderNotice(
        `${outcome.postedUrl ? `Posted the summary (${outcome.postedUrl}) but could not pin it. ` : ''}Discord refused (error ${outcome.code}): I'm missing a permission in <#${outcome.channelId}>. Check that I have **View Channel**, **Send Messages**, **Embed Links**, **Read Message History** and **Pin Messages** there${outcome.postedUrl ? ', then press **Pin** on the summary' : ''}.`,
      );
  }
}
