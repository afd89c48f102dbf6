import {
  askButtonReply,
  askReply,
  checkReply,
  shareCheckReply,
  summaryReply,
  whoButtonReply,
  whoReply,
  type ButtonReply,
} from '../command-replies.ts';
import type { Core } from '../core.ts';
import { decodeButtonId } from '../render/custom-id.ts';
import { renderAbout, renderUnknownInteraction } from '../render/notice-reply.ts';
import type { ReplyPayload } from '../render/payload.ts';
import { buttonList, payloadToText, replyButtons, type TerminalButton } from '../render/terminal.ts';
import { chooseButton, type ButtonChoice } from './button-words.ts';
import { parseCommandLine, summaryPartId, summaryPartList } from './command-line.ts';
import { pinPreview, summaryPostPreview, summaryUnpinPreview, type Preview } from './moderator-preview.ts';

/** Everything the shell answers to, for /help; kept beside the code that answers so they agree. */
export function shellHelp(core: Core): string {
  return `Commands, as in Discord:
  /ask <question> [private:true]   the passage that answers it, e.g. /ask who will lose most in Syria?
    … speaker:<name>               only what one person or group says, e.g. /ask israel speaker:soleimani
    who said <words>               who says that in the article and how: /ask who said Iran is the biggest loser
  /check <text>                    a message checked against the article (Discord: right-click → Apps →
                                   Check against the op-ed), e.g. /check Russia betrayed Iran
  /who <name>                      a person or group named in the article, e.g. /who putn
  /about                           what the bot is and the article it answers about
  /summary [part]                  a summary with paragraph citations, e.g. /summary key claims
  /summary-post [part] [pin:true]  moderators: a PREVIEW of posting a summary (nothing is posted)
  /summary-unpin [part]            moderators: a PREVIEW of unpinning one (nothing is unpinned)
  /help or help                    this list
Summary parts (by id or title; none means the article in brief):
${summaryPartList(core)}
A line without a leading / is a question, as if typed after /ask: what does putin want
  (a line starting "ask …" is /ask too)
Buttons: a reply lists its buttons, e.g. [1] More matches  [2] Whole paragraph. Press one by
  its number, or by its word: more, prev, whole, other, share, pin, or show <name> (e.g. show khomeini).
  A number or one of those words alone always means a button; to ask about it, use /ask.
Up and down arrows recall earlier lines. Leave with quit, exit, /quit or Ctrl-D.`;
}

const COMMANDS = ['/ask', '/check', '/who', '/about', '/summary', '/summary-post', '/summary-unpin', '/help', '/quit'];

/** What one line did: text to print, or the reader leaving. */
export type ShellOutcome = { text: string } | { quit: true } | undefined;

/**
 * One reader's session: answers each line as the bot would, and remembers the last reply so its
 * buttons can be pressed. The buttons carry no state beyond their custom ids and the message, as
 * in Discord, so pressing one here runs the very handler logic the Discord buttons run.
 */
export class ShellSession {
  readonly #core: Core;
  readonly #colour: boolean;
  /** The message whose buttons can be pressed: the last reply, or the message a button edited. */
  #message: ReplyPayload | undefined;

  constructor(core: Core, colour: boolean) {
    this.#core = core;
    this.#colour = colour;
  }

  respond(line: string): ShellOutcome {
    const trimmed = line.trim();
    if (trimmed === '') return undefined;
    if (/^\/?(quit|exit)$/i.test(trimmed)) return { quit: true };
    if (/^\/?help$/i.test(trimmed)) return { text: `${shellHelp(this.#core)}\n` };
    if (trimmed.startsWith('/')) return { text: this.#command(trimmed) };
    // "ask who wrote this": the command typed without its slash, as people do, is the command.
    if (/^ask\s+\S/i.test(trimmed)) return { text: this.#command(`/${trimmed}`) };
    const choice = chooseButton(trimmed, this.#buttons());
    return { text: choice ? this.#choose(choice) : this.#show(askReply(this.#core, trimmed)) };
  }

  #buttons(): TerminalButton[] {
    return this.#message ? replyButtons(this.#message) : [];
  }

  /** Prints a reply and makes it the message whose buttons can be pressed. */
  #show(reply: ReplyPayload): string {
    this.#message = reply;
    return payloadToText(reply, { colour: this.#colour, numberButtons: true });
  }

  #preview(preview: Preview): string {
    this.#message = preview.message;
    return preview.text;
  }

  #command(line: string): string {
    const core = this.#core;
    const { name, text, switches } = parseCommandLine(line, ['private', 'pin']);
    switch (name) {
      case 'ask': {
        // speaker: may come first or last, as Discord's options may ("speaker:soleimani israel").
        const first = /^speaker:\s*(\S+)\s+([\s\S]+)$/i.exec(text);
        const [, question = text, speaker] = first
          ? [text, first[2], first[1]]
          : (/^([\s\S]*?)\s+speaker:\s*(.+)$/i.exec(text) ?? []);
        return this.#show(askReply(core, question, switches.has('private'), speaker));
      }
      case 'check':
        return this.#show(checkReply(core, text));
      case 'who':
        return this.#show(whoReply(core, text));
      case 'about':
        return this.#show(renderAbout(core.meta));
      case 'summary':
      case 'summary-post':
      case 'summary-unpin': {
        const partId = summaryPartId(core, text);
        if (partId === null) {
          return `No summary part fits “${text}”. The parts, by id or title:\n${summaryPartList(core)}\n`;
        }
        if (name === 'summary') return this.#show(summaryReply(core, partId));
        if (name === 'summary-post')
          return this.#preview(summaryPostPreview(core, partId, switches.has('pin'), this.#colour));
        return this.#preview(summaryUnpinPreview(core, partId, this.#colour));
      }
      default:
        return `Unknown command "/${name}". Commands: ${COMMANDS.join(', ')}. A line without / is a question.\n`;
    }
  }

  #choose(choice: ButtonChoice): string {
    if (choice.kind === 'press') return this.#press(choice.button.customId);
    if (!this.#message) return 'There is no reply yet, so no button to press. Ask something first.\n';
    const buttons = this.#buttons();
    const problem =
      choice.kind === 'greyed-out'
        ? `“${choice.button.label}” is greyed out on the last reply, so it cannot be pressed.`
        : `The last reply has no ${/^\d+$/.test(choice.asked) ? `button ${choice.asked}` : `“${choice.asked}” button`}.`;
    return `${problem} ${buttons.length > 0 ? `Its buttons: ${buttonList(buttons)}` : 'It has no buttons.'}\n`;
  }

  /** A button on the last reply, pressed: the custom id is decoded by the same code the Discord handlers use. */
  #press(customId: string): string {
    const message = this.#message!;
    switch (decodeButtonId(customId)?.kind) {
      case 'pin':
        return this.#preview(pinPreview(this.#core, customId, message, this.#colour));
      case 'who':
        return this.#answer(whoButtonReply(this.#core, customId));
      case 'share':
        // Share posts a new message for the channel; the shell shows it, named as shared by "you".
        return this.#show(shareCheckReply(message, 'you'));
      case 'ask':
        return this.#answer(askButtonReply(this.#core, customId, message));
      case undefined:
        return payloadToText(renderUnknownInteraction(), { colour: this.#colour });
    }
  }

  /** An edit replaces the message, as Discord's update does; a notice is a new private reply beside it. */
  #answer(reply: ButtonReply): string {
    if ('update' in reply) return this.#show(reply.update);
    return payloadToText(reply.notice, { colour: this.#colour });
  }
}

/** Replies to one line typed into a fresh shell; pure so tests can check a reply without a terminal. */
export function shellReply(core: Core, line: string, colour: boolean): string | undefined {
  const outcome = new ShellSession(core, colour).respond(line);
  return outcome && 'text' in outcome ? outcome.text : undefined;
}
