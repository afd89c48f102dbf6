import type { InteractionReplyOptions, InteractionUpdateOptions } from 'discord.js';
import { MessageFlags } from 'discord.js';
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

/** For editing the message a button sits on: same content, no flags (Discord refuses them there). */
export function updateOptions(reply: ReplyPayload): InteractionUpdateOptions {
  return {
    content: reply.content ?? '',
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: { parse: [] },
  };
}
