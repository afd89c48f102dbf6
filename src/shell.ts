import { createInterface } from 'node:readline';
import type { Core } from './core.ts';
import { ShellSession } from './shell/session.ts';

export { shellReply } from './shell/session.ts';

/** Lines the arrow keys can recall, in this session only: questions are not written to disk. */
const HISTORY_SIZE = 500;

/** The local shell: the bot's replies in a terminal, buttons and all, for when there is no Discord token. */
export async function runShell(
  core: Core,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
): Promise<void> {
  const colour = output.isTTY === true;
  // A reader piping the shell into `head` closes its output early: that ends the session, quietly.
  const closedEarly = new Promise<void>((resolve) =>
    output.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      resolve();
    }),
  );
  output.write(
    `oped-bot is running locally because no DISCORD_TOKEN was found.\n` +
      `To connect to Discord, put DISCORD_TOKEN (and DISCORD_CLIENT_ID) in .env (see .env.example) and run npm start again.\n\n` +
      `Ask about “${core.meta.title}” by ${core.meta.author} (${core.meta.outlet}, an opinion column).\n` +
      `Type a question (what does putin want), a command (/who putn, /summary, /about), or /help for all\n` +
      `commands and how to press buttons. quit or Ctrl-D leaves.\n\n`,
  );
  const session = new ShellSession(core, colour);
  const rl = createInterface({
    input,
    output,
    prompt: 'oped> ',
    terminal: input.isTTY === true,
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  void closedEarly.then(() => rl.close());
  rl.prompt();
  for await (const line of rl) {
    const outcome = session.respond(line);
    if (outcome && 'quit' in outcome) break;
    if (outcome) output.write(`\n${outcome.text}\n`);
    rl.prompt();
  }
  rl.close();
  output.write('\nBye.\n');
}
