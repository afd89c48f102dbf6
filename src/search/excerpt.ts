import { termsOf } from '../text/terms.ts';

export interface ExcerptPart {
  text: string;
  /** True where a query word matched, for the renderer to mark. */
  match: boolean;
}

/** Sentences shorter than this are joined with the next so an excerpt says something on its own. */
const SHORT_SENTENCE = 90;

/** Sentence spans of a paragraph: a stop followed by a capital or an opening quote starts the next. */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const boundary = /[.!?](?=\s+[A-Z\u2018\u201c"'(])/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    spans.push({ start, end: m.index + 1 });
    start = m.index + 1;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

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

/** The terms of a paragraph that fall inside [start, end), from the cached tokenisation. */
export function termsWithin(text: string, start: number, end: number): Set<string> {
  return new Set(
    termsOfParagraph(text)
      .filter((t) => t.start >= start && t.end <= end)
      .map((t) => t.term),
  );
}

/**
 * Picks the sentence (or two, when the best is short) that carries the most query weight and
 * splits it into plain and matched parts.
 */
export function cutExcerpt(
  text: string,
  matched: ReadonlySet<string>,
  weights: ReadonlyMap<string, number>,
): ExcerptPart[] {
  const spans = sentenceSpans(text);
  const hits = termsOfParagraph(text).filter((t) => matched.has(t.term));
  let bestIndex = 0;
  let bestWeight = -1;
  spans.forEach((span, i) => {
    const seen = new Set(hits.filter((h) => h.start >= span.start && h.end <= span.end).map((h) => h.term));
    const weight = [...seen].reduce((sum, term) => sum + (weights.get(term) ?? 0), 0);
    if (weight > bestWeight) {
      bestWeight = weight;
      bestIndex = i;
    }
  });
  const first = spans[bestIndex] ?? { start: 0, end: text.length };
  const next = spans[bestIndex + 1];
  const end = first.end - first.start < SHORT_SENTENCE && next ? next.end : first.end;

  return markMatches(text, matched, first.start, end);
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
