import { join } from 'node:path';
import type { SlashCommandStringOption } from '@discordjs/builders';
import { moderatorCommand } from './command-builders.ts';
import { DEFAULT_DATA_DIR, readJsonFile } from '../src/article/load.ts';
import { summariesSchema } from '../src/article/summary-schema.ts';
import { summaryChoices } from '../src/summaries.ts';

// Choices come from the same validated data the bot serves, so a new part needs no code change.
const choices = summaryChoices({ summaries: readJsonFile(join(DEFAULT_DATA_DIR, 'summaries.json'), summariesSchema) });

/** The `part` option shared by the summary commands. */
export function partOption(option: SlashCommandStringOption, description: string): SlashCommandStringOption {
  return option
    .setName('part')
    .setDescription(description)
    .addChoices(...choices);
}

/** A moderator summary command, with its `part` option. */
export function moderatorSummaryCommand(name: string, description: string) {
  return moderatorCommand(name, description).addStringOption((o) =>
    partOption(o, 'Which summary (default: the article in brief)'),
  );
}
