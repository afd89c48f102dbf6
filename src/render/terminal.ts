import type { ReplyPayload } from './payload.ts';
import { unescapeMarkdown } from './markdown.ts';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** Shows a reply payload in a terminal: the same message a Discord user would see, as text. */
export function payloadToText(reply: ReplyPayload, options: { colour: boolean }): string {
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
    if (embed.title) out.push(bold(`**${embed.title}**`));
    if (embed.description) out.push(bold(embed.description));
    for (const field of embed.fields ?? []) out.push(`${bold(`**${field.name}**`)}\n${bold(field.value)}`);
    if (embed.footer) out.push(dim(embed.footer.text));
  }
  const buttons = reply.components.flatMap((row) =>
    row.components.flatMap((c) =>
      'label' in c && c.label ? [`[${c.label}${'disabled' in c && c.disabled ? ' (n/a)' : ''}]`] : [],
    ),
  );
  if (buttons.length > 0) out.push(dim(`Buttons: ${buttons.join(' ')}`));
  if (reply.flags) out.push(dim('(only you would see this reply)'));
  return `${out.join('\n\n')}\n`;
}
