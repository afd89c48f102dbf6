import { sentenceSpans, type Span } from '../text/sentences.ts';
import { termsOf, type Term } from '../text/terms.ts';

export interface ExcerptPart {
  text: string;
  /** True where a query word matched, for the renderer to mark. */
  match: boolean;
}

/** Sentences shorter than this are joined with the next so an excerpt says something on its own. */
const SHORT_SENTENCE = 90;

/** Paragraph texts are few and fixed, so their terms are computed once, not per question. */
const paragraphTerms = new Map<string, ReturnType<typeof termsOf>>();
function termsOfParagraph(text: string): ReturnType<typeof termsOf> {
  let terms = paragraphTerms.get(text);
  if (!terms) {
    terms = termsOf(text);
    paragraphTerms.set(text, terms);
  }
  return terms;
}

/** A paragraph's sentences, found once: the same few paragraphs are excerpted for every question. */
const paragraphSpans = new Map<string, Span[]>();
function spansOfParagraph(text: string): Span[] {
  let spans = paragraphSpans.get(text);
  if (!spans) {
    spans = sentenceSpans(text);
    paragraphSpans.set(text, spans);
  }
  return spans;
}

/** The terms of a paragraph that fall inside [start, end), from the cached tokenisation. */
export function termsWithin(text: string, start: number, end: number): Set<string> {
  return new Set(
    termsOfParagraph(text)
      .filter((t) => t.start >= start && t.end <= end)
      .map((t) => t.term),
  );
}

/** Query words side by side in a sentence ("Iranian newspapers") say more than the same words apart. */
const ADJACENT_BONUS = 0.5;

/**
 * The span to quote: the sentence carrying the most query weight (words side by side count extra),
 * joined with the next when it is short. When `preferred` marks sentences (those in the voice the
 * question asks for), the best of them wins if it carries any weight at all, and the first of them
 * when no sentence carries any.
 */
export function excerptSpan(
  text: string,
  matched: ReadonlySet<string>,
  weights: ReadonlyMap<string, number>,
  preferred: (span: Span) => boolean = () => false,
  meaning: (span: Span) => number = () => 0,
): Span {
  const spans = spansOfParagraph(text);
  const hits = termsOfParagraph(text).filter((t) => matched.has(t.term));
  // Plain loops over the hits, no arrays, sets or objects per sentence: every /ask excerpts several
  // paragraphs. Each term's weight once, in order of first use, then each pair side by side.
  const seen: string[] = [];
  let best = -1;
  let bestWeight = 0;
  let voiced = -1;
  let voicedWeight = 0;
  let firstPreferred = -1;
  let allZero = true;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    let weight = 0;
    seen.length = 0;
    for (const h of hits) {
      if (h.start < span.start || h.end > span.end || seen.includes(h.term)) continue;
      seen.push(h.term);
      weight += weights.get(h.term) ?? 0;
    }
    let a: Term | undefined;
    for (const b of hits) {
      if (b.start < span.start || b.end > span.end) continue;
      if (a && a.term !== b.term && onlyJoiners(text, a.end, b.start)) {
        weight += ADJACENT_BONUS * Math.min(weights.get(a.term) ?? 0, weights.get(b.term) ?? 0);
      }
      a = b;
    }
    weight += meaning(span);
    if (weight !== 0) allZero = false;
    // The first of equals wins, in each of the three.
    if (best < 0 || weight > bestWeight) {
      best = i;
      bestWeight = weight;
    }
    if (preferred(span)) {
      if (firstPreferred < 0) firstPreferred = i;
      if (weight > 0 && (voiced < 0 || weight > voicedWeight)) {
        voiced = i;
        voicedWeight = weight;
      }
    }
  }
  // No sentence holds the question's words (a whole-piece question): the first preferred one speaks.
  const unmatched = allZero ? firstPreferred : -1;
  const bestIndex = voiced >= 0 ? voiced : unmatched >= 0 ? unmatched : Math.max(best, 0);
  const first = spans[bestIndex] ?? { start: 0, end: text.length };
  const next = spans[bestIndex + 1];
  return { start: first.start, end: first.end - first.start < SHORT_SENTENCE && next ? next.end : first.end };
}

const JOINER = /[\s\u2019'-]/;

/** Whether text[start, end) holds only spaces, apostrophes and hyphens: words side by side. Read in place, not cut out. */
function onlyJoiners(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!JOINER.test(text[i]!)) return false;
  return true;
}

/** The excerpt of `excerptSpan`, split into plain and matched parts. */
export function cutExcerpt(
  text: string,
  matched: ReadonlySet<string>,
  weights: ReadonlyMap<string, number>,
  preferred?: (span: Span) => boolean,
  meaning?: (span: Span) => number,
): ExcerptPart[] {
  const span = excerptSpan(text, matched, weights, preferred, meaning);
  return markMatches(text, matched, span.start, span.end);
}

/** Splits text[start, end) into plain and matched parts: the words whose terms the query matched. */
export function markMatches(text: string, matched: ReadonlySet<string>, start = 0, end = text.length): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let cursor = start;
  for (const hit of termsOfParagraph(text)) {
    if (!matched.has(hit.term) || hit.start < start || hit.end > end) continue;
    if (hit.start > cursor) parts.push({ text: text.slice(cursor, hit.start), match: false });
    parts.push({ text: text.slice(hit.start, hit.end), match: true });
    cursor = hit.end;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  return parts;
}
