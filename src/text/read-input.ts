/** An over-long input: the first `read` of its `length` characters were read, the rest ignored. */
export interface Clipped {
  read: number;
  length: number;
}

/**
 * Input as the core reads it, whatever the front door: on one line, trimmed, and cut at `max`
 * code points. Saying when it cut lets the reply tell the member rather than answer a fragment
 * as if it were the whole question.
 */
export function readInput(raw: string, max: number): { text: string; clipped?: Clipped } {
  const chars = Array.from(raw.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return { text: chars.join('') };
  return { text: chars.slice(0, max).join(''), clipped: { read: max, length: chars.length } };
}

/** Discord's mentions as typed into a message or an option: users, roles, channels, commands, everyone. */
const MENTION = /<@[!&]?\d+>|<#\d+>|<\/[^<>:]+:\d+>|(?<![\w.])@(?:everyone|here)\b/g;

/**
 * The question without the mentions in it: "@everyone what is this about" asks what the piece is
 * about, and "<@123>" is no number the article should hold. The reply still echoes them (escaped).
 */
export function withoutMentions(text: string): string {
  const replaced = text.replace(MENTION, ' ');
  return replaced === text ? text : replaced.replace(/\s+/g, ' ').trim();
}
