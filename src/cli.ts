import { createInterface } from 'node:readline';
import { askToJson, checkToJson, whoToJson } from './cli-json.ts';
import { askReply, checkReply, whoReply } from './command-replies.ts';
import { checkClaim } from './search/claim-check.ts';
import { createCore, type Core } from './core.ts';
import { payloadToText } from './render/terminal.ts';

const USAGE = `usage: npm run --silent cli -- <ask|who|check> [--json] ["question, name or claim"]
  With none, reads one a line from standard input and writes one JSON object a line.`;

const COMMANDS = ['ask', 'who', 'check'] as const;
type Command = (typeof COMMANDS)[number];

function answerJson(core: Core, command: Command, input: string): object {
  if (command === 'check') return checkToJson(checkClaim(core.search, input));
  return command === 'ask' ? askToJson(core.search.ask(input)) : whoToJson(core.people.who(input));
}

function answerText(core: Core, command: Command, input: string): string {
  const reply =
    command === 'check'
      ? checkReply(core, input)
      : command === 'ask'
        ? askReply(core, input, false)
        : whoReply(core, input);
  return payloadToText(reply, { colour: process.stdout.isTTY === true });
}

function isCommand(word: string | undefined): word is Command {
  return (COMMANDS as readonly string[]).includes(word ?? '');
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!isCommand(command)) {
    process.stderr.write(`${command ? `unknown command "${command}"\n` : ''}${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const unknownFlag = rest.find((a) => a.startsWith('--') && a !== '--json');
  if (unknownFlag) {
    process.stderr.write(`unknown option ${unknownFlag}\n${USAGE}\n`);
    return 2;
  }
  const words = rest.filter((a) => a !== '--json');
  const core = createCore();
  if (words.length > 0) {
    const input = words.join(' ');
    process.stdout.write(
      json ? `${JSON.stringify(answerJson(core, command, input))}\n` : answerText(core, command, input),
    );
    return 0;
  }
  // Batch mode: answers go out in input order, one JSON object a line.
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(answerJson(core, command, line))}\n`);
  return 0;
}

// A reader piping into `head` closes stdout early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
