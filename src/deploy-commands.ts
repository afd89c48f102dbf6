import { ApplicationCommandType, REST, Routes } from 'discord.js';
import type { CommandModule } from './discord/command-module.ts';
import { readConfig } from './config.ts';
import { reachingDiscord } from './discord-start-error.ts';

/**
 * @discordjs/rest tries a request four times, giving each 15 s: past that, deploy-commands says
 * Discord gave no answer in time instead of waiting on.
 */
const DEPLOY_DEADLINE_MS = 75_000;

/** "/ask" for a slash command; a message context-menu command by its name, as the Apps menu shows it. */
function commandLabel(command: { name: string; type?: number }): string {
  return command.type === ApplicationCommandType.Message ? `“${command.name}” (message menu)` : `/${command.name}`;
}

/**
 * npm run deploy-commands: registers the command modules src/main.ts hands over (the same list
 * the runtimes answer) with one bulk overwrite, to DISCORD_GUILD_ID when set (instant, for
 * testing) or globally; prints what was registered.
 */
export async function deployCommands(commands: readonly CommandModule[], env: NodeJS.ProcessEnv): Promise<void> {
  const config = readConfig(env, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const body = commands.map((c) => c.data.toJSON());
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID!, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID!);
  const put = rest.put(route, { body }) as Promise<Array<{ name: string; id: string; type?: number }>>;
  const registered = await reachingDiscord(config.DISCORD_API_URL, put, DEPLOY_DEADLINE_MS);
  const where = config.DISCORD_GUILD_ID
    ? `in guild ${config.DISCORD_GUILD_ID}`
    : 'globally (may take up to an hour to show)';
  process.stdout.write(
    `Registered ${registered.length} commands ${where}: ${registered.map(commandLabel).join(', ')}\n`,
  );
}
