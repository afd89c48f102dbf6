export interface Span {
  start: number;
  end: number;
}

/** Sentence spans of a paragraph: a stop followed by a capital or an opening quote starts the next. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
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
