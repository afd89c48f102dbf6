/**
 * Makes text safe to show in a Discord message: markdown characters are escaped so user text
 * cannot restyle the reply or fake a link, and @everyone/@here are broken with a zero-width space
 * so they do not even look like a ping (allowed_mentions already stops every ping). Control and
 * bidirectional-override characters are dropped: they can hide or reorder what a reader sees.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\*_~`|<>[\]()]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}

/** Reverses escapeMarkdown (but for dropped control characters), to recover a question from a reply. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/@\u200b/g, '@').replace(/\\([\\*_~`|<>[\]()#+\-.])/g, '$1');
}
