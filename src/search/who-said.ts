import type { ReportingMode } from '../article/schema.ts';
import type { Span } from '../text/sentences.ts';
import type { SentenceIndex, SentenceMatch } from './sentence-match.ts';

/**
 * How the article gives the words: in quotation marks, as the speaker's own statement reported
 * without them (a disclaimer, a claim), as reported speech in the author's words, as a view it
 * attributes to someone, or as the author's own.
 */
export type Reported = 'quoted' | 'claimed' | 'paraphrased' | 'attributed' | 'own';

export interface WhoSaidAnswer {
  /** The phrase looked for: the question with "who said" taken off, or the pasted sentence. */
  phrase: string;
  /** The sentence it comes from, or null when no sentence holds enough of it. */
  match: SentenceMatch | null;
  /** Whose words the found stretch gives (the author where it is his own). */
  speaker: string | null;
  reported: Reported | null;
  /** True when the phrase stands in the article as typed; false for a paraphrase or misquote. */
  verbatim: boolean;
}

/** "who said …", "who wrote that …", "whose words are '…'", "who claimed …". */
const WHO_SAID =
  /^\s*(?:who|whom|which (?:one|person|speaker))\s+(?:said|says|wrote|writes|claimed|claims|argued|argues|stated|states|warned|warns|asserted|asserts|believes|thinks|accused|added|suggested|demanded)\b(?:\s+that\b)?[\s:,]*|^\s*whose\s+(?:words|view|claim|line)\s+(?:is|are|was)\s+(?:this|that|these|it)?[\s:,]*/i;

/** Below this share of its weight a phrase is not that sentence, whatever else it shares. */
const ASKED_MIN_COVERAGE = 0.5;
/** A pasted sentence with no "who said" must match this closely to be taken as a quotation. */
const PASTED_MIN_COVERAGE = 0.75;
const PASTED_MIN_WORDS = 8;

/**
 * What a "who wrote this" names instead of words to find: the piece itself. "Who wrote this" asks
 * for the author, which /ask answers from the byline; only words said in the article are looked for.
 */
const THE_PIECE =
  /^(?:this|that|it|these|those|all this|the (?:article|piece|op-?ed|column|text|story|thing)|this (?:article|piece|op-?ed|column|text|story|thing|stuff))$/i;

/** The phrase a "who said" question asks about, or undefined when it is not one. */
export function whoSaidPhrase(question: string): string | undefined {
  const m = WHO_SAID.exec(question);
  if (!m) return undefined;
  const phrase = question
    .slice(m[0].length)
    .replace(/^["“‘'«]+|["”’'»?.!]+$/gu, '')
    .trim();
  return phrase === '' || THE_PIECE.test(phrase) ? undefined : phrase;
}

/** Spans of the paragraph inside quotation marks (an opening ‘ or “, never a possessive’s apostrophe). */
function quotedSpans(text: string): Span[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}])[‘“"]([^’”"]+)[’”"](?![\p{L}])/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** How the article reports a speaker's words, in a reader's terms. */
export function reportedAs(mode: ReportingMode): Reported {
  return {
    'own-voice': 'own',
    'direct-claim': 'claimed',
    paraphrase: 'paraphrased',
    'attributed-view': 'attributed',
  }[mode] as Reported;
}

/**
 * The speaker of the found words in a sentence that may give several voices ("with Russian
 * officials discussing …, analysts believe …"): each found word belongs to the voice whose cue
 * comes last before it (the first voice before every cue), and the voice holding most weight wins.
 */
export function speakerOf(match: SentenceMatch): string | null {
  const { sentence } = match;
  const cues = sentence.actors
    .map((actor) => {
      const phrases = sentence.paragraph.speakers.find((s) => s.actor === actor)?.sentences ?? [];
      const at = phrases.map((p) => sentence.text.indexOf(p)).filter((i) => i >= 0);
      return { actor, at: at.length > 0 ? sentence.start + Math.min(...at) : sentence.start };
    })
    .sort((a, b) => a.at - b.at);
  if (cues.length <= 1) return cues[0]?.actor ?? null;
  const votes = new Map<string, number>();
  for (const hit of match.hits) {
    const owner = cues.filter((c) => c.at <= hit.at).at(-1) ?? cues[0]!;
    votes.set(owner.actor, (votes.get(owner.actor) ?? 0) + hit.weight);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? cues[0]!.actor;
}

function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** Finds who said a phrase; `pasted` holds a statement with no "who said" to a closer match. */
export function findWhoSaid(
  index: SentenceIndex,
  phrase: string,
  reporting: (match: SentenceMatch, actor: string) => ReportingMode,
  pasted = false,
): WhoSaidAnswer {
  const best = index.rank(phrase)[0];
  const enough = pasted ? PASTED_MIN_COVERAGE : ASKED_MIN_COVERAGE;
  if (!best || best.coverage < enough) {
    return { phrase, match: null, speaker: null, reported: null, verbatim: false };
  }
  const speaker = speakerOf(best);
  const text = best.sentence.paragraph.text;
  const quoted = quotedSpans(text).some((q) => q.start <= best.span.start + 1 && q.end >= best.span.end - 1);
  return {
    phrase,
    match: best,
    speaker,
    reported: quoted ? 'quoted' : speaker ? reportedAs(reporting(best, speaker)) : null,
    verbatim: words(best.sentence.text).includes(words(phrase)),
  };
}

/** A pasted statement long enough to be a quotation rather than a question. */
export function looksPasted(text: string): boolean {
  return (
    text.split(/\s+/).filter(Boolean).length >= PASTED_MIN_WORDS &&
    !/\?\s*$/.test(text) &&
    // A request or a question typed without "?" is not a quotation: "tell me about …", "so did …".
    !/^\s*(?:what|who|why|how|when|where|which|does|did|is|are|was|were|do|can|could|will|would|should|has|have|tell|explain|show|give|describe|list|summari[sz]e|compare|in what|so|and|but|ok|okay|pls|please|any)\b/i.test(
      text,
    )
  );
}
