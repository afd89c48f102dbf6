import { readInput, type Clipped } from '../text/read-input.ts';
import { tokenize } from '../text/fold.ts';
import { termOfWord } from '../text/terms.ts';
import { MAX_QUERY_CHARS, type ArticleSearch, type AskResult, type SpeakerView } from './ask.ts';
import type { SentenceMatch } from './sentence-match.ts';
import { speakerOf } from './who-said.ts';

/** supported: a passage says it; contradicted: a passage says the opposite; unaddressed: none bears on it. */
export type ClaimVerdict = 'supported' | 'contradicted' | 'unaddressed';

export interface ClaimCheck {
  claim: string;
  verdict: ClaimVerdict;
  /** The sentence that bears on the claim, and the passage it stands in, or null when unaddressed. */
  match: SentenceMatch | null;
  passage: AskResult | null;
  /** Whose words the sentence gives, with their stance, or null when unaddressed. */
  speaker: SpeakerView | null;
  /** On contradicted: the claim's word and the article's that disagree ("win" / "loser"), or "not" for a negation. */
  conflict: { claim: string; article: string } | null;
  /** On unaddressed: the closest passage when the article touches the subject without bearing on the claim. */
  closest: AskResult | null;
  clipped?: Clipped;
}

/** Below this share of the claim's weight a sentence does not bear on it, whatever the passage's subject. */
const MIN_COVERAGE = 0.55;

/** Words that say the opposite of each other, by their index term ("loser" and "win"). */
const OPPOSITES: ReadonlyArray<[string[], string[]]> = [
  [
    ['win', 'winner', 'gain', 'benefit', 'victor'],
    ['lose', 'loser', 'loss'],
  ],
  [
    ['ally', 'alliance', 'allied', 'friend', 'partner', 'cooper', 'cooperation'],
    ['enemy', 'foe', 'hostil', 'rival', 'adversary'],
  ],
  [
    ['stay', 'remain', 'keep'],
    ['withdraw', 'leave', 'pull', 'exit'],
  ],
  [
    ['trust', 'reli', 'rely'],
    ['distrust', 'mistrust', 'wari', 'wary'],
  ],
  [
    ['strong', 'stronger', 'strengthen'],
    ['weak', 'weaker', 'weaken'],
  ],
  [
    ['increas', 'rise', 'grow'],
    ['reduc', 'decreas', 'fall', 'shrink'],
  ],
  [
    ['last', 'endur', 'surviv'],
    ['disintegr', 'collaps', 'break', 'split', 'end'],
  ],
  [
    ['warm', 'close', 'closer'],
    ['cold', 'hostil', 'tension', 'animos'],
  ],
  [['agre'], ['disagre', 'refus', 'oppos']],
].map(([a, b]) => [a!.map(termOfWord), b!.map(termOfWord)]);

/** Negations; "no doubt", "not unlikely" and "not only" say yes, so they are not. */
const NEGATION =
  /\b(?:not|no|never|nor|neither|cannot|nothing|none|without|no longer|\w+n['’]t)\b(?!\s+(?:doubt|un\w+|only)\b)/iu;
/** How many words before a found word a negation still bears on it ("may not last"). */
const NEGATION_REACH = 2;

/** True when a negation stands just before one of the sentence's found words. */
function negatedInArticle(match: SentenceMatch): boolean {
  const { sentence } = match;
  const tokens = tokenize(sentence.paragraph.text.slice(sentence.start, sentence.end));
  return match.hits.some((hit) => {
    const i = tokens.findIndex((t) => t.start + sentence.start === hit.at);
    if (i < 0) return false;
    const before = tokens.slice(Math.max(0, i - NEGATION_REACH), i);
    if (before.length === 0) return false;
    const text = sentence.paragraph.text.slice(before[0]!.start + sentence.start, hit.at + 12);
    return NEGATION.test(text.slice(0, before.at(-1)!.end - before[0]!.start + 1));
  });
}

/** Words readers use for what the article says in its own ("betrayed" for "abandoned", "reneged"). */
const ALIKE: ReadonlyArray<[string, string[]]> = [
  ['betray', ['abandon', 'reneg']],
  ['break', ['reneg', 'disintegr']],
  ['leave', ['withdraw']],
  ['pull', ['withdraw']],
].map(([word, alike]) => [termOfWord(word as string), (alike as string[]).map(termOfWord)]);

/** Each term's opposites and reader's synonyms, for finding the sentence that bears on a claim. */
function opposites(term: string): readonly string[] {
  return [
    ...OPPOSITES.flatMap(([a, b]) => (a.includes(term) ? b : b.includes(term) ? a : [])),
    ...ALIKE.flatMap(([word, alike]) => (word === term ? alike : [])),
  ];
}

/** A pair of words, one from the claim and one from the stretch, on opposite sides of an OPPOSITES row. */
function opposite(claim: string, stretch: string): { claim: string; article: string } | null {
  const claimWords = tokenize(claim).map((t) => ({ word: claim.slice(t.start, t.end), term: termOfWord(t.word) }));
  const articleWords = tokenize(stretch).map((t) => ({
    word: stretch.slice(t.start, t.end),
    term: termOfWord(t.word),
  }));
  for (const [one, other] of OPPOSITES) {
    for (const [mine, theirs] of [
      [one, other],
      [other, one],
    ] as const) {
      const c = claimWords.find((w) => mine.includes(w.term));
      const a = c && articleWords.find((w) => theirs.includes(w.term));
      // A row both sides use ("ally … no longer ally") is not a disagreement.
      if (c && a && !articleWords.some((w) => mine.includes(w.term))) return { claim: c.word, article: a.word };
    }
  }
  return null;
}

/**
 * Checks a member's message against the article: the sentence that bears most on it, and whether
 * it says the same or the opposite. "Supported" means the article says it, in someone's voice,
 * which the reply names: an opinion column supports a claim only as its speakers' view.
 */
export function checkClaim(search: ArticleSearch, raw: string): ClaimCheck {
  const { text: claim, clipped } = readInput(raw, MAX_QUERY_CHARS);
  const base = {
    claim,
    match: null,
    passage: null,
    speaker: null,
    conflict: null,
    closest: null,
    ...(clipped ? { clipped } : {}),
  };
  if (claim === '') return { ...base, verdict: 'unaddressed' };
  const answer = search.ask(claim);
  const closest = answer.results[0] ?? null;
  const match = search.sentenceIndex.rank(claim, undefined, opposites)[0];
  if (!match || match.coverage < MIN_COVERAGE) return { ...base, verdict: 'unaddressed', closest };
  const paragraph = match.sentence.paragraph;
  const speakerId = speakerOf(match);
  const speaker = speakerId ? search.voiceOf(paragraph, speakerId) : null;
  const passage = search.passageIn(claim, paragraph, speakerId ?? undefined);
  const stretch = paragraph.text.slice(match.sentence.start, match.sentence.end);
  const claimNegated = NEGATION.test(claim);
  const conflict =
    opposite(claim, stretch) ??
    (claimNegated !== negatedInArticle(match)
      ? { claim: claimNegated ? 'not' : '', article: claimNegated ? '' : 'not' }
      : null);
  return { ...base, verdict: conflict ? 'contradicted' : 'supported', match, passage, speaker, conflict };
}
