import type { TerminalButton } from '../render/terminal.ts';

/**
 * Words that always mean a button, never a question (no one asks the article "more"), each with
 * the word its button's label carries: "prev" presses Previous, "whole" Whole paragraph.
 */
const BUTTON_WORDS: Record<string, string> = {
  more: 'more',
  next: 'more',
  prev: 'previous',
  previous: 'previous',
  back: 'previous',
  whole: 'whole',
  other: 'other',
  side: 'other',
  share: 'share',
  pin: 'pin',
};

/** What a typed line means for the last reply's buttons. */
export type ButtonChoice =
  | { kind: 'press'; button: TerminalButton }
  /** Named a button that is drawn but greyed out (Previous on the first match). */
  | { kind: 'greyed-out'; button: TerminalButton }
  /** Named a button the last reply does not have; `asked` is how the reader named it. */
  | { kind: 'missing'; asked: string };

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function choose(matches: readonly TerminalButton[], asked: string): ButtonChoice {
  const live = matches.find((b) => b.number !== undefined);
  if (live) return { kind: 'press', button: live };
  return matches[0] ? { kind: 'greyed-out', button: matches[0] } : { kind: 'missing', asked };
}

/** "show khomeini" names "Show Ayatollah Khomeini": each typed word starts a word of the name. */
function namesShowButton(typed: string[], button: TerminalButton): boolean {
  const [verb, ...name] = words(button.label);
  return verb === 'show' && typed.every((t) => name.some((w) => w.startsWith(t)));
}

/**
 * Reads a line as a button press: its number as the list shows it, a button word, or "show <name>"
 * for a "did you mean" button. Undefined when the line is not about a button (so it is a question);
 * "show …" only counts when it names a Show button, since "show me …" is a question too.
 */
export function chooseButton(line: string, buttons: readonly TerminalButton[]): ButtonChoice | undefined {
  const typed = line.trim();
  if (/^\d+$/.test(typed)) {
    const button = buttons.find((b) => b.number === Number(typed));
    return button ? { kind: 'press', button } : { kind: 'missing', asked: typed };
  }
  const target = BUTTON_WORDS[typed.toLowerCase()];
  if (target !== undefined) {
    const labelled = (word: string) => buttons.filter((b) => words(b.label).some((w) => w.startsWith(word)));
    // "back" is Previous on a page of matches, and "Back to the answer" after Other side.
    const own = typed.toLowerCase() === 'back' ? labelled('back') : [];
    return choose(own.length > 0 ? own : labelled(target), typed);
  }
  const [verb, ...name] = words(typed);
  if (verb !== 'show' || name.length === 0) return undefined;
  const shows = buttons.filter((b) => namesShowButton(name, b));
  return shows.length > 0 ? choose(shows, typed) : undefined;
}
