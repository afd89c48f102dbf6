/**
 * British endings and their American forms: "summarise" → "summarize", "favourably" →
 * "favorably", "analysed" → "analyzed", "defence" → "defense", "centre" → "center",
 * "travelled" → "traveled". Stemmed, the two spellings are different terms.
 */
const ENDINGS: ReadonlyArray<readonly [british: RegExp, american: string]> = [
  [/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/our(s|ed|ing|able|ably|ite|ites)?$/, 'or$1'],
  [/ence$/, 'ense'],
  [/tre(s)?$/, 'ter$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ogue(s)?$/, 'og$1'],
];

/** The American form of a British spelling, when the search knows it (`known`); else undefined. */
export function americanSpelling(word: string, known: (form: string) => boolean): string | undefined {
  for (const [british, american] of ENDINGS) {
    if (!british.test(word)) continue;
    const form = word.replace(british, american);
    if (form !== word && known(form)) return form;
  }
  return undefined;
}
