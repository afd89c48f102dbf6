import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { MAX_NAME_CHARS } from '../src/search/who.ts';
import { BUTTON_PREFIXES } from '../src/render/custom-id.ts';
import { whoButtonReply, whoReply } from '../src/command-replies.ts';
import { botContext } from '../src/discord/bot-context.ts';
import { answerButton, replyOptions } from '../src/discord/reply-options.ts';
import { readerCommand } from './command-builders.ts';
import type { CommandModule } from '../src/discord/command-module.ts';

/** The option's name, written once: the builder and the handler read the same one. */
const NAME = 'name';

export const data = readerCommand(
  'who',
  'Look up a person or group named in the op-ed: role, stance and where they appear',
).addStringOption((o) =>
  o
    .setName(NAME)
    .setDescription('A name, spelled any way (e.g. Dehghani Firouzabadi, putin)')
    .setRequired(true)
    .setMinLength(1)
    .setMaxLength(MAX_NAME_CHARS)
    .setAutocomplete(true),
);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.reply(replyOptions(whoReply(botContext().core, interaction.options.getString(NAME, true))));
}

export async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const { core } = botContext();
  await interaction.respond(core.people.complete(interaction.options.getFocused()));
}

export const buttonPrefixes = BUTTON_PREFIXES.who;

export async function button(interaction: ButtonInteraction): Promise<void> {
  await answerButton(interaction, whoButtonReply(botContext().core, interaction.customId));
}

export default { data, execute, autocomplete, buttonPrefixes, button } satisfies CommandModule;
