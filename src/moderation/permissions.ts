import { PermissionFlagsBits } from 'discord-api-types/v10';

/** The permissions the summary flow needs, with the names Discord's UI shows. */
export const PERMISSION_NAMES = new Map<bigint, string>([
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.SendMessagesInThreads, 'Send Messages in Threads'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
  [PermissionFlagsBits.ReadMessageHistory, 'Read Message History'],
  // Since 2026-01-12 Pin Messages (1 << 51) is what allows pinning; Manage Messages no longer does.
  [PermissionFlagsBits.PinMessages, 'Pin Messages'],
]);

const BOT_NEEDS_TO_PIN = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.PinMessages,
];

/**
 * What the bot needs in a channel: to post a summary (in a thread, Send Messages in Threads takes
 * the place of Send Messages), to pin one, and to read the pins where it finds its own copy.
 */
/** What a moderator asks the bot to do with a summary. */
export type ModeratorAction = 'post' | 'post-and-pin' | 'pin' | 'unpin';

export function botNeeds(action: ModeratorAction, inThread: boolean): bigint[] {
  if (action === 'pin' || action === 'unpin') return BOT_NEEDS_TO_PIN;
  const post = [
    PermissionFlagsBits.ViewChannel,
    inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages,
    PermissionFlagsBits.EmbedLinks,
    PermissionFlagsBits.ReadMessageHistory,
  ];
  return action === 'post-and-pin' ? [...post, PermissionFlagsBits.PinMessages] : post;
}
export const MODERATOR_PERMISSION = PermissionFlagsBits.PinMessages;

/** Names of the permissions in `needed` that `granted` lacks (Administrator grants all). */
export function missingPermissions(granted: bigint, needed: readonly bigint[]): string[] {
  if ((granted & PermissionFlagsBits.Administrator) !== 0n) return [];
  return needed.filter((flag) => (granted & flag) === 0n).map((flag) => PERMISSION_NAMES.get(flag) ?? String(flag));
}
