import { MessageFlags } from 'discord-api-types/v10';
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { botContext } from '../src/discord/bot-context.ts';
import { guardModeratorAction, isPlace } from '../src/discord/moderator-guard.ts';
import { replyOptions, updateOptions } from '../src/discord/reply-options.ts';
import { oneAtATime, pinPostedSummary, postSummary } from '../src/discord/summary-pins.ts';
import { renderModerationOutcome } from '../src/render/moderation-reply.ts';
import { SUMMARY_PIN_BUTTON } from '../src/render/summary-reply.ts';
import { summaryToPin, summaryToPost } from '../src/command-replies.ts';
import type { CommandModule } from '../src/discord/command-module.ts';
import { moderatorSummaryCommand } from './summary-part-option.ts';

export const data = moderatorSummaryCommand(
  'summary-post',
  'Moderators: post a summary of the op-ed in this channel, optionally pinned',
).addBooleanOption((o) =>
  o.setName('pin').setDescription('Pin it (posting the same part again updates the pinned one)'),
);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const pin = interaction.options.getBoolean('pin') ?? false;
  const place = guardModeratorAction(interaction, pin ? 'post-and-pin' : 'post');
  if (!isPlace(place)) {
    await interaction.reply(replyOptions(renderModerationOutcome(place)));
    return;
  }
  // Reading pins, posting and pinning are several calls; defer so Discord's 3-second window never bites.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { core, state } = botContext();
  const { part, render } = summaryToPost(core, interaction.options.getString('part'));
  const outcome = await oneAtATime(state, place, part.id, () => postSummary(place, part, render, pin));
  await interaction.editReply(updateOptions(renderModerationOutcome(outcome)));
}

export const buttonPrefixes = [`${SUMMARY_PIN_BUTTON}:`];

/** "Pin" on a posted summary: moderators only, checked on their permissions in this channel. */
export async function button(interaction: ButtonInteraction): Promise<void> {
  const place = guardModeratorAction(interaction, 'pin');
  if (!isPlace(place)) {
    await interaction.reply(replyOptions(renderModerationOutcome(place)));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { core, state } = botContext();
  const { part, render } = summaryToPin(core, interaction.customId, interaction.message);
  const outcome = await oneAtATime(state, place, part.id, () =>
    pinPostedSummary(place, part, interaction.message.id, render),
  );
  await interaction.editReply(updateOptions(renderModerationOutcome(outcome)));
}

export default { data, execute, buttonPrefixes, button } satisfies CommandModule;
