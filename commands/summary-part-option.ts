import type { SlashCommandStringOption } from '@discordjs/builders';
import { moderatorCommand } from './command-builders.ts';
import { loadCorpus } from '../src/article/load.ts';
import { summaryChoices } from '../src/summaries.ts';

// Choices come from the same validated data the bot serves, so a new part needs no code change.
const choices = summaryChoices(loadCorpus());

/** The name of the `part` option, read by every summary command. */
export const PART = 'part';

/** The `part` option shared by the summary commands. */
export function partOption(option: SlashCommandStringOption, description: string): SlashCommandStringOption {
  return option
    .setName(PART)
    .setDescription(description)
    .addChoices(...choices);
}

/** A moderator summary command, with its `part` option. */
export function moderatorSummaryCommand(name: string, description: string) {
  return moderatorCommand(name, description).addStringOption((o) =>
    partOption(o, 'Which summary (default: the article in brief)'),
  );
}
