import type { ChatInputCommandInteraction } from 'discord.js';
import { botContext } from '../src/discord/bot-context.ts';
import { moderatorOnly, type ModeratorAction } from '../src/discord/moderator-guard.ts';
import { unpinSummary } from '../src/discord/summary-pins.ts';
import { summaryToPost } from '../src/command-replies.ts';
import type { CommandModule } from '../src/discord/command-module.ts';
import { moderatorSummaryCommand, PART } from './summary-part-option.ts';

export const data = moderatorSummaryCommand(
  'summary-unpin',
  "Moderators: unpin the bot's pinned summary in this channel",
);

export const execute = moderatorOnly(
  (): ModeratorAction => 'unpin',
  (interaction: ChatInputCommandInteraction, place) => {
    const { part, render } = summaryToPost(botContext().core, interaction.options.getString(PART));
    return unpinSummary(place, part, render);
  },
);

export default { data, execute } satisfies CommandModule;
