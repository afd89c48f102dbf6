/**
 * Words members put before a question that ask nothing themselves ("wait whats this about", "ok so
 * is this about syria"): one list for the readers that step over them.
 */
export const LEAD_IN_WORDS = String.raw`(?:so|and|but|also|wait|ok|okay|hmm|hm|um|uh|oh|hey|yo|lol)`;
