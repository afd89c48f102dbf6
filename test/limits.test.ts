import { describe, expect, it } from 'vitest';
import { clip } from '../src/render/limits.ts';

describe('clip', () => {
  it('returns text within the limit as it is', () => {
    expect(clip('who wrote this?', 15)).toBe('who wrote this?');
  });

  it('counts code points, not UTF-16 units: four emoji fit in four', () => {
    expect(clip('🇮🇷🇷🇺', 4)).toBe('🇮🇷🇷🇺');
    expect(clip('😀😀😀😀😀', 4)).toBe('😀😀😀…');
  });

  it('ends a cut with an ellipsis, never inside a bold marker or after a lone backslash', () => {
    expect(clip('abcdefgh', 5)).toBe('abcd…');
    expect(clip('ab **bold** text', 7)).toBe('ab …');
    expect(clip('abc\\\\def', 6)).toBe('abc…');
  });
});
