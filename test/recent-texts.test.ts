import { describe, expect, it } from 'vitest';
import { RecentTexts } from '../src/text/recent-texts.ts';
import { tokenize } from '../src/text/fold.ts';
import { termsOf } from '../src/text/terms.ts';

describe('RecentTexts', () => {
  it('gives back what was kept for a text, and nothing for a text it was never given', () => {
    const recent = new RecentTexts<number>(3);
    recent.set('why is iran angry', 1);
    expect(recent.get('why is iran angry')).toBe(1);
    expect(recent.get('why is russia angry')).toBeUndefined();
  });

  it('works a text out once while it is kept, and again once forgotten', () => {
    const recent = new RecentTexts<number>(1);
    let worked = 0;
    const work = (text: string): number => (worked++, text.length);
    expect([recent.of('iran', work), recent.of('iran', work)]).toEqual([4, 4]);
    expect(worked).toBe(1);
    recent.of('syria', work);
    recent.of('iran', work);
    expect(worked).toBe(3);
  });

  it('forgets the oldest text once as many new ones as it holds have come after it', () => {
    const recent = new RecentTexts<string>(2);
    recent.set('a', 'first');
    recent.set('b', 'second');
    recent.set('c', 'third');
    expect([recent.get('a'), recent.get('b'), recent.get('c')]).toEqual([undefined, 'second', 'third']);
  });
});

describe('tokens and terms of a text asked again', () => {
  it('are the same as the first time, however many other texts came between', () => {
    const question = 'wat does russia want from iran';
    const tokens = tokenize(question).map((t) => ({ ...t }));
    const terms = termsOf(question).map((t) => ({ ...t }));
    for (let i = 0; i < 100; i++) termsOf(`question number ${i} about syria`);
    expect(tokenize(question)).toEqual(tokens);
    expect(termsOf(question)).toEqual(terms);
  });
});
