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
