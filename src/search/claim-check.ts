import { expandChatSpeak } from '../text/chat-speak.ts';
import { readInput, type Clipped } from '../text/read-input.ts';
import { tokenize } from '../text/fold.ts';
import { termOfWord, termsOf } from '../text/terms.ts';
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
  /**
   * On supported or contradicted: whose view the message says it is ("the author says …"), where
   * the sentence gives someone else's ("Some in the Iranian regime"). Null when it names no one, or
   * the one the sentence gives.
   */
  heldBy: { claimed: string; speaker: string } | null;
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
  [
    ['keep', 'honor', 'honour', 'fulfil', 'fulfill'],
    ['reneg', 'break'],
  ],
].map(([a, b]) => [a!.map(termOfWord), b!.map(termOfWord)]);

/** Negations; "no doubt", "not unlikely" and "not only" say yes, so they are not. */
const NEGATION =
  /\b(?:not|no|never|nor|neither|cannot|nothing|none|without|no longer|\w+n['’]t)\b(?!\s+(?:doubt|un\w+|only)\b)/iu;
/**
 * Words that deny what follows them: "would refuse to withdraw" says Tehran will not withdraw;
 * "unlikely to resurrect their former warm relations" says the relations are warm no more.
 */
const REFUSAL =
  /\b(?:refus\w*|reneg\w*|reject\w*|den(?:y|ies|ied|ying)|fail(?:s|ed|ing|ure)?\s+to|unlikely\s+to|former|erstwhile|no\s+longer)\b/iu;
/** Hedges of possibility: "the risk of a US attack" does not say that the US attacked. */
const HEDGE = /\b(?:risks?\s+of|may(?!\s+well\b)|might|could|likely|possibl[ey]|possibility|perhaps|would\s+risk)\b/iu;
/**
 * How many words before a found word a negation, refusal or hedge still bears on it ("may not
 * last", "refuse to withdraw", "the risk of a US attack"); found words in between do not count,
 * so a phrase the claim shares ("a US attack") does not push its modifier out of reach.
 */
const MODIFIER_REACH = 4;

/** Whether the article denies or only allows for what the claim's words say in the matched sentence. */
interface ArticleModality {
  negated: boolean;
  hedged: boolean;
}

/**
 * Reads the words just before each found word of the sentence for a negation, refusal or hedge.
 * Found words themselves are blanked out: "reneged" found for the claim's "break" is what the
 * claim says, not a modifier of it.
 */
function modalityInArticle(match: SentenceMatch): ArticleModality {
  const { sentence } = match;
  const text = sentence.paragraph.text;
  const tokens = tokenize(text.slice(sentence.start, sentence.end)).map((t) => ({
    start: t.start + sentence.start,
    end: t.end + sentence.start,
  }));
  const found = new Set(match.hits.map((h) => h.at));
  let negated = false;
  let hedged = false;
  for (const hit of match.hits) {
    const i = tokens.findIndex((t) => t.start === hit.at);
    if (i < 0) continue;
    const before = tokens
      .slice(0, i)
      .filter((t) => !found.has(t.start))
      .slice(-MODIFIER_REACH);
    if (before.length === 0) continue;
    let window = '';
    for (const t of tokens.slice(tokens.indexOf(before[0]!), i)) {
      window += found.has(t.start) ? ' … ' : ` ${text.slice(t.start, t.end)}`;
    }
    // Only the words next to each other: a blanked found word breaks a two-word cue ("fail … to").
    if (NEGATION.test(window) || REFUSAL.test(window)) negated = true;
    if (HEDGE.test(window)) hedged = true;
  }
  return { negated, hedged };
}

/** Distinct content words a claim names: "Iran" or "iran iran" is too little to check. */
const MIN_CLAIM_TERMS = 2;

/**
 * What a chat message wraps its claim in, which the article cannot bear out or deny: who holds it
 * ("the author thinks", "i reckon") and how strongly it is put ("big", "totally", "gonna").
 * "Iran is gonna be the big winner" claims what "Iran will be the winner" does.
 */
const FRAMING =
  /^(?:(?:so|honestly|basically|obviously|clearly|apparently|i think|i reckon|i bet|i guess|imo|tbh|ngl)\b[\s,]*)+|\b(?:the (?:author|writer|article|op-?ed|column)|al-?sulami|he|it) (?:thinks|says|argues|claims|believes|reckons|predicts)(?: that)?\b/gi;
const INTENSIFIERS =
  /\b(?:big|huge|massive|total|totally|really|very|so|super|kinda|literally|definitely|absolutely|basically|gonna|going to)\b/gi;

/**
 * "Putin said …", "khomeini warned that …", "the daily caller thinks …": whose view the message
 * says its claim is, in its first few words.
 */
const HELD_BY =
  /^\W*(?:so\s+)?((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?)\s+(?:says?|said|thinks?|thought|argues?|argued|claims?|claimed|believes?|believed|reckons?|predicts?|predicted|warns?|warned|accuses?|accused|writes?|wrote|insists?|insisted)\b(?:\s+that\b)?/iu;

/** The claim as the article could state it: chat-speak read, its framing and intensifiers left out. */
function claimProper(claim: string): string {
  return expandChatSpeak(claim).replace(FRAMING, ' ').replace(INTENSIFIERS, ' ').replace(/\s+/g, ' ').trim();
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
  const checked = checkProper(search, claim, claimProper(claim));
  // "Soleimani says iran will be the biggest loser": no sentence of his says it, but the author's
  // does. Checked without whose view it is said to be, the reply can say whose it is.
  const held = HELD_BY.exec(claim);
  const unheld =
    checked.verdict === 'unaddressed' && held
      ? checkProper(search, claim, claimProper(claim.slice(held[0].length)))
      : null;
  const result = unheld && unheld.verdict !== 'unaddressed' ? unheld : checked;
  const heldBy = result.verdict === 'unaddressed' || !held ? null : holderUnlike(search, held[1]!, result.speaker);
  return { ...result, claim, heldBy, ...(clipped ? { clipped } : {}) };
}

/** The check of `proper`, the claim as the article could state it, for the message `claim`. */
function checkProper(search: ArticleSearch, claim: string, proper: string): Omit<ClaimCheck, 'claim' | 'heldBy'> {
  const base = { match: null, passage: null, speaker: null, conflict: null, closest: null };
  // One subject alone ("Iran") says nothing the article could bear out or deny.
  if (new Set(termsOf(proper).map((t) => t.term)).size < MIN_CLAIM_TERMS) return { ...base, verdict: 'unaddressed' };
  const answer = search.ask(claim);
  const closest = answer.results[0] ?? null;
  const match = search.sentenceIndex.rank(proper, undefined, opposites)[0];
  if (!match || match.coverage < MIN_COVERAGE) return { ...base, verdict: 'unaddressed', closest };
  const paragraph = match.sentence.paragraph;
  const speakerId = speakerOf(match);
  const speaker = speakerId ? search.voiceOf(paragraph, speakerId) : null;
  const passage = search.passageIn(claim, paragraph, speakerId ?? undefined);
  const stretch = paragraph.text.slice(match.sentence.start, match.sentence.end);
  // A sentence about Iran neither bears out nor denies a claim about Russia: every person and place
  // the claim names must be in it ("Russia is the big loser" is not "Iran will be the biggest loser").
  const inSentence = new Set(termsOf(stretch).map((t) => t.term));
  if (termsOf(proper).some((t) => search.properNames.has(t.term) && !inSentence.has(t.term))) {
    return { ...base, verdict: 'unaddressed', closest: passage };
  }
  // "Russians always renege", "would refuse to withdraw": a refusal the sentence states too is what
  // both say, however far from it the article's own modifiers are read.
  const refusal = REFUSAL.exec(proper)?.[0];
  const sharedRefusal = refusal !== undefined && termsOf(refusal).every((t) => inSentence.has(t.term));
  const claimNegated = NEGATION.test(proper) || (refusal !== undefined && !sharedRefusal);
  const article = modalityInArticle(match);
  const conflict =
    opposite(proper, stretch) ??
    (!(sharedRefusal && !NEGATION.test(proper)) && claimNegated !== article.negated
      ? { claim: claimNegated ? 'not' : '', article: claimNegated ? '' : 'not' }
      : null);
  if (conflict) return { ...base, verdict: 'contradicted', match, passage, speaker, conflict };
  // The article only allows for it ("the risk of a US attack"): it does not say so, unless the claim hedges too.
  if (article.hedged && !HEDGE.test(claim)) return { ...base, verdict: 'unaddressed', closest: passage };
  return { ...base, verdict: 'supported', match, passage, speaker, conflict };
}

/**
 * Whose view the message says its claim is, where that is not the speaker of the sentence found:
 * "the author says russia betrayed iran" is, in the article, what some in the Iranian regime say.
 */
function holderUnlike(
  search: ArticleSearch,
  named: string,
  speaker: SpeakerView | null,
): { claimed: string; speaker: string } | null {
  if (speaker === null) return null;
  const holder = /^(?:the\s+)?(?:author|writer|columnist|article|op-?ed|piece|column)$/i.test(named)
    ? search.authorId
    : search.actorNamed(named);
  if (holder === undefined || holder === speaker.id) return null;
  return { claimed: search.actorName(holder), speaker: speaker.name };
}
