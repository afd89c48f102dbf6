import { describe, expect, it } from 'vitest';
import { cutExcerpt, excerptSpan, markMatches } from '../src/search/excerpt.ts';
import { sentenceSpans } from '../src/text/sentences.ts';

const text =
  'Iran’s response has not been confined to the leadership. Iranian newspapers demanded that officials obey the will of the people and oppose Russia’s solidarity with Israel. Khomeini warned long ago.';

describe('excerpt cutting', () => {
  it('splits a paragraph into sentences', () => {
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end).slice(0, 20))).toEqual([
      'Iran’s response has ',
      'Iranian newspapers d',
      'Khomeini warned long',
    ]);
  });

  it('picks the sentence carrying most of the question’s weight and marks the matched words', () => {
    const parts = cutExcerpt(
      text,
      new Set(['newspap', 'israel']),
      new Map([
        ['newspap', 2],
        ['israel', 1],
      ]),
    );
    expect(parts.map((p) => p.text).join('')).toMatch(/^Iranian newspapers demanded.*Israel\.$/);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['newspapers', 'Israel']);
  });

  it('joins a short sentence with the next so the excerpt says something on its own', () => {
    const short = 'Iran objected. Then it refused to leave Syria at all, whatever Moscow asked of it in the meantime.';
    expect(
      cutExcerpt(short, new Set(['iran']), new Map([['iran', 1]]))
        .map((p) => p.text)
        .join(''),
    ).toBe(short);
  });

  it('prefers the sentence where the question’s words stand side by side', () => {
    const both = 'Iran and its newspapers were quiet. Iranian newspapers demanded a response.';
    const weights = new Map([
      ['iran', 1],
      ['newspap', 1],
    ]);
    const plain = (parts: ReturnType<typeof cutExcerpt>) => parts.map((p) => p.text).join('');
    expect(plain(cutExcerpt(both, new Set(weights.keys()), weights))).toBe('Iranian newspapers demanded a response.');
  });

  it('takes a sentence in the voice asked for when it carries any of the question’s words', () => {
    const weights = new Map([
      ['newspap', 2],
      ['israel', 1],
    ]);
    const khomeini = (span: { start: number }) => text.slice(span.start).startsWith('Khomeini');
    const iranFirst = (span: { start: number }) => span.start === 0;
    const plain = (parts: ReturnType<typeof cutExcerpt>) => parts.map((p) => p.text).join('');
    // Khomeini's sentence holds none of the words: the best sentence stays.
    expect(plain(cutExcerpt(text, new Set(weights.keys()), weights, khomeini))).toMatch(/^Iranian newspapers/);
    const withLeadership = new Map([...weights, ['leadership', 0.5]]);
    expect(plain(cutExcerpt(text, new Set(withLeadership.keys()), withLeadership, iranFirst))).toMatch(
      /^Iran’s response/,
    );
  });

  it('weighs a sentence that says what was asked in other words', () => {
    const press = sentenceSpans(text)[1]!;
    // "what did the papers want": no word matches, but the second sentence means it.
    const closeness = (span: { start: number }): number => (span.start === press.start ? 1 : 0);
    const span = excerptSpan(text, new Set(), new Map(), undefined, closeness);
    expect(text.slice(span.start, span.end)).toMatch(/^Iranian newspapers demanded/);
    const byWords = excerptSpan(text, new Set(['leadership']), new Map([['leadership', 3]]), undefined, closeness);
    expect(text.slice(byWords.start, byWords.end)).toMatch(/^Iran’s response/);
  });

  it('marks matches within a range only', () => {
    expect(markMatches('Russia and Iran', new Set(['iran']))).toEqual([
      { text: 'Russia and ', match: false },
      { text: 'Iran', match: true },
    ]);
  });
});
