import { createInterface } from 'node:readline';
import type { Core } from './core.ts';
import { renderAskReply } from './render/ask-reply.ts';
import { payloadToText } from './render/terminal.ts';
import { renderWhoReply } from './render/who-reply.ts';

const HELP = `Commands:
  /ask <question>   search the article, e.g. /ask who will lose most in Syria?
  /who <name>       look up a person named in the article, e.g. /who Abadi
  /help             this list
  Ctrl-D or /quit   leave`;

/** Replies to one line typed in the shell; pure so tests can drive it without a terminal. */
export function shellReply(core: Core, line: string, colour: boolean): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  const [, command = '', rest = ''] = /^\/?(\S+)\s*([\s\S]*)$/.exec(trimmed) ?? [];
  switch (command.toLowerCase()) {
    case 'ask':
      return payloadToText(renderAskReply(core.search.ask(rest), core.meta), { colour });
    case 'who':
      return payloadToText(renderWhoReply(core.people.who(rest), core.people, core.meta), { colour });
    case 'help':
      return `${HELP}\n`;
    default:
      return `Unknown command "${command}". ${HELP}\n`;
  }
}

/** The local shell: the bot's replies in a terminal, for when there is no Discord token. */
export async function runShell(core: Core, input = process.stdin, output = process.stdout): Promise<void> {
  const colour = output.isTTY === true;
  output.write(
    `oped-bot is running locally because no DISCORD_TOKEN was found.\n` +
      `To connect to Discord, put DISCORD_TOKEN (and DISCORD_CLIENT_ID) in .env (see .env.example) and run npm start again.\n\n` +
      `Ask about “${core.meta.title}” by ${core.meta.author} (${core.meta.outlet}, an opinion column).\n${HELP}\n\n`,
  );
  const rl = createInterface({ input, output, prompt: 'oped> ', terminal: input.isTTY === true });
  rl.prompt();
  for await (const line of rl) {
    if (/^\/?(quit|exit)$/i.test(line.trim())) break;
    const reply = shellReply(core, line, colour);
    if (reply) output.write(`\n${reply}\n`);
    rl.prompt();
  }
  rl.close();
  output.write('\nBye.\n');
}
