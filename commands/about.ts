import type { ChatInputCommandInteraction } from 'discord.js';
import { renderAbout } from '../src/render/notice-reply.ts';
import { botContext } from '../src/discord/bot-context.ts';
import { replyOptions } from '../src/discord/reply-options.ts';
import { readerCommand } from './command-builders.ts';
import type { CommandModule } from '../src/discord/command-module.ts';

export const data = readerCommand('about', 'What this bot is, the article it answers about, and its commands');

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.reply(replyOptions(renderAbout(botContext().core.meta)));
}

export default { data, execute } satisfies CommandModule;
