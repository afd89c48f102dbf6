import { describe, expect, it } from 'vitest';
import { cutExcerpt, markMatches, sentenceSpans } from '../src/search/excerpt.ts';

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

  it('marks matches within a range only', () => {
    expect(markMatches('Russia and Iran', new Set(['iran']))).toEqual([
      { text: 'Russia and ', match: false },
      { text: 'Iran', match: true },
    ]);
  });
});
