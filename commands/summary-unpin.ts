import { MessageFlags } from 'discord-api-types/v10';
import type { ChatInputCommandInteraction } from 'discord.js';
import { botContext } from '../src/discord/bot-context.ts';
import { guardModeratorAction, isPlace } from '../src/discord/moderator-guard.ts';
import { replyOptions, updateOptions } from '../src/discord/reply-options.ts';
import { unpinSummary } from '../src/discord/summary-pins.ts';
import { renderModerationOutcome } from '../src/render/moderation-reply.ts';
import { summaryToPost } from '../src/command-replies.ts';
import type { CommandModule } from '../src/discord/command-module.ts';
import { moderatorSummaryCommand } from './summary-part-option.ts';

export const data = moderatorSummaryCommand(
  'summary-unpin',
  "Moderators: unpin the bot's pinned summary in this channel",
);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const place = guardModeratorAction(interaction, 'unpin');
  if (!isPlace(place)) {
    await interaction.reply(replyOptions(renderModerationOutcome(place)));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { part, render } = summaryToPost(botContext().core, interaction.options.getString('part'));
  const outcome = await unpinSummary(place, part, render);
  await interaction.editReply(updateOptions(renderModerationOutcome(outcome)));
}

export default { data, execute } satisfies CommandModule;
