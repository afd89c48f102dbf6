import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { renderAskReply, renderWholeParagraph } from '../src/render/ask-reply.ts';
import { renderAbout } from '../src/render/notice-reply.ts';
import type { ReplyPayload } from '../src/render/payload.ts';
import { payloadToText } from '../src/render/terminal.ts';
import { renderPersonCard } from '../src/render/who-reply.ts';
import { runShell, shellReply } from '../src/shell.ts';
import { ShellSession } from '../src/shell/session.ts';

const core = createCore();
const PROMPT = 'oped> ';
const QUESTION = 'who will lose most in syria';
const FIRST_PAGE_LIST = 'Previous (n/a)  [1] More matches  [2] Whole paragraph  [3] Other side';

/** Types the lines into the shell, as a user at a terminal would, and returns everything it printed. */
async function transcript(lines: string[], options: { tty?: boolean } = {}): Promise<string> {
  const input = Object.assign(new PassThrough(), { isTTY: options.tty === true });
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runShell(core, input, output);
  input.end(lines.map((l) => `${l}${options.tty ? '\r' : '\n'}`).join(''));
  await done;
  return printed;
}

/** What the shell printed in answer to each typed line, in order (the text between prompts). */
async function replies<const Lines extends string[]>(...lines: Lines): Promise<{ [K in keyof Lines]: string }> {
  const printed = await transcript(lines);
  const turns = printed.split(PROMPT).slice(1);
  expect(turns.at(-1)).toBe('\nBye.\n'); // input ended: the prompt after the last line, then Bye.
  expect(turns).toHaveLength(lines.length + 1);
  return turns.slice(0, -1) as { [K in keyof Lines]: string };
}

/** A reply as the shell shows it: blank line, the bot's message with numbered buttons, blank line. */
function shown(reply: ReplyPayload): string {
  return `\n${payloadToText(reply, { colour: false, numberButtons: true })}\n`;
}

describe('the shell answers every command the bot has', () => {
  it('keeps the banner about running without a token, and leaves on quit', async () => {
    const printed = await transcript(['quit']);
    expect(printed).toMatch(/^oped-bot is running locally because no DISCORD_TOKEN was found\.\n/);
    expect(printed).toContain('or /help for all\ncommands and how to press buttons. quit or Ctrl-D leaves.\n\noped> ');
    expect(printed.endsWith(`${PROMPT}\nBye.\n`)).toBe(true);
  });

  it('shows /about as the bot posts it', async () => {
    const [about] = await replies('/about');
    expect(about).toBe(shown(renderAbout(core.meta)));
    expect(about).toContain('[About oped-bot]');
    expect(about).toContain('“The Ambiguous Future Of The Iranian-Russian Alliance In Syria”');
    expect(about).not.toContain('Unknown command');
  });

  it('shows /summary privately with no Pin button, and a part by id, title or a word only it has', async () => {
    const [brief, claims, byTitle, israel] = await replies(
      '/summary',
      '/summary key-claims',
      '/summary part: Key Claims',
      '/summary israel',
    );
    expect(brief).toContain('Summary of an opinion column · The Daily Caller\n\n[📌 The article in brief]');
    expect(brief).toContain('oped-bot · summary:whole\n\n(only you would see this reply)\n');
    expect(brief).not.toContain('Buttons:');
    expect(claims).toContain('[📌 Key claims]');
    expect(byTitle).toBe(claims);
    expect(israel).toContain('[📌 Russia’s alliance with Israel]');
  });

  it('lists the parts when the one typed fits none', async () => {
    const [reply] = await replies('/summary nonsense');
    expect(reply).toBe(
      '\nNo summary part fits “nonsense”. The parts, by id or title:\n' +
        '  whole                    The article in brief\n' +
        '  section-opening          Opening (before the first heading)\n' +
        '  section-disintegration   Russo-Iranian alliance set to disintegrate\n' +
        '  section-israel-alliance  Russia’s alliance with Israel\n' +
        '  who-stands-where         Who stands where\n' +
        '  key-claims               Key claims\n\n',
    );
  });

  it('asks a line without a slash as a question, exactly as /ask would', async () => {
    const [bare, slashed, privately, unslashed] = await replies(
      QUESTION,
      `/ask ${QUESTION}`,
      `/ask ${QUESTION} private:true`,
      `ask ${QUESTION}`,
    );
    expect(bare).not.toContain('Unknown command');
    expect(bare).toContain(`[❓ ${QUESTION}]`);
    expect(bare).toContain(`Buttons: ${FIRST_PAGE_LIST}\n`);
    expect(bare).toBe(slashed);
    // "ask …" without its slash is the command, not a question that starts with "ask".
    expect(unslashed).toBe(slashed);
    expect(privately).toBe(bare.replace(/\n$/, '\n(only you would see this reply)\n\n'));
  });

  it('previews /summary-post and /summary-unpin, saying nothing is posted', async () => {
    const [post, pinned, unpin] = await replies('/summary-post key claims', '/summary-post pin:true', '/summary-unpin');
    expect(post).toMatch(
      /^\nPREVIEW of \/summary-post: nothing is posted \(the shell is not in a Discord channel\)\.\n/,
    );
    expect(post).toContain('[📌 Key claims]');
    expect(post).toContain('Buttons: [1] Pin\n');
    expect(post).toContain(
      'The moderator would read, privately:\n\nPosted the summary: <link to the message>\n\n(only you would see this reply)\n',
    );
    expect(pinned).toMatch(/^\nPREVIEW of \/summary-post pin:true: nothing is posted/);
    expect(pinned).toContain('[📌 The article in brief]');
    expect(pinned).toContain('Buttons: Pinned (n/a)\n');
    expect(pinned).toContain('📌 Posted and pinned the summary: <link to the message>');
    expect(unpin).toMatch(/^\nPREVIEW of \/summary-unpin: nothing is unpinned/);
    expect(unpin).toContain(
      'Unpinned the summary “The article in brief”. The message is still in the channel: <link to the message>',
    );
  });

  it('says which commands there are when one is unknown, and ignores empty lines', async () => {
    const [unknown, empty, blank] = await replies('/summarise', '', '   ');
    expect(unknown).toBe(
      '\nUnknown command "/summarise". Commands: /ask, /check, /who, /about, /summary, /summary-post, /summary-unpin, /help, /quit. A line without / is a question.\n\n',
    );
    expect(empty).toBe('');
    expect(blank).toBe('');
  });
});

describe('the buttons on the last reply can be pressed', () => {
  const answer = core.search.ask(QUESTION);

  it('pages with more and prev, as the Discord buttons do', async () => {
    const [first, more, prev] = await replies(QUESTION, 'more', 'prev');
    expect(more).toBe(shown(renderAskReply(answer, core.meta, 1)));
    expect(more).toContain('match 2 of');
    expect(more).toContain('Buttons: [1] Previous  [2] More matches  [3] Whole paragraph  [4] Other side\n');
    expect(prev).toBe(first);
  });

  it('presses a button by the number the list gives it', async () => {
    const [, one, three] = await replies(QUESTION, '1', '3');
    expect(one).toBe(shown(renderAskReply(answer, core.meta, 1)));
    expect(three).toBe(shown(renderWholeParagraph(answer, core.meta, 1)));
  });

  it('shows the whole paragraph with whole', async () => {
    const [, whole] = await replies(QUESTION, 'whole');
    expect(whole).toBe(shown(renderWholeParagraph(answer, core.meta, 0)));
    expect(whole).toContain(
      'All the present events mean that we’re likely to see a rapprochement in the near future between Putin and Trump',
    );
    expect(whole).toContain(
      'Buttons: Previous (n/a)  [1] More matches  Showing whole paragraph (n/a)  [2] Other side\n',
    );
  });

  it('swaps in the card with show <name> or its number on a "did you mean"', async () => {
    const khomeini = shown(renderPersonCard(core.corpus.actorsById.get('khomeini')!, core.people, core.meta));
    const [miss, shownByName, , shownByNumber] = await replies('/who khamenei', 'show khomeini', '/who khamenei', '1');
    expect(miss).toContain('[Did you mean]\n• Ayatollah Khomeini');
    expect(miss).toContain('Buttons: [1] Show Ayatollah Khomeini\n');
    expect(shownByName).toBe(khomeini);
    expect(shownByName).toContain('[👤 Ayatollah Khomeini]');
    expect(shownByNumber).toBe(khomeini);
  });

  it('asks "show me …" as a question when it names no Show button', async () => {
    const [, question] = await replies('/who khamenei', 'show me what russia wants');
    expect(question).toContain('[❓ show me what russia wants]');
  });

  it('previews pressing Pin on a previewed summary, whose button then reads Pinned', async () => {
    const [, pin, again] = await replies('/summary-post', 'pin', 'pin');
    expect(pin).toMatch(/^\nPREVIEW of pressing Pin: nothing is pinned \(the shell is not in a Discord channel\)\.\n/);
    expect(pin).toContain('📌 Posted and pinned the summary: <link to the message>');
    expect(again).toBe(
      '\n“Pinned” is greyed out on the last reply, so it cannot be pressed. Its buttons: Pinned (n/a)\n\n',
    );
  });

  it('says when a button is not on the last reply, and lists the ones that are', async () => {
    const [none, , missing, greyed, , noButtons] = await replies('more', QUESTION, '5', 'prev', '/about', 'whole');
    expect(none).toBe('\nThere is no reply yet, so no button to press. Ask something first.\n\n');
    expect(missing).toBe(`\nThe last reply has no button 5. Its buttons: ${FIRST_PAGE_LIST}\n\n`);
    expect(greyed).toBe(
      `\n“Previous” is greyed out on the last reply, so it cannot be pressed. Its buttons: ${FIRST_PAGE_LIST}\n\n`,
    );
    expect(noButtons).toBe('\nThe last reply has no “whole” button. It has no buttons.\n\n');
  });
});

describe('/help', () => {
  it('lists the commands, the button words and how to leave', async () => {
    const [help, bare] = await replies('/help', 'help');
    expect(bare).toBe(help);
    for (const expected of [
      '/ask <question> [private:true]',
      '/summary [part]',
      '/summary-post [part] [pin:true]  moderators: a PREVIEW of posting a summary (nothing is posted)',
      '  key-claims               Key claims\n',
      'A line without a leading / is a question',
      'more, prev, whole, other, share, pin, or show <name>',
      'Leave with quit, exit, /quit or Ctrl-D.',
    ]) {
      expect(help).toContain(expected);
    }
  });

  it('lists only commands that work', async () => {
    const [help] = await replies('/help');
    const commands = [...help.matchAll(/^ {2}(\/[a-z-]+)/gm)].map((m) => m[1]!);
    expect(commands).toEqual([
      '/ask',
      '/check',
      '/who',
      '/about',
      '/summary',
      '/summary-post',
      '/summary-unpin',
      '/help',
    ]);
    for (const reply of await replies(...commands)) expect(reply).not.toContain('Unknown command');
  });
});

describe('line editing', () => {
  it('recalls the previous line with the up arrow', async () => {
    const printed = await transcript(['/about', '\u001b[A'], { tty: true });
    expect(printed.split('[About oped-bot]')).toHaveLength(3);
  });
});

describe('the shell piped into a reader that stops early (`npm start | head`)', () => {
  it('ends the session quietly instead of crashing on EPIPE', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: false });
    let writes = 0;
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        // The reader has gone after the banner: every later write fails as a closed pipe does.
        writes++;
        callback(writes > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
      },
    });
    const done = runShell(core, input, output);
    input.write(`${QUESTION}\n`);
    await expect(done).resolves.toBeUndefined();
  });
});

describe('reading together in the shell', () => {
  it('/check stands in for the message menu, and share shows what would be posted', () => {
    const session = new ShellSession(core, false);
    const text = (line: string) => {
      const outcome = session.respond(line);
      return outcome && 'text' in outcome ? outcome.text : '';
    };
    const checked = text('/check Iran is going to win in Syria');
    expect(checked).toContain('❌ [The article says otherwise.] You wrote “win”; the article says “loser”.\n');
    expect(checked).toContain('Buttons: [1] Share in channel\n');
    expect(checked).toContain('(only you would see this reply)');
    const shared = text('share');
    expect(shared).toMatch(/^📣 Shared by you: what the op-ed says about this message\n/u);
    expect(shared).not.toContain('only you would see');
  });

  it('/ask … speaker: keeps to one speaker', () => {
    const reply = shellReply(core, '/ask what about withdrawing speaker:abadi', false)!;
    expect(reply).toContain('only Kamal Dahqani Fairuz Abadi · match 1 of');
  });
});

describe('"back" after Other side', () => {
  it('presses "Back to the answer", not Previous', async () => {
    const printed = await transcript(['/ask what does soleimani think about russia', 'other', 'back']);
    const turns = printed.split(PROMPT).slice(1);
    expect(turns[1]).toContain('Buttons: [1] Back to the answer');
    expect(turns[2]).toContain('Buttons: Previous (n/a)  [1] More matches  [2] Whole paragraph  [3] Other side');
  });
});

describe('options in any order, as Discord takes them', () => {
  it('reads private:true and speaker: before the question as well as after it', () => {
    expect(shellReply(core, '/ask private:true what does putin want', false)).toContain(
      '(only you would see this reply)',
    );
    const narrowed = shellReply(core, '/ask speaker:soleimani israel', false)!;
    expect(narrowed).toContain('[❓ israel]');
    expect(narrowed).toContain('only Afshar Soleimani');
  });
});
