import { SlashCommandBuilder } from '@discordjs/builders';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { Routes, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { botContext } from '../src/discord/bot-context.ts';
import { guardModeratorAction, isPlace } from '../src/discord/moderator-guard.ts';
import { replyOptions, updateOptions } from '../src/discord/reply-options.ts';
import { findPinnedSummary, pinMessage, postSummary } from '../src/discord/summary-pins.ts';
import { renderModerationOutcome } from '../src/render/moderation-reply.ts';
import { partOfMessage, renderSummary, SUMMARY_PIN_BUTTON } from '../src/render/summary-reply.ts';
import { summaryPart } from '../src/summaries.ts';
import type { CommandModule } from './command.ts';
import { partOption } from './summary-part-option.ts';

export const data = new SlashCommandBuilder()
  .setName('summary-post')
  .setDescription('Moderators: post a summary of the op-ed in this channel, optionally pinned')
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .setDefaultMemberPermissions(PermissionFlagsBits.PinMessages)
  .addStringOption((o) => partOption(o, 'Which summary (default: the article in brief)'))
  .addBooleanOption((o) =>
    o.setName('pin').setDescription('Pin it (posting the same part again updates the pinned one)'),
  );

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const { core } = botContext();
  const place = guardModeratorAction(interaction, 'post');
  if (!isPlace(place)) {
    await interaction.reply(replyOptions(renderModerationOutcome(place)));
    return;
  }
  const part = summaryPart(core.corpus, interaction.options.getString('part'));
  const pin = interaction.options.getBoolean('pin') ?? false;
  // Reading pins, posting and pinning are several calls; defer so Discord's 3-second window never bites.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const render = ({ pinned }: { pinned: boolean }) =>
    renderSummary(part, core.corpus, core.meta, { ephemeral: false, pinButton: pinned ? 'pinned' : 'pin' });
  const outcome = await postSummary(place, part, render, pin);
  if (outcome.kind === 'pin-limit') {
    // Left posted unpinned: the Pin button goes live so the moderator can pin after making room.
    await place.rest.patch(Routes.channelMessage(place.channelId, outcome.messageId), {
      body: { components: render({ pinned: false }).components },
    });
  }
  await interaction.editReply(updateOptions(renderModerationOutcome(outcome)));
}

export const buttonPrefixes = [`${SUMMARY_PIN_BUTTON}:`];

/** "Pin" on a posted summary: moderators only, checked on their permissions in this channel. */
export async function button(interaction: ButtonInteraction): Promise<void> {
  const { core } = botContext();
  const place = guardModeratorAction(interaction, 'pin');
  if (!isPlace(place)) {
    await interaction.reply(replyOptions(renderModerationOutcome(place)));
    return;
  }
  const part = summaryPart(core.corpus, partOfMessage(interaction.message) ?? interaction.customId.split(':')[2]);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const existing = await findPinnedSummary(place, part.id);
  if (existing?.id === interaction.message.id) {
    await interaction.editReply(
      updateOptions(renderModerationOutcome({ kind: 'updated', url: interaction.message.url })),
    );
    return;
  }
  const outcome = await pinMessage(place, interaction.message.id);
  if (outcome.kind === 'posted') {
    const pinned = renderSummary(part, core.corpus, core.meta, { ephemeral: false, pinButton: 'pinned' });
    await interaction.message.edit(updateOptions(pinned));
  }
  await interaction.editReply(updateOptions(renderModerationOutcome(outcome)));
}

export default { data, execute, buttonPrefixes, button } satisfies CommandModule;
