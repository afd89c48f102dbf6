import type { ButtonInteraction, MessageContextMenuCommandInteraction } from 'discord.js';
import { checkReply, shareCheckReply } from '../src/command-replies.ts';
import { botContext } from '../src/discord/bot-context.ts';
import { replyOptions } from '../src/discord/reply-options.ts';
import { BUTTON_PREFIXES } from '../src/render/custom-id.ts';
import { messageCommand } from './command-builders.ts';
import type { CommandModule } from '../src/discord/command-module.ts';

export const data = messageCommand('Check against the op-ed');

/** The message's text arrives with the interaction (no Message Content intent needed); the reply is private. */
export async function message(interaction: MessageContextMenuCommandInteraction): Promise<void> {
  await interaction.reply(replyOptions(checkReply(botContext().core, interaction.targetMessage.content)));
}

export const buttonPrefixes = BUTTON_PREFIXES.share;

/** Share: posts the private check in the channel, naming who shared it. */
export async function button(interaction: ButtonInteraction): Promise<void> {
  const sharer = interaction.member && 'displayName' in interaction.member ? interaction.member.displayName : null;
  const reply = shareCheckReply(interaction.message, sharer ?? interaction.user.displayName);
  await interaction.reply(replyOptions(reply));
}

export default { data, message, buttonPrefixes, button } satisfies CommandModule;
