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

/** Code fenced in three backticks, whole: "```js console.log(1)```" is no part of a question. */
const CODE_BLOCK = /```[\s\S]*?```/g;
/** "[click here](https://…)": the link's text is said, its address is not. */
const MASKED_LINK = /\[([^\]]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/g;
const BARE_LINK = /<?https?:\/\/\S+>?/g;
/** Emphasis, strikethrough, spoiler and inline-code marks, and a block quote's "> ". */
const MARKS = /\*{1,3}|(?<![\p{L}\p{N}])_{1,2}|_{1,2}(?![\p{L}\p{N}])|~~|\|\||`|^\s*>>?>?\s+/gmu;

/**
 * The question without Discord's markdown: "**who** _said_ `iran` loses" asks who said Iran
 * loses. Code blocks and link addresses go; the words marked up stay. The reply echoes it as typed.
 */
export function withoutMarkdown(text: string): string {
  if (!/[*_~`|[>]|https?:/.test(text)) return text;
  // …unless the block is all there is: "```who wrote this```" is the question, fenced.
  const outside = text.replace(CODE_BLOCK, ' ');
  const unfenced = /[\p{L}\p{N}]/u.test(outside)
    ? outside
    : text.replace(CODE_BLOCK, (block) => ` ${block.slice(3, -3)} `);
  const plain = unfenced.replace(MASKED_LINK, '$1').replace(BARE_LINK, ' ').replace(MARKS, '');
  return plain === text ? text : plain.replace(/\s+/g, ' ').trim();
}
