import { ApplicationCommandType } from 'discord-api-types/v10';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { configSchema } from '../src/config.ts';
import { createCore } from '../src/core.ts';
import { runShell } from '../src/shell.ts';

// The README and docs/ are checked like code, so what they show cannot drift from what the bot does.
// Fenced blocks say by their info string how they are checked:
//   ```console        `$ command` lines, each followed by what it prints (stdout and stderr, as a
//                     terminal shows them); run with sh in the repository, with no .env and no token.
//   ```shell-session  the local shell: `oped> line` is typed, the rest is what the shell prints. A
//                     block opening with `$ npm start` starts at the start-up banner and runs the real
//                     entry point (src/main.ts, as npm start does) with no token; other blocks show
//                     replies only. A block that does not end with `Bye.` stops after its last reply.
//   ```sh             commands a test cannot run (npm ci, deploy-commands need the network or
//                     Discord): each npm script they name must exist in package.json.
//   ```tree           a file layout: the paths opening each line must exist.
// `[…]` in expected output stands for text left out: inside a line, any characters on that line;
// on a line of its own, any number of whole lines. Use it only where the full text adds nothing.

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const PROMPT = 'oped> ';
const ELIDED = '[…]';

const documents = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith('.md'),
);
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const packageScripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

interface Block {
  /** Where it is, for the test's name: `README.md:12`. */
  where: string;
  lang: string;
  body: string;
}

function fencedBlocks(file: string): Block[] {
  const blocks: Block[] = [];
  const lines = read(file).split('\n');
  for (let i = 0; i < lines.length; i++) {
    // A fence may be indented, inside a list item; its lines carry the same indent.
    const open = /^( *)```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', lang = ''] = open;
    const end = lines.findIndex((l, j) => j > i && l === `${indent}\`\`\``);
    if (end < 0) throw new Error(`${file}:${i + 1}: unclosed code fence`);
    const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
    blocks.push({ where: `${file}:${i + 1}`, lang, body: body.join('\n') });
    i = end;
  }
  return blocks;
}

const blocks = documents.flatMap(fencedBlocks);
const ofKind = (lang: string): Array<[string, Block]> => blocks.filter((b) => b.lang === lang).map((b) => [b.where, b]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Expected output as a whole-text pattern, with `[…]` standing for what was left out. */
function expectedPattern(expected: string): RegExp {
  const lines = expected
    .split('\n')
    .map((line) =>
      line === ELIDED ? '(?:[^\\n]*\\n)*?' : `${line.split(ELIDED).map(escapeRegExp).join('[^\\n]*?')}\\n`,
    );
  return new RegExp(`^${lines.join('')}$`, 'u');
}

/** Passes when the output fits the expected text; on a mismatch, shows both whole. */
function expectOutput(actual: string, expected: string): void {
  const fits = expectedPattern(`${expected.trimEnd()}`).test(`${actual.trimEnd()}\n`);
  if (!fits) expect(actual.trimEnd()).toBe(expected.trimEnd());
}

interface Run {
  code: number | null;
  output: string;
}

/** Runs a command as a reader would type it, with no .env, no token and no colour. */
function sh(command: string, input = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', `{ ${command}\n} 2>&1`], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DOTENV_CONFIG_PATH: '/nonexistent',
        NO_COLOR: '1',
        // npm's update check would be network traffic, and its notice would land in the output.
        npm_config_update_notifier: 'false',
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
    child.stdin.end(input);
  });
}

/** A console block's commands, each with the output shown under it. */
function consoleSteps(body: string): Array<{ command: string; expected: string }> {
  const steps: Array<{ command: string; expected: string }> = [];
  for (const line of body.split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), expected: '' });
    else if (steps.length === 0) throw new Error(`output before any $ command: ${line}`);
    else steps.at(-1)!.expected += `${line}\n`;
  }
  return steps;
}

/** The lines a shell-session block types, in order. */
function typedLines(body: string): string[] {
  return body
    .split('\n')
    .filter((l) => l.startsWith(PROMPT.trimEnd()))
    .map((l) => l.slice(PROMPT.length));
}

/** What a terminal shows: the shell's output with each typed line echoed after its prompt. */
function withTyping(printed: string, typed: readonly string[]): string {
  const [banner = '', ...turns] = printed.split(PROMPT);
  return banner + turns.map((turn, i) => `${PROMPT}${i < typed.length ? `${typed[i]}\n` : ''}${turn}`).join('');
}

/** A session run in this process through runShell, for blocks that show replies only. */
async function inProcessShell(typed: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runShell(core, input, output);
  input.end(typed.map((l) => `${l}\n`).join(''));
  await done;
  return printed;
}

const core = createCore();

describe('README and docs/ examples run as shown', () => {
  it('uses only block kinds this test knows how to check', () => {
    const unknown = blocks.filter((b) => !['console', 'shell-session', 'sh', 'tree'].includes(b.lang));
    expect(unknown.map((b) => `${b.where} \`\`\`${b.lang}`)).toEqual([]);
  });

  it.each(ofKind('console'))('%s: each command prints what is shown', async (_where, block) => {
    for (const { command, expected } of consoleSteps(block.body)) {
      const run = await sh(command);
      expectOutput(run.output, expected);
      expect(run.code, command).toBe(0);
    }
  });

  it.each(ofKind('shell-session'))('%s: the shell answers as shown', async (_where, block) => {
    const body = block.body;
    const fromStart = body.startsWith('$ npm start\n');
    const typed = typedLines(body);
    let transcript: string;
    if (fromStart) {
      const run = await sh(`${tsx} src/main.ts`, typed.map((l) => `${l}\n`).join(''));
      expect(run.code).toBe(0);
      transcript = `$ npm start\n${withTyping(run.output, typed)}`;
    } else {
      const printed = await inProcessShell(typed);
      transcript = withTyping(printed.slice(printed.indexOf(PROMPT)), typed);
    }
    // Without a typed quit, the input simply ends: the last prompt and Bye. are not shown.
    if (!body.trimEnd().endsWith('Bye.')) transcript = transcript.replace(/\n*oped> \nBye\.\n$/, '\n');
    expectOutput(transcript, body);
  });
});

describe('README and docs/ cannot point at things that are not there', () => {
  it('links only to files that exist', () => {
    const broken = documents.flatMap((file) =>
      [...read(file).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => m[1]!.split('#')[0]!)
        .filter((target) => target !== '' && !/^[a-z]+:/i.test(target))
        .filter((target) => !existsSync(join(root, dirname(file), target)))
        .map((target) => `${file} → ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('names only npm scripts that package.json has', () => {
    const named = documents.flatMap((file) =>
      [...read(file).matchAll(/\bnpm (?:run (?:--silent )?([a-z][\w:-]*)|(start|test)\b)/g)].map((m) => ({
        file,
        name: m[1] ?? m[2]!,
      })),
    );
    const missing = named
      .filter(({ name }) => !packageScripts.includes(name))
      .map(({ file, name }) => `${file}: npm run ${name}`);
    expect(named.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it.each(ofKind('tree'))('%s: every path in the layout exists', (_where, block) => {
    const paths = block.body
      .split('\n')
      .map((line) => /^([^\s,]+(?:, [^\s,]+)*)/.exec(line)?.[1] ?? '')
      .flatMap((list) => list.split(', '))
      .filter(Boolean);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });
});

/** A README section's text, from its heading to the next heading of the same level. */
function section(heading: string): string {
  const readme = read('README.md');
  const level = /^#+/.exec(heading)![0];
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has "${heading}"`).toBeGreaterThanOrEqual(0);
  const next = readme.slice(start + heading.length + 2).search(new RegExp(`^${level} `, 'm'));
  return next < 0 ? readme.slice(start) : readme.slice(start, start + heading.length + 2 + next);
}

describe('the README covers every command and setting', () => {
  it('lists every slash command the bot registers, in Discord and in the shell', () => {
    // A message context-menu command is named by its label ("Check against the op-ed"), not a slash.
    const names = commands.map((c) =>
      (c.data.toJSON() as { type?: number }).type === ApplicationCommandType.Message ? c.data.name : `/${c.data.name}`,
    );
    expect(names).toContain('/summary');
    expect(names).toContain('Check against the op-ed');
    const escape = (n: string): string => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const heading of ['### In Discord', '### In the local shell']) {
      const text = section(heading);
      expect(names.filter((n) => !new RegExp(`${escape(n)}(?![\\w-])`).test(text))).toEqual([]);
    }
  });

  it('documents every setting in the configuration section, and .env.example has each', () => {
    const settings = Object.keys(configSchema.shape);
    const configuration = section('## Configuration');
    expect(settings.filter((s) => !configuration.includes(`\`${s}\``))).toEqual([]);
    const example = read('.env.example');
    expect(settings.filter((s) => !new RegExp(`^${s}=`, 'm').test(example))).toEqual([]);
  });

  it('gets a reader from clone to the shell and to the Discord set-up within its first 150 lines', () => {
    const first = read('README.md').split('\n').slice(0, 150).join('\n');
    expect(first).toContain('npm ci');
    expect(first).toContain('$ npm start\noped-bot is running locally');
    expect(first).toContain('## Putting it on Discord');
    expect(first).toContain('npm run deploy-commands');
  });

  it('sits beside docs it links to, one file each', () => {
    const readme = read('README.md');
    for (const doc of ['design', 'answer-quality', 'performance', 'scaling', 'http-endpoint']) {
      expect(readme, doc).toContain(`(docs/${doc}.md)`);
    }
  });
});
