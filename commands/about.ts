import { SlashCommandBuilder } from '@discordjs/builders';
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import type { ChatInputCommandInteraction } from 'discord.js';
import { renderAbout } from '../src/render/notice-reply.ts';
import { botContext } from '../src/discord/bot-context.ts';
import { replyOptions } from '../src/discord/reply-options.ts';
import type { CommandModule } from './command.ts';

export const data = new SlashCommandBuilder()
  .setName('about')
  .setDescription('What this bot is, the article it answers about, and its commands')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.reply(replyOptions(renderAbout(botContext().core.meta)));
}

export default { data, execute } satisfies CommandModule;
