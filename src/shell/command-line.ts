import type { Core } from '../core.ts';
import { summaryChoices } from '../summaries.ts';

/** A slash command typed in the shell: its name, its text, and any `name:true` switches. */
export interface CommandLine {
  name: string;
  text: string;
  switches: Set<string>;
}

/**
 * Reads `/name text` the way Discord's options read: the text may start with its option's name
 * (`/ask question:…`, as the README writes it), and `private:true` or `pin:true` anywhere in the line
 * turn a switch on (`:false` leaves it off).
 */
export function parseCommandLine(line: string, switchNames: readonly string[]): CommandLine {
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(line.trim()) ?? [];
  const switches = new Set<string>();
  // Discord lets options come in any order, so a switch may stand anywhere in the line.
  const text = rest.replace(
    /(^|\s)(\w+):(true|false)(?=\s|$)/gi,
    (whole, space: string, option: string, value: string) => {
      if (!switchNames.includes(option.toLowerCase())) return whole;
      if (value.toLowerCase() === 'true') switches.add(option.toLowerCase());
      return space;
    },
  );
  return { name: name.toLowerCase(), text: text.replace(/^(question|name|part):\s*/i, '').trim(), switches };
}

function folded(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The summary part a reader typed, by id or title as Discord's choices list them ("key-claims",
 * "Key claims"), or by words that fit only one of them ("israel"). Empty text is the default
 * part (undefined); text that fits none or several is null.
 */
export function summaryPartId(core: Core, text: string): string | undefined | null {
  const typed = folded(text);
  if (typed === '') return undefined;
  const choices = summaryChoices(core.corpus);
  const exact = choices.find((c) => folded(c.value) === typed || folded(c.name) === typed);
  if (exact) return exact.value;
  const fitting = choices.filter((c) => ` ${folded(c.value)} ${folded(c.name)} `.includes(` ${typed} `));
  return fitting.length === 1 ? fitting[0]!.value : null;
}

/** The parts a reader can name, one a line, for /help and for a part that fits none. */
export function summaryPartList(core: Core): string {
  const choices = summaryChoices(core.corpus);
  const width = Math.max(...choices.map((c) => c.value.length)) + 2;
  return choices.map((c) => `  ${c.value.padEnd(width)}${c.name}`).join('\n');
}
