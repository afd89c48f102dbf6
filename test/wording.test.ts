import { describe, expect, it } from 'vitest';
import { WordingIndex } from '../src/search/wording.ts';

// Three passages, each with the reader questions members asked of it.
const index = new WordingIndex([
  ['what does russia get out of syria', 'why is russia in syria at all'],
  ['will russia get iran out of syria', 'does moscow want tehran to leave'],
  ['has this happened before', 'is this the first time they fell out'],
]);
const nearest = (likeness: Float64Array): number => likeness.indexOf(Math.max(...likeness));

describe('likeness in wording to the reader questions', () => {
  it('tells apart questions that differ only in their small words and their order', () => {
    expect(nearest(index.likeness('so what does russia get out of being there'))).toBe(0);
    expect(nearest(index.likeness('will russia get them out of there'))).toBe(1);
  });

  it('finds a passage by a question made of small words alone', () => {
    const likeness = index.likeness('did this ever happen before');
    expect(nearest(likeness)).toBe(2);
    expect(likeness[2]).toBeGreaterThan(0.3);
  });

  it('is a cosine: the same wording is 1, nothing shared is 0', () => {
    expect(index.likeness('has this happened before')[2]).toBeCloseTo(1, 6);
    expect([...index.likeness('qwertyuiop')]).toEqual([0, 0, 0]);
    expect([...index.likeness('')]).toEqual([0, 0, 0]);
  });

  it('reads a word no reader question has as the term it stands for', () => {
    const asked = 'has this hapened before';
    const unread = index.likeness(asked)[2]!;
    const read = index.likeness(asked, (word) => (word === 'hapened' ? 'happen' : undefined))[2]!;
    expect(read).toBeCloseTo(1, 6);
    expect(unread).toBeLessThan(0.6);
  });

  it('gives the same answer however often it is asked', () => {
    const first = [...index.likeness('what does russia get out of syria')];
    index.likeness('is this the first time they fell out');
    expect([...index.likeness('what does russia get out of syria')]).toEqual(first);
  });
  it('meets a word that holds a space, as folding reads "Ⅻ1", as itself and not as a pair', () => {
    const spaced = new WordingIndex([[['xii 1', 'foo']], [['xii', '1', 'foo']]]);
    expect([...spaced.likeness(['xii 1', 'foo'])][0]).toBeCloseTo(1);
  });
});
