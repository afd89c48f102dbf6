import type { ChatInputCommandInteraction } from 'discord.js';
import { botContext } from '../src/discord/bot-context.ts';
import { replyOptions } from '../src/discord/reply-options.ts';
import { renderSummary } from '../src/render/summary-reply.ts';
import { summaryPart } from '../src/summaries.ts';
import { readerCommand } from './command-builders.ts';
import type { CommandModule } from './command.ts';
import { partOption } from './summary-part-option.ts';

export const data = readerCommand(
  'summary',
  'Read a summary of the op-ed privately, with paragraph citations',
).addStringOption((o) => partOption(o, 'Which summary (default: the article in brief)'));

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const { core } = botContext();
  const part = summaryPart(core.corpus, interaction.options.getString('part'));
  await interaction.reply(
    replyOptions(renderSummary(part, core.corpus, core.meta, { ephemeral: true, pinButton: 'none' })),
  );
}

export default { data, execute } satisfies CommandModule;
