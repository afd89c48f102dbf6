import type {
  ButtonInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  InteractionUpdateOptions,
} from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { ButtonReply } from '../command-replies.ts';
import type { ReplyPayload } from '../render/payload.ts';

/** A core payload as discord.js takes it; allowed mentions stay empty on every reply. */
export function replyOptions(
  reply: ReplyPayload,
  forceEphemeral = false,
): InteractionReplyOptions & { withResponse?: false } {
  const ephemeral = forceEphemeral || (reply.flags ?? 0) & MessageFlags.Ephemeral;
  return {
    ...(reply.content !== undefined ? { content: reply.content } : {}),
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/**
 * For editing a message (the one a button sits on, or a deferred reply): same content, no flags,
 * which Discord fixes when the message is first sent.
 */
export function updateOptions(reply: ReplyPayload): InteractionUpdateOptions & InteractionEditReplyOptions {
  return {
    content: reply.content ?? '',
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: { parse: [] },
  };
}

/**
 * A pressed button's answer: the message it sits on edited in place, or a private notice beside it.
 * `privately`: the new page goes to the presser alone and the message stays as it is.
 */
export async function answerButton(
  interaction: ButtonInteraction,
  reply: ButtonReply,
  privately = false,
): Promise<void> {
  if ('notice' in reply) await interaction.reply(replyOptions(reply.notice));
  else if (privately) await interaction.reply(replyOptions(reply.update, true));
  else await interaction.update(updateOptions(reply.update));
}

/**
 * Whether the member pressing a button is the one the message answered. Discord names who ran the
 * command in the message's interaction metadata; a private message is only ever seen by them.
 * Without the metadata nobody can be shown to own it, so nobody edits it for everyone.
 */
export function pressedByAsker(interaction: ButtonInteraction): boolean {
  if (interaction.message.flags.has(MessageFlags.Ephemeral)) return true;
  return interaction.message.interactionMetadata?.user.id === interaction.user.id;
}
