import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../src/text/escape-regexp.ts';
import { wholeWordIndex } from '../src/text/whole-word.ts';

/** What the finder stands for: the form as written, no letter or digit of any script at either edge. */
const asPattern = (text: string, form: string): number =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u').exec(text)?.index ?? -1;

describe('wholeWordIndex', () => {
  it('finds a name followed by a possessive or punctuation, not inside a longer word', () => {
    expect(wholeWordIndex('Iran’s ally', 'Iran')).toBe(0);
    expect(wholeWordIndex('the Iranian regime', 'Iran')).toBe(-1);
    expect(wholeWordIndex('(Tehran)', 'Tehran')).toBe(1);
  });

  it('skips a use inside a word to find a whole one later', () => {
    expect(wholeWordIndex('Iranian newspapers say Iran', 'Iran')).toBe(23);
  });

  it('keeps case: "US" is the country, "us" is not', () => {
    expect(wholeWordIndex('it hurts us', 'US')).toBe(-1);
    expect(wholeWordIndex('the US left', 'US')).toBe(4);
  });

  it('treats digits and letters of other scripts, astral ones too, as part of a word', () => {
    expect(wholeWordIndex('S-300 and S-3000', 'S-300')).toBe(0);
    expect(wholeWordIndex('3Iran', 'Iran')).toBe(-1);
    expect(wholeWordIndex('ИранIran', 'Iran')).toBe(-1);
    expect(wholeWordIndex('𝐀Iran', 'Iran')).toBe(-1);
    expect(wholeWordIndex('Iran𝐀', 'Iran')).toBe(-1);
    expect(wholeWordIndex('🙂Iran🙂', 'Iran')).toBe(2);
  });

  it('finds nothing for an empty form', () => {
    expect(wholeWordIndex('Iran', '')).toBe(-1);
  });

  it('agrees with the Unicode pattern on every name the people file gives, in every paragraph', () => {
    const article = JSON.parse(readFileSync('data/article.json', 'utf8')) as { paragraphs: Array<{ text: string }> };
    const people = JSON.parse(readFileSync('data/people.json', 'utf8')) as {
      actors: Array<{ name: string; aliases: string[] }>;
      places: Array<{ namedAs: string[]; aliases: string[] }>;
    };
    const forms = [
      ...people.actors.flatMap((a) => [a.name, ...a.aliases]),
      ...people.places.flatMap((p) => [...p.namedAs, ...p.aliases]),
      'Iran',
      'US',
      'the',
    ];
    let found = 0;
    for (const { text } of article.paragraphs) {
      for (const form of forms) {
        const at = wholeWordIndex(text, form);
        expect(at, `${form} in "${text.slice(0, 40)}…"`).toBe(asPattern(text, form));
        if (at >= 0) found++;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
