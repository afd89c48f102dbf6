import type { ContextMenuCommandBuilder, SlashCommandOptionsOnlyBuilder } from '@discordjs/builders';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
} from 'discord.js';

/** One application command, in the discord.js guide's shape, plus the buttons its replies carry. */
export interface CommandModule {
  data: Pick<SlashCommandOptionsOnlyBuilder | ContextMenuCommandBuilder, 'name' | 'toJSON'>;
  /** A slash command's handler. */
  execute?(interaction: ChatInputCommandInteraction): Promise<void>;
  /** A message context-menu command's handler (right-click a message → Apps). */
  message?(interaction: MessageContextMenuCommandInteraction): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction): Promise<void>;
  /** custom_id prefixes this module answers, e.g. "ask:"; the part after is the module's own. */
  buttonPrefixes?: readonly string[];
  button?(interaction: ButtonInteraction): Promise<void>;
}
