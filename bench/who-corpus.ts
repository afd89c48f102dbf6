import type { Core } from '../src/core.ts';
import { foldText } from '../src/text/fold.ts';

/** One /who case as the corpus helpers write them: what was typed and what it should find. */
export interface WhoCorpusCase {
  q: string;
  /** The article's own name for it, verbatim; null when nothing in the article should match. */
  expect: string | null;
  kind: 'person' | 'group' | 'place' | 'absent';
}

export interface WhoCorpusScore {
  right: number;
  total: number;
  misses: Array<{ case: WhoCorpusCase; got: string | null }>;
}

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A name fits the expected one when either holds the other, or all of the expected words. */
function names(candidates: readonly string[], expected: string): boolean {
  const want = foldText(expected);
  const wantWords = words(expected);
  return candidates.some((name) => {
    const have = foldText(name);
    const haveWords = new Set(words(name));
    return have.includes(want) || want.includes(have) || wantWords.every((w) => haveWords.has(w));
  });
}

/**
 * Scores /who on a labelled corpus: a person or group is right when the match carries the
 * expected name; a place when the reply identifies that place; an absent case when nothing matches.
 */
export function scoreWhoCorpus(core: Core, cases: readonly WhoCorpusCase[]): WhoCorpusScore {
  const misses: WhoCorpusScore['misses'] = [];
  for (const c of cases) {
    const answer = core.people.who(c.q);
    const got = answer.match?.name ?? (answer.place ? `place: ${answer.place.name}` : null);
    let right: boolean;
    if (c.kind === 'absent' || c.expect === null) right = answer.match === null && answer.place === null;
    else if (c.kind === 'place')
      right =
        answer.place !== null && names([answer.place.name, ...answer.place.namedAs, ...answer.place.aliases], c.expect);
    else right = answer.match !== null && names([answer.match.name, ...answer.match.aliases], c.expect);
    if (!right) misses.push({ case: c, got });
  }
  return { right: cases.length - misses.length, total: cases.length, misses };
}
