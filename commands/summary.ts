import type { ChatInputCommandInteraction } from 'discord.js';
import { botContext } from '../src/discord/bot-context.ts';
import { replyOptions } from '../src/discord/reply-options.ts';
import { summaryReply } from '../src/command-replies.ts';
import { readerCommand } from './command-builders.ts';
import type { CommandModule } from '../src/discord/command-module.ts';
import { PART, partOption } from './summary-part-option.ts';

export const data = readerCommand(
  'summary',
  'Read a summary of the op-ed privately, with paragraph citations',
).addStringOption((o) => partOption(o, 'Which summary (default: the article in brief)'));

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.reply(replyOptions(summaryReply(botContext().core, interaction.options.getString(PART))));
}

export default { data, execute } satisfies CommandModule;
