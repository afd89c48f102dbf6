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

/** A pressed button's answer: the message it sits on edited in place, or a private notice beside it. */
export async function answerButton(interaction: ButtonInteraction, reply: ButtonReply): Promise<void> {
  if ('update' in reply) await interaction.update(updateOptions(reply.update));
  else await interaction.reply(replyOptions(reply.notice));
}
