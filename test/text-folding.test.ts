import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../src/text/fold.ts';
import { termsOf } from '../src/text/terms.ts';

describe('folding and terms', () => {
  it('folds case, accents and curly apostrophes, and splits digits from letters', () => {
    expect(foldText('Erdoğan’s TO80')).toBe("erdogan's to 80");
  });

  it('keeps offsets into the original text and drops possessives', () => {
    const text = 'Russia’s U.S. ally';
    expect(tokenize(text).map((t) => [t.word, text.slice(t.start, t.end)])).toEqual([
      ['russia', 'Russia’s'],
      ['usa', 'U.'],
      ['ally', 'ally'],
    ]);
  });

  it('reads a capital’s or country’s possessive typed without its apostrophe as the country, and nothing else so', () => {
    expect(termsOf('tehrans beef with the kremlins people').map((t) => t.term)).toEqual([
      'iran',
      'beef',
      'russia',
      'peopl',
    ]);
    expect(termsOf('how many euros').map((t) => t.term)).toEqual(['euro']);
    expect(termsOf('tegeran and moskva').map((t) => t.term)).toEqual(['iran', 'russia']);
  });

  it('reads the places as other languages write them, in Latin, Cyrillic or Arabic script', () => {
    expect(termsOf('Rusya İran Suriye Tahran Moskau Çin Hazar').map((t) => t.term)).toEqual([
      'russia',
      'iran',
      'syria',
      'iran',
      'russia',
      'china',
      'caspian',
    ]);
    expect(termsOf('Sirija Azerbajdžan Rusland Turqia').map((t) => t.term)).toEqual([
      'syria',
      'azerbaijan',
      'russia',
      'turkey',
    ]);
    expect(termsOf('Estados Unidos y Großbritannien, Iranlı').map((t) => t.term)).toEqual([
      'usa',
      'y',
      'britain',
      'iran',
    ]);
    expect(termsOf('Россия и إيران').map((t) => t.term)).toEqual(['russia', 'и', 'iran']);
    // Names only: an English word that happens to look like one stays itself.
    expect(termsOf('the ruse was brutal').map((t) => t.term)).toEqual(['ruse', 'brutal']);
  });

  it('reads "on top" as being ahead only after a word that says so, not the pictures on top of the page', () => {
    expect(termsOf('who comes out on top').map((t) => t.term)).toEqual(['come', 'upperhand']);
    expect(termsOf('the pics on top').map((t) => t.term)).toEqual(['photo', 'top']);
    expect(termsOf('who is more strong in syria').map((t) => t.term)).toEqual(['upperhand', 'syria']);
    expect(termsOf('brits and yankees').map((t) => t.term)).toEqual(['britain', 'usa']);
    // The pictures by any of their names, the photo credit's "Images" among them.
    expect(termsOf('snaps pics Images photographs').map((t) => t.term)).toEqual([
      'photo',
      'photo',
      'photo',
      'photograph',
    ]);
  });

  it('joins a two-word idea whose first word is misspelt by one slip', () => {
    expect(termsOf('who has the uper hand').map((t) => t.term)).toEqual(['upperhand']);
    expect(termsOf('put out').map((t) => t.term)).toEqual(['put']);
  });

  it('reads "fall apart" in any tense and a takeover done as the article’s words for them', () => {
    expect(termsOf('will the alliance fall apart').map((t) => t.term)).toEqual(['ally', 'disintegr']);
    expect(termsOf('is it falling apart').map((t) => t.term)).toEqual(['disintegr']);
    expect(termsOf('it fell apart').map((t) => t.term)).toEqual(['disintegr']);
    // A takeover done is the article's "occupy"; one to come or still going is control or a succession.
    expect(termsOf('which part got taken over').map((t) => t.term)).toEqual(['part', 'occupi']);
    expect(termsOf('the allies took over').map((t) => t.term)).toEqual(['ally', 'occupi']);
    expect(termsOf('will russia take over syria').map((t) => t.term)).toEqual(['russia', 'take', 'syria']);
    expect(termsOf('has russia taken over syria').map((t) => t.term)).not.toContain('occupi');
    // "Falling out" is another idea, and stays itself.
    expect(termsOf('a falling out').map((t) => t.term)).toEqual(['fall']);
  });

  it('maps a reader’s words to the article’s concepts and stems, without stop words', () => {
    expect(termsOf('Why is Moscow pulling out of Syria?').map((t) => t.term)).toEqual(['russia', 'withdraw', 'syria']);
  });
});
