import { ApplicationCommandType, REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.ts';
import { readConfig } from './config.ts';
import { reachingDiscord } from './discord-start-error.ts';

/**
 * Registers every command module with one bulk overwrite: to DISCORD_GUILD_ID when set (instant,
 * for testing) or globally. Reads the same modules as the runtime.
 */
/** "/ask" for a slash command; a message context-menu command by its name, as the Apps menu shows it. */
function commandLabel(command: { name: string; type?: number }): string {
  return command.type === ApplicationCommandType.Message ? `“${command.name}” (message menu)` : `/${command.name}`;
}

async function deploy(): Promise<void> {
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = readConfig(process.env, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const body = commands.map((c) => c.data.toJSON());
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID!, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID!);
  const put = rest.put(route, { body }) as Promise<Array<{ name: string; id: string; type?: number }>>;
  const registered = await reachingDiscord(config.DISCORD_API_URL, put);
  const where = config.DISCORD_GUILD_ID
    ? `in guild ${config.DISCORD_GUILD_ID}`
    : 'globally (may take up to an hour to show)';
  process.stdout.write(
    `Registered ${registered.length} commands ${where}: ${registered.map(commandLabel).join(', ')}\n`,
  );
}

deploy().catch((error: unknown) => {
  // One line, no stack: every failure here is a setting, the network or Discord's answer.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`deploy-commands failed: ${message}\n`);
  process.exit(1);
});
