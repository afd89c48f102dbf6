import { ComponentType } from 'discord-api-types/v10';
import type { ReplyPayload } from './payload.ts';
import { unescapeMarkdown } from './markdown.ts';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** A reply's button as a terminal lists it: those that can be pressed are numbered from 1. */
export interface TerminalButton {
  label: string;
  customId: string;
  number?: number;
}

/** The reply's buttons in the order Discord draws them; greyed-out ones get no number. */
export function replyButtons(reply: ReplyPayload): TerminalButton[] {
  let next = 1;
  return reply.components.flatMap((row) =>
    row.components.flatMap((c) => {
      if (c.type !== ComponentType.Button || !('custom_id' in c) || !c.label) return [];
      return [{ label: c.label, customId: c.custom_id, ...(c.disabled ? {} : { number: next++ }) }];
    }),
  );
}

/** "[1] More matches  [2] Whole paragraph", with a greyed-out button shown as "Previous (n/a)". */
export function buttonList(buttons: readonly TerminalButton[]): string {
  return buttons.map((b) => (b.number === undefined ? `${b.label} (n/a)` : `[${b.number}] ${b.label}`)).join('  ');
}

/**
 * Shows a reply payload in a terminal: the same message a Discord user would see, as text.
 * `numberButtons` lists the buttons by number, for a shell where they can be pressed.
 */
export function payloadToText(reply: ReplyPayload, options: { colour: boolean; numberButtons?: boolean }): string {
  const bold = (text: string): string =>
    unescapeMarkdown(
      text
        .replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/gs, options.colour ? `${BOLD}$1${RESET}` : '[$1]')
        .replace(/(?<!\\)\*(.+?)(?<!\\)\*/g, '$1'),
    );
  const dim = (text: string): string => (options.colour ? `${DIM}${text}${RESET}` : text);
  const out: string[] = [];
  if (reply.content) out.push(bold(reply.content));
  for (const embed of reply.embeds) {
    if (embed.author) out.push(dim(embed.author.name));
    if (embed.title) out.push(bold(`**${embed.title}**`));
    if (embed.description) out.push(bold(embed.description));
    for (const field of embed.fields ?? []) out.push(`${bold(`**${field.name}**`)}\n${bold(field.value)}`);
    if (embed.footer) out.push(dim(embed.footer.text));
  }
  if (options.numberButtons) {
    const buttons = replyButtons(reply);
    if (buttons.length > 0) out.push(dim(`Buttons: ${buttonList(buttons)}`));
  } else {
    const buttons = reply.components.flatMap((row) =>
      row.components.flatMap((c) =>
        'label' in c && c.label ? [`[${c.label}${'disabled' in c && c.disabled ? ' (n/a)' : ''}]`] : [],
      ),
    );
    if (buttons.length > 0) out.push(dim(`Buttons: ${buttons.join(' ')}`));
  }
  if (reply.flags) out.push(dim('(only you would see this reply)'));
  return `${out.join('\n\n')}\n`;
}
