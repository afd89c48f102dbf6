import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { findOtherSide } from '../src/search/other-side.ts';

const { search } = createCore();

describe('"Other side"', () => {
  it('finds another stance among the passages on the question, as before', () => {
    expect(findOtherSide(search, 'What did Abadi say about withdrawing?', 0).speaker?.name).toBe('Russian officials');
    expect(findOtherSide(search, 'what did khomeini say', 0).other).toBeNull();
  });

  it('takes the shown paragraph as the subject when the question names only a paragraph', () => {
    const side = findOtherSide(search, "what's in paragraph 4", 0);
    expect(side.speaker?.name).toBe('Russian officials');
    expect(side.other?.paragraph.number).toBe(4);
    expect(side.other?.excerpt.map((p) => p.text).join('')).toMatch(/^Russian officials’ talk of the withdrawal/);
  });
});
