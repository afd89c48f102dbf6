import { allowedEdits } from '../text/edit-distance.ts';

/**
 * Words a name may carry or lose without naming someone else: titles ("President Putin"), the
 * article's particles ("al-Sulami" / "Sulami"). They count when they match and are ignored
 * when they do not, so "President Putin" finds Putin and "General Soleimani" still prefers
 * the general, whose alias has the word.
 */
const OPTIONAL_WORDS = [
  'mr',
  'mrs',
  'ms',
  'mister',
  'dr',
  'doctor',
  'prof',
  'professor',
  'president',
  'prime',
  'minister',
  'pm',
  'ayatollah',
  'imam',
  'sheikh',
  'shaikh',
  'the',
  'sir',
  'general',
  'ambassador',
  'former',
  'of',
  'al',
  'el',
  'ul',
];
const OPTIONAL = new Set(OPTIONAL_WORDS);

/** How well typed words fit a name: more words matched first, then fewer edits. */
export interface NameFit {
  matched: number;
  edits: number;
}

/** Rows reused between calls: a lookup compares hundreds of word pairs per keystroke. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The same distance as `editDistance` (adjacent swaps count once), but giving up as soon as a
 * row exceeds `limit`: almost every pair a lookup tries is far apart, and autocomplete runs it
 * on every keystroke.
 */
function editsWithin(a: string, b: string, limit: number): number | undefined {
  const cols = b.length + 1;
  if (rows[0]!.length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [before, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return undefined;
    [before, prev, cur] = [prev, cur, before];
  }
  const edits = prev[b.length]!;
  return edits <= limit ? edits : undefined;
}

/** Edits from a typed word to a known one, or undefined when too far apart to be a misspelling. */
export function wordEdits(typed: string, known: string): number | undefined {
  if (typed === known) return 0;
  const limit = allowedEdits(typed.length);
  if (limit === 0 || Math.abs(typed.length - known.length) > limit) return undefined;
  return editsWithin(typed, known, limit);
}

function closest(typed: string, words: Iterable<string>): number | undefined {
  let best: number | undefined;
  for (const word of words) {
    const edits = wordEdits(typed, word);
    if (edits !== undefined && (best === undefined || edits < best)) best = edits;
    if (best === 0) break;
  }
  return best;
}

/** A title or particle, or a misspelling of one ("ayatolla", "presdent"). */
export function isOptionalWord(word: string): boolean {
  return OPTIONAL.has(word) || (word.length >= 5 && closest(word, OPTIONAL_WORDS) !== undefined);
}

/**
 * The words of every way a person is written, plus adjacent words run together ("al sulami" gives
 * "alsulami", "fairuz abadi" gives "fairuzabadi"), since transliterations split names differently.
 */
export function namePool(aliases: ReadonlyArray<readonly string[]>): Set<string> {
  const pool = new Set<string>();
  for (const words of aliases) {
    words.forEach((word, i) => {
      pool.add(word);
      if (i > 0) pool.add(words[i - 1]! + word);
    });
    if (words.length > 2) pool.add(words.join(''));
  }
  return pool;
}

/**
 * A person's fit: every word typed that is not a title must be (a misspelling of) some word of
 * theirs, in any order, so "kamal fairuzabadi" and "dehqani fairouz abadi" both find Abadi while
 * "Vladimir Zelensky" finds no one. Undefined when a word fits nowhere or only titles were typed.
 * `optionalWord` may add words that say where someone is from ("Iran's Supreme Leader"): they
 * help a name that has them but never make a name out of a description ("former Iranian ambassador").
 */
export function fitPerson(
  typed: readonly string[],
  pool: ReadonlySet<string>,
  optionalWord: (word: string) => boolean = isOptionalWord,
): NameFit | undefined {
  let matched = 0;
  let edits = 0;
  let required = 0;
  for (const word of typed) {
    const optional = optionalWord(word);
    if (!optional) required++;
    const best = closest(word, pool);
    if (best === undefined) {
      if (optional) continue;
      return undefined;
    }
    matched++;
    edits += best;
  }
  return required > 0 ? { matched, edits } : undefined;
}

/**
 * A group's or place's fit: the words typed must be the words of one of its names, each at most a
 * misspelling away, so "officials" alone does not pick one of several groups of officials.
 */
export function fitWhole(typed: readonly string[], name: readonly string[]): NameFit | undefined {
  if (typed.length !== name.length || typed.length === 0) return undefined;
  const left = [...name];
  let edits = 0;
  for (const word of typed) {
    let bestAt = -1;
    let best = Infinity;
    left.forEach((known, i) => {
      const e = wordEdits(word, known);
      if (e !== undefined && e < best) [best, bestAt] = [e, i];
    });
    if (bestAt < 0) return undefined;
    left.splice(bestAt, 1);
    edits += best;
  }
  return { matched: typed.length, edits };
}

/** Negative when `a` fits better than `b`. */
export function compareFits(a: NameFit, b: NameFit): number {
  return b.matched - a.matched || a.edits - b.edits;
}
