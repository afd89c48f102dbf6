import type { SlashCommandOptionsOnlyBuilder } from '@discordjs/builders';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';

/** One slash command, in the discord.js guide's shape, plus the buttons its replies carry. */
export interface CommandModule {
  data: Pick<SlashCommandOptionsOnlyBuilder, 'name' | 'toJSON'>;
  execute(interaction: ChatInputCommandInteraction): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction): Promise<void>;
  /** custom_id prefixes this module answers, e.g. "ask:"; the part after is the module's own. */
  buttonPrefixes?: readonly string[];
  button?(interaction: ButtonInteraction): Promise<void>;
}
