import { describe, expect, it } from 'vitest';
import { SpellingCorrector } from '../src/search/spelling.ts';
import { createCore } from '../src/core.ts';
import { editDistance } from '../src/text/edit-distance.ts';

const speller = new SpellingCorrector(['russia', 'alliance', 'soleimani', 'khomeini', 'caspian', 'netanyahu']);

describe('edit distance', () => {
  it('counts letters added, dropped or changed, and two swapped as one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('soliemani', 'soleimani')).toBe(1);
    expect(editDistance('comittee', 'committee')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    // A swap then an insertion is two, not one.
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('spelling correction', () => {
  it('corrects near misses to the nearest vocabulary word', () => {
    expect(speller.correct('rusia')).toEqual({ word: 'russia', edits: 1 });
    expect(speller.correct('soliemani')?.word).toBe('soleimani');
    expect(speller.correct('caspain')?.word).toBe('caspian');
  });

  it('knows words it holds and refuses words too far from any', () => {
    expect(speller.correct('russia')).toEqual({ word: 'russia', edits: 0 });
    expect(speller.correct('pancake')).toBeUndefined();
    expect(speller.correct('ab')).toBeUndefined();
  });

  it('stays cheap on a huge word', () => {
    expect(speller.correct('x'.repeat(6000))).toBeUndefined();
  });
});

describe('names as they sound', () => {
  const names = new SpellingCorrector(['russia', 'syria', 'khomeini', 'iran', 'saudi'], { soundAlike: () => true });

  it('allows a second slip in a short name when only vowels and doubled letters differ', () => {
    expect(names.correct('surria')).toEqual({ word: 'syria', edits: 2 });
    expect(names.correct('sirya')).toEqual({ word: 'syria', edits: 2 });
    // A plain speller holds them to one slip, and so does one told the word may not be read so.
    expect(speller.correct('surria')).toBeUndefined();
    const strict = new SpellingCorrector(['syria'], { soundAlike: (word) => word !== 'surria' });
    expect(strict.correct('surria')).toBeUndefined();
  });

  it('does not stretch to a consonant that differs, nor past two slips in a long name', () => {
    expect(names.correct('rasta')).toBeUndefined();
    // Khamenei is another man, three slips from Khomeini, though they sound alike.
    expect(names.correct('khamenei')).toBeUndefined();
    // Four letters reach too many names: "said" is two slips from "saudi".
    expect(names.correct('said')).toBeUndefined();
  });

  it('leaves a typo of a common English word to the English mending, not to a name', () => {
    const { search } = createCore();
    // "saids" is two slips from "saudis" and sounds alike, but one from "said": it is not the Saudis.
    expect(search.ask('which group saids russia will win').verdict).not.toBe('none');
    expect(search.ask('which group saids russia will win').matchedWords).not.toContain('saids');
  });
});

describe('an English word written with a capital as a name is', () => {
  const { search } = createCore();

  it('reads it as the person whose name it is near: "Tramp" is Trump', () => {
    const answer = search.ask('What Tramp is saying about Iran in Siriya?');
    expect(answer.results[0]?.paragraph.text).toContain('between Putin and Trump');
    // Lower case, "tramp" is the English word, and the question finds no Trump.
    expect(search.ask('what tramp is saying about iran').results[0]?.paragraph.text ?? '').not.toContain('Trump');
  });

  it('does not read a place near another as that place: "Irak" is not Iran', () => {
    expect(search.ask('When was the war between Iran and Irak finish?').verdict).toBe('none');
  });

  it('reads the name in a short message with one capitalised word', () => {
    expect(search.ask('Is Tramp mentioned?').results[0]?.paragraph.text).toContain('between Putin and Trump');
  });

  it('does not read a word two letters off a name, nor a message in Title Case, as a name', () => {
    for (const question of [
      'Is Kampala mentioned in the article?',
      'does the article mention Houdini?',
      'Can You Give Me A Short Outline',
      'Is This Routine For Russia',
    ]) {
      expect(search.ask(question).verdict).toBe('none');
    }
  });
});

describe('a misspelt name the reader questions hold', () => {
  it('still finds the person: "abbadi" is in a reader question, and stands for Abadi too', () => {
    const answer = createCore().search.ask('who is abbadi');
    expect(answer.verdict).toBe('answer');
    expect(answer.results[0]?.paragraph.text).toMatch(/^Abadi, the first deputy chairman/);
  });

  it('reads a misspelt filler word it holds as the filler: "1941 what happend" asks about 1941', () => {
    const answer = createCore().search.ask('1941 what happend');
    expect(answer.verdict).toBe('answer');
    expect(answer.results[0]?.paragraph.text).toContain('1941');
  });
});

describe('a name written with l for r', () => {
  const { search } = createCore();

  it('reads "Silia" and "Amelika" as Syria and America, as speakers of Lao or Japanese may write them', () => {
    expect(search.readQuestion('what Amelika do in Silia')).toBe('what amerika do in siria');
    expect(search.ask('what Amelika do in Silia').verdict).toBe('answer');
  });

  it('leaves English words with an l alone', () => {
    expect(search.readQuestion('plans of the clan')).toBe('plans of the clan');
  });
});
