import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { EnglishSpelling } from '../src/text/english-spelling.ts';

describe('mending a misspelt English word', () => {
  const english = new EnglishSpelling(['the', 'final', 'general', 'finally', 'generally', 'argument', 'instead']);

  it('takes the commonest word one slip away, a letter left out before one too many', () => {
    expect(english.nearest('arguement')).toBe('argument');
    expect(english.nearest('insted')).toBe('instead');
    // "final" is commoner, but "finaly" is likelier "finally" with a letter left out.
    expect(english.nearest('finaly')).toBe('finally');
    expect(english.nearest('generaly')).toBe('generally');
  });

  it('finds nothing two slips away', () => {
    expect(english.nearest('argumnet')).toBe('argument');
    expect(english.nearest('argmnet')).toBeUndefined();
  });
});

describe("telling a dictionary word from a name or another language's word", () => {
  const { english } = createCore().corpus;

  it('knows English words in any regular or common irregular form', () => {
    for (const word of [
      'alliance',
      'countries',
      'attacked',
      'biggest',
      'died',
      'everyone',
      'since',
      'went',
      'gunmen',
    ]) {
      expect(english.inDictionary(word), word).toBe(true);
    }
  });

  it("does not count the names and other languages' words news text carries", () => {
    for (const word of ['que', 'minh', 'gia', 'putin', 'gaza']) {
      expect(english.has(word), word).toBe(true);
      expect(english.inDictionary(word), word).toBe(false);
    }
  });
});

describe('/ask with an English word misspelt', () => {
  const { search } = createCore();

  it('reads it as the word meant, where the article’s own spellers cannot place it', () => {
    expect(search.ask('so does the alliance survieve or nah')).toMatchObject({ verdict: 'answer', wholePiece: true });
    expect(search.ask('wat does al sulami specalize in').results[0]?.paragraph.kind).toBe('byline');
    expect(search.ask('do iranians generaly trust the russians or nah').results[0]?.paragraph.text).toContain(
      'distrust of perceived Russian characteristics',
    );
  });

  it('leaves a form of a common word as typed, though the form itself is rarer', () => {
    // "Pessimist" is one slip from "pessimism", and "pessimistic" is among the commonest words.
    expect(search.ask('is the author a pessimist')).toMatchObject({ verdict: 'answer', wholePiece: true });
  });

  it('mends only to the commoner words, leaving a foreign word that is one slip from a rare one', () => {
    // "Westin" is a hotel chain: the Pidgin "wetin" ("what") is not it.
    expect(createCore().corpus.english.nearest('wetin')).toBeUndefined();
  });

  it('leaves names, slang and contractions as typed', () => {
    // "Soliemani" is the article's Soleimani, not an English word one slip away.
    expect(search.ask('who is soliemani').results[0]?.paragraph.text).toContain('Afshar Soleimani');
    // "Tizzy" is an idiom's word, "couldn't" a contraction.
    expect(search.ask('What threw the folks in Tehran into a tizzy?').results[0]?.paragraph.text).toContain(
      'state of confusion',
    );
  });
});
