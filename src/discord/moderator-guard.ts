import { MessageFlags } from 'discord-api-types/v10';
import { ChannelType, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { botNeeds, missingPermissions, MODERATOR_PERMISSION, type ModeratorAction } from '../moderation/permissions.ts';
import { renderModerationOutcome, type ModerationOutcome } from '../render/moderation-reply.ts';
import { replyOptions, updateOptions } from './reply-options.ts';
import type { PinPlace } from './summary-pins.ts';

export type { ModeratorAction };

const CLOSED_THREAD_TYPES = new Set([
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

/**
 * Checks, before anything is sent, that this is a server channel where pinning works, that the
 * member really holds Pin Messages here (admins can re-grant the command to anyone, so the
 * command's default permissions are not enough), and that the bot has what it needs.
 */
export function guardModeratorAction(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  action: ModeratorAction,
): PinPlace | ModerationOutcome {
  const channelId = interaction.channelId;
  if (!interaction.inGuild() || !interaction.guildId) return { kind: 'not-in-guild' };
  // Posting and pinning are the bot's own REST calls: the HTTP endpoint can run without a token.
  if (!interaction.client.token) return { kind: 'no-bot-token' };
  const channel = interaction.channel;
  if (channel && CLOSED_THREAD_TYPES.has(channel.type) && channel.isThread() && (channel.archived || channel.locked)) {
    return { kind: 'thread-closed', channelId };
  }
  const member = interaction.memberPermissions?.bitfield ?? 0n;
  if (missingPermissions(member, [MODERATOR_PERMISSION]).length > 0) return { kind: 'member-lacks', channelId };
  const botLacks = missingPermissions(
    interaction.appPermissions.bitfield,
    botNeeds(action, channel?.isThread() ?? false),
  );
  if (botLacks.length > 0) return { kind: 'bot-lacks', channelId, permissions: botLacks };
  return {
    rest: interaction.client.rest,
    guildId: interaction.guildId,
    channelId,
    // The gateway client knows its user; over HTTP there is none, and a bot's user id is its
    // application id.
    botUserId: interaction.client.user?.id ?? interaction.applicationId,
    moderator: { id: interaction.user.id, tag: interaction.user.tag },
  };
}

export function isPlace(value: PinPlace | ModerationOutcome): value is PinPlace {
  return 'rest' in value;
}

/**
 * A moderator handler, declared once for every moderator command and button: the guard runs
 * first and a refusal is answered privately; otherwise the reply is deferred (reading pins,
 * posting and pinning are several calls, and Discord's 3-second window must never bite) and the
 * work's outcome is what the moderator reads.
 */
export function moderatorOnly<I extends ChatInputCommandInteraction | ButtonInteraction>(
  actionOf: (interaction: I) => ModeratorAction,
  work: (interaction: I, place: PinPlace) => Promise<ModerationOutcome>,
): (interaction: I) => Promise<void> {
  return async (interaction) => {
    const place = guardModeratorAction(interaction, actionOf(interaction));
    if (!isPlace(place)) {
      await interaction.reply(replyOptions(renderModerationOutcome(place)));
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await interaction.editReply(updateOptions(renderModerationOutcome(await work(interaction, place))));
  };
}
