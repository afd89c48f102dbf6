import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { MAX_QUERY_CHARS } from '../src/search/ask.ts';
import { BUTTON_PREFIXES } from '../src/render/custom-id.ts';
import { renderCooldown } from '../src/render/notice-reply.ts';
import { askButtonReply, askReply, speakerChoices } from '../src/command-replies.ts';
import { botContext } from '../src/discord/bot-context.ts';
import { answerButton, pressedByAsker, replyOptions } from '../src/discord/reply-options.ts';
import { readerCommand } from './command-builders.ts';
import type { CommandModule } from '../src/discord/command-module.ts';

/** Option names, each written once: the builder and the handlers read the same one. */
const OPTION = { question: 'question', private: 'private', speaker: 'speaker' } as const;

export const data = readerCommand(
  'ask',
  'Ask a question about the op-ed; get the passage that answers it and whose view it is',
)
  .addStringOption((o) =>
    o
      .setName(OPTION.question)
      .setDescription('What do you want to know?')
      .setRequired(true)
      .setMinLength(1)
      .setMaxLength(MAX_QUERY_CHARS),
  )
  .addBooleanOption((o) => o.setName(OPTION.private).setDescription('Show the answer only to you'))
  .addStringOption((o) =>
    o
      .setName(OPTION.speaker)
      .setDescription('Answer only from what this person or group says in the article')
      .setMinLength(1)
      .setMaxLength(100)
      .setAutocomplete(true),
  );

/** A private "try again in …" if the member is within the /ask cooldown (buttons count as asking), else undefined. */
async function cooldownNotice(userId: string) {
  const waitMs = await botContext().askCooldown.take(userId);
  return waitMs > 0 ? replyOptions(renderCooldown(waitMs, Date.now())) : undefined;
}

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const notice = await cooldownNotice(interaction.user.id);
  if (notice) {
    await interaction.reply(notice);
    return;
  }
  const isPrivate = interaction.options.getBoolean(OPTION.private) ?? false;
  const question = interaction.options.getString(OPTION.question, true);
  await interaction.reply(
    replyOptions(askReply(botContext().core, question, isPrivate, interaction.options.getString(OPTION.speaker))),
  );
}

export async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
  await interaction.respond(speakerChoices(botContext().core, interaction.options.getFocused()));
}

export const buttonPrefixes = BUTTON_PREFIXES.ask;

/** Only the asker pages a public answer; anyone else gets the page they asked for privately. */
export async function button(interaction: ButtonInteraction): Promise<void> {
  const notice = await cooldownNotice(interaction.user.id);
  if (notice) {
    await interaction.reply(notice);
    return;
  }
  const reply = askButtonReply(botContext().core, interaction.customId, interaction.message);
  await answerButton(interaction, reply, !pressedByAsker(interaction));
}

export default { data, execute, autocomplete, buttonPrefixes, button } satisfies CommandModule;
