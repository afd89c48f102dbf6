import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { MAX_QUERY_CHARS } from '../src/search/ask.ts';
import { ASK_BUTTON, questionFromTitle, renderAskReply, renderWholeParagraph } from '../src/render/ask-reply.ts';
import { renderCooldown, renderNotice } from '../src/render/notice-reply.ts';
import { botContext } from '../src/discord/bot-context.ts';
import { replyOptions, updateOptions } from '../src/discord/reply-options.ts';
import { readerCommand } from './command-builders.ts';
import type { CommandModule } from './command.ts';

export const data = readerCommand(
  'ask',
  'Ask a question about the op-ed; get the passage that answers it and whose view it is',
)
  .addStringOption((o) =>
    o
      .setName('question')
      .setDescription('What do you want to know?')
      .setRequired(true)
      .setMinLength(1)
      .setMaxLength(MAX_QUERY_CHARS),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you'));

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const { core, askCooldown } = botContext();
  const waitMs = askCooldown.take(interaction.user.id);
  if (waitMs > 0) {
    await interaction.reply(replyOptions(renderCooldown(waitMs, Date.now())));
    return;
  }
  const answer = core.search.ask(interaction.options.getString('question', true));
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  await interaction.reply(replyOptions(renderAskReply(answer, core.meta), isPrivate));
}

export const buttonPrefixes = [`${ASK_BUTTON.page}:`, `${ASK_BUTTON.whole}:`];

/** Paging and "whole paragraph" re-run the question shown in the reply: no state between clicks. */
export async function button(interaction: ButtonInteraction): Promise<void> {
  const { core } = botContext();
  const question = questionFromTitle(interaction.message.embeds[0]?.title ?? undefined);
  const page = Number(interaction.customId.split(':')[2]);
  if (question === undefined || !Number.isInteger(page)) {
    await interaction.reply(replyOptions(renderNotice('This answer can no longer be paged. Run `/ask` again.')));
    return;
  }
  const answer = core.search.ask(question);
  const reply = interaction.customId.startsWith(`${ASK_BUTTON.whole}:`)
    ? renderWholeParagraph(answer, core.meta, page)
    : renderAskReply(answer, core.meta, page);
  await interaction.update(updateOptions(reply));
}

export default { data, execute, buttonPrefixes, button } satisfies CommandModule;
