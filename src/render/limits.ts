/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
} as const;

/** Cuts text to at most `max` characters (code points), ending with an ellipsis when it cut. */
export function clip(text: string, max: number): string {
  // No longer in UTF-16 units than `max` is no longer in code points: most texts, and no array of them.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1).join('');
  // A cut inside "**bold**" would leave an unclosed marker that swallows the rest of the message.
  if ((cut.match(/(?<!\\)\*\*/g) ?? []).length % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('**'));
  // A trailing lone backslash would escape the ellipsis.
  return `${cut.replace(/\\+$/, '')}…`;
}
