import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../src/text/american-spelling.ts';

const known = new Set(['summarize', 'favorably', 'analyzed', 'defense', 'center', 'traveled', 'poring']);
const knows = (form: string): boolean => known.has(form);

describe('americanSpelling', () => {
  it.each([
    ['summarise', 'summarize'],
    ['favourably', 'favorably'],
    ['analysed', 'analyzed'],
    ['defence', 'defense'],
    ['centre', 'center'],
    ['travelled', 'traveled'],
  ])('reads %j as %j', (british, american) => {
    expect(americanSpelling(british, knows)).toBe(american);
  });

  it('leaves a word alone when the search does not know the other form', () => {
    expect(americanSpelling('organise', knows)).toBeUndefined();
    expect(americanSpelling('colour', knows)).toBeUndefined();
  });
});
