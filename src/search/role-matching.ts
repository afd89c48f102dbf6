import { stemmer } from 'stemmer';
import { wordEdits } from './name-matching.ts';
import { nameTokens } from './who-query.ts';

/** Words that carry no part of a description: "the author of this article" is "author". */
const FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'for',
  'and',
  'in',
  'on',
  'at',
  'from',
  'with',
  'who',
  'this',
  'that',
  'is',
  'was',
  'his',
  'her',
  'its',
  'their',
  'it',
  'article',
  'piece',
  'op',
  'ed',
  'oped',
  'column',
  'commentary',
]);
/** "the guy from the committee": words that ask for a person, not what they belong to. */
const PERSON_WORDS = new Set(['guy', 'man', 'woman', 'person', 'dude', 'fellow', 'bloke', 'lady', 'someone', 'one']);

/** How closely a description fits: the whole description, a phrase inside it, or words spread through it. */
export const DESCRIPTION_FIT = { none: 0, scattered: 1, phrase: 2, whole: 3 } as const;
export type DescriptionFit = (typeof DESCRIPTION_FIT)[keyof typeof DESCRIPTION_FIT];

export interface DescriptionQuery {
  words: string[];
  /** The reader asked for a person ("the guy from …"), so groups and bodies do not count. */
  personOnly: boolean;
}

const stems = new Map<string, string>();
function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    // Typed words are unbounded; the cache only needs the descriptions' own words and a few more.
    if (stems.size < 5000) stems.set(word, stemmed);
  }
  return stemmed;
}

/** The words of a description that carry meaning, for `fitDescription`. */
export function descriptionWords(text: string): string[] {
  return nameTokens(text).filter((w) => !FILLER.has(w));
}

/** "the iran dude that used to be an ambassador", "who was once a diplomat": a post held before. */
const HELD_ONCE = /\b(?:(?:that|who)\s+)?(?:used to be|was once|once was|had been)\b/gi;

/** The words of a description typed by a reader, with filler and "the guy from" taken out. */
export function describedQuery(text: string): DescriptionQuery {
  const words = descriptionWords(text.replace(HELD_ONCE, ' former '));
  return { words: words.filter((w) => !PERSON_WORDS.has(w)), personOnly: words.some((w) => PERSON_WORDS.has(w)) };
}

/** Shorter typed words must match as written (or by stem): "here" is not a misspelt "where". */
const MIN_FUZZY_LENGTH = 6;

/**
 * A people's word made from its country's: "iranian" of "iran", "israeli" of "israel",
 * "azerbaijani". Only the ending is checked, so "civil" and "civilian" pair too; the roles the
 * article gives never set such a pair against each other.
 */
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'i'];
const MIN_COUNTRY_LENGTH = 4;

function withDemonymEnding(one: string, other: string): boolean {
  const [short, long] = one.length < other.length ? [one, other] : [other, one];
  return (
    short.length >= MIN_COUNTRY_LENGTH && long.startsWith(short) && DEMONYM_ENDINGS.includes(long.slice(short.length))
  );
}

/**
 * Words for a role the article words otherwise: "the ex-envoy to baku" is its "former Iranian
 * ambassador to Azerbaijan", "the vice chair of the panel" its "deputy chairman of the committee".
 */
const ROLE_WORD: ReadonlyMap<string, string> = new Map([
  ['ex', 'former'],
  ['previous', 'former'],
  ['erstwhile', 'former'],
  ['onetime', 'former'],
  ['envoy', 'ambassador'],
  ['emissary', 'ambassador'],
  ['baku', 'azerbaijan'],
  ['vice', 'deputy'],
  ['chair', 'chairman'],
  ['chairperson', 'chairman'],
  ['panel', 'committee'],
  ['commission', 'committee'],
]);

/** "the iran ambassador" is the article's "Iranian ambassador". */
function sameWord(typed: string, known: string): boolean {
  return (
    stem(typed) === stem(known) ||
    ROLE_WORD.get(typed) === known ||
    withDemonymEnding(typed, known) ||
    (typed.length >= MIN_FUZZY_LENGTH && wordEdits(typed, known) !== undefined)
  );
}

/** Where the typed words sit in one description: all of it, a run inside it, spread out, or not all there. */
function fitOne(typed: readonly string[], words: readonly string[]): DescriptionFit {
  if (!typed.every((t) => words.some((w) => sameWord(t, w)))) return DESCRIPTION_FIT.none;
  if (typed.length === words.length && typed.every((t, i) => sameWord(t, words[i]!))) return DESCRIPTION_FIT.whole;
  for (let start = 0; start + typed.length <= words.length; start++) {
    if (typed.every((t, i) => sameWord(t, words[start + i]!))) return DESCRIPTION_FIT.phrase;
  }
  return DESCRIPTION_FIT.scattered;
}

/**
 * How well a reader's description fits one actor, given the role the article gives them and
 * the descriptions readers use: the best fit over each text on its own (a role's words may be
 * spread through it, "former ambassador to Azerbaijan" in "former Iranian ambassador to Azerbaijan").
 */
export function fitDescription(query: DescriptionQuery, texts: ReadonlyArray<readonly string[]>): DescriptionFit {
  if (query.words.length === 0) return DESCRIPTION_FIT.none;
  let best: DescriptionFit = DESCRIPTION_FIT.none;
  for (const words of texts) {
    const fit = fitOne(query.words, words);
    if (fit > best) best = fit;
  }
  return best;
}
