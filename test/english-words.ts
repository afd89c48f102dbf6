import { readFileSync } from 'node:fs';
import { englishWordsSchema } from '../src/text/english-spelling.ts';

/** The English word list the bot mends with, commonest first: the words no table of another language may take. */
export function englishWords(): readonly string[] {
  return englishWordsSchema.parse(
    JSON.parse(readFileSync(new URL('../data/english-words.json', import.meta.url), 'utf8')),
  ).words;
}
