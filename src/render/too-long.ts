import type { Clipped } from '../text/read-input.ts';

/**
 * A count with thousands set off by commas, as en-US writes it ("12,000"). Not Intl.NumberFormat:
 * making one loads ICU's locale data, which took 36 ms of every start-up, for a reply few see.
 */
function count(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(?:\d{3})+$)/g, ',');
}

const ADVICE = {
  question: { what: 'Your question is', read: 'read', retry: ' Ask a shorter question for a better answer.' },
  name: { what: 'What you typed is', read: 'read', retry: ' Type just the name for a better answer.' },
  // A checked message is usually someone else's, which the member cannot shorten: no advice to.
  message: { what: 'This message is', read: 'checked', retry: '' },
} as const;

/**
 * The message content saying an input was cut and how much of it was read, or nothing when it
 * was read whole: answer or not, the member should know the reply is to the start of it only.
 */
export function tooLongContent(clipped: Clipped | undefined, input: keyof typeof ADVICE): { content?: string } {
  if (!clipped) return {};
  const { what, read, retry } = ADVICE[input];
  return {
    content: `${what} ${count(clipped.length)} characters long; I ${read} the first ${count(clipped.read)}.${retry}`,
  };
}
