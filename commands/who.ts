import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { MAX_NAME_CHARS } from '../src/search/who.ts';
import { renderNotice } from '../src/render/notice-reply.ts';
import { renderPersonCard, renderWhoReply, WHO_BUTTON } from '../src/render/who-reply.ts';
import { botContext } from '../src/discord/bot-context.ts';
import { replyOptions, updateOptions } from '../src/discord/reply-options.ts';
import { readerCommand } from './command-builders.ts';
import type { CommandModule } from './command.ts';

export const data = readerCommand(
  'who',
  'Look up a person or group named in the op-ed: role, stance and where they appear',
).addStringOption((o) =>
  o
    .setName('name')
    .setDescription('A name, spelled any way (e.g. Dehghani Firouzabadi, putin)')
    .setRequired(true)
    .setMinLength(1)
    .setMaxLength(MAX_NAME_CHARS)
    .setAutocomplete(true),
);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const { core } = botContext();
  const answer = core.people.who(interaction.options.getString('name', true));
  await interaction.reply(replyOptions(renderWhoReply(answer, core.people, core.meta)));
}

export async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const { core } = botContext();
  await interaction.respond(core.people.complete(interaction.options.getFocused()));
}

export const buttonPrefixes = [`${WHO_BUTTON}:`];

/** "Show X" on a "did you mean" reply swaps in X's card. */
export async function button(interaction: ButtonInteraction): Promise<void> {
  const { core } = botContext();
  const actor = core.corpus.actorsById.get(interaction.customId.slice(WHO_BUTTON.length + 1));
  if (!actor) {
    await interaction.reply(replyOptions(renderNotice('That person is no longer in my data. Try `/who` again.')));
    return;
  }
  await interaction.update(updateOptions(renderPersonCard(actor, core.people, core.meta)));
}

export default { data, execute, autocomplete, buttonPrefixes, button } satisfies CommandModule;
