import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { botContext } from '../src/discord/bot-context.ts';
import { moderatorOnly, type ModeratorAction } from '../src/discord/moderator-guard.ts';
import { oneAtATime, pinPostedSummary, postSummary } from '../src/discord/summary-pins.ts';
import { BUTTON_PREFIXES } from '../src/render/custom-id.ts';
import { summaryToPin, summaryToPost } from '../src/command-replies.ts';
import type { CommandModule } from '../src/discord/command-module.ts';
import { moderatorSummaryCommand, PART } from './summary-part-option.ts';

/** Option names, each written once: the builder and the handler read the same one. */
const PIN = 'pin';

export const data = moderatorSummaryCommand(
  'summary-post',
  'Moderators: post a summary of the op-ed in this channel, optionally pinned',
).addBooleanOption((o) => o.setName(PIN).setDescription('Pin it (posting the same part again updates the pinned one)'));

export const execute = moderatorOnly(
  (interaction: ChatInputCommandInteraction) => (interaction.options.getBoolean(PIN) ? 'post-and-pin' : 'post'),
  (interaction, place) => {
    const { core, state } = botContext();
    const { part, render } = summaryToPost(core, interaction.options.getString(PART));
    const pin = interaction.options.getBoolean(PIN) ?? false;
    return oneAtATime(state, place, part.id, () => postSummary(place, part, render, pin));
  },
);

export const buttonPrefixes = BUTTON_PREFIXES.pin;

/** "Pin" on a posted summary: moderators only, checked on their permissions in this channel. */
export const button = moderatorOnly(
  (): ModeratorAction => 'pin',
  (interaction: ButtonInteraction, place) => {
    const { core, state } = botContext();
    const { part, render } = summaryToPin(core, interaction.customId, interaction.message);
    return oneAtATime(state, place, part.id, () => pinPostedSummary(place, part, interaction.message.id, render));
  },
);

export default { data, execute, buttonPrefixes, button } satisfies CommandModule;
