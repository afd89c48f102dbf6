/** One code point, a letter or a digit in any script: what a word's edge must not touch. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** The code point that ends just before `at`, a surrogate pair read whole. */
function codePointBefore(text: string, at: number): string {
  if (at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2))) {
    return text.slice(at - 2, at);
  }
  return text.slice(at - 1, at);
}

/** The code point that starts at `at`, a surrogate pair read whole. */
function codePointAt(text: string, at: number): string {
  const point = text.codePointAt(at);
  return point === undefined ? '' : String.fromCodePoint(point);
}

/**
 * Where `form` first occurs in `text` as a whole word, with its case ("Iran" in "Iran’s", not in
 * "Iranian"; "US", not "us"), or -1. It finds what a Unicode pattern with lookarounds would, but a
 * pattern of Unicode classes takes a millisecond or so to compile on its first test: start-up
 * checks hundreds of names against every paragraph, and /who finds a person's name in each of
 * theirs.
 */
export function wholeWordIndex(text: string, form: string): number {
  if (form === '') return -1;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const before = at === 0 ? '' : codePointBefore(text, at);
    const after = codePointAt(text, at + form.length);
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return at;
  }
  return -1;
}
