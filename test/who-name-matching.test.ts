import { describe, expect, it } from 'vitest';
import { compareFits, fitPerson, fitWhole, isOptionalWord, namePool, wordEdits } from '../src/search/name-matching.ts';
import { nameTokens } from '../src/search/who-query.ts';

const pool = (...names: string[]): Set<string> => namePool(names.map(nameTokens));
const abadi = pool('Kamal Dahqani Fairuz Abadi', 'Kamal Dehghani Firouzabadi', 'Fairuzabadi');
const sulami = pool('Mohammed al-Sulami', 'Mohammad al-Sulami');

describe('wordEdits', () => {
  it.each([
    ['putin', 'putin', 0],
    ['putn', 'putin', 1],
    ['netanyahoo', 'netanyahu', 2],
    ['poutine', 'putin', 2],
    ['bin', 'bibi', undefined],
    ['zelensky', 'soleimani', undefined],
  ])('%j → %j: %j', (typed, known, edits) => {
    expect(wordEdits(typed, known)).toBe(edits);
  });
});

describe('namePool', () => {
  it('holds every word and adjacent words run together, as transliterations split names', () => {
    expect([...pool('Dahqani Fairuz Abadi')]).toEqual(
      expect.arrayContaining(['dahqani', 'fairuz', 'abadi', 'fairuzabadi', 'dahqanifairuz', 'dahqanifairuzabadi']),
    );
    expect(pool('al-Sulami').has('alsulami')).toBe(true);
  });
});

describe('fitPerson', () => {
  it.each([
    [['kamal', 'dehgani', 'firuzabadi'], abadi, { matched: 3, edits: 2 }],
    [['kamal', 'fairuzabadi'], abadi, { matched: 2, edits: 0 }],
    [['mohamad', 'al', 'sulamy'], sulami, { matched: 3, edits: 2 }],
    [['mohamad', 'sulamy'], sulami, { matched: 2, edits: 2 }],
  ])('lets every word be misspelt: %j', (typed, names, fit) => {
    expect(fitPerson(typed, names)).toEqual(fit);
  });

  it('refuses a name with a word that fits nowhere, and one made only of titles', () => {
    expect(fitPerson(['mohammed', 'bin', 'salman'], sulami)).toBeUndefined();
    expect(fitPerson(['president'], pool('President Putin'))).toBeUndefined();
  });

  it('ignores a title or a place word that is not part of the name, and counts one that is', () => {
    expect(fitPerson(['president', 'putin'], pool('Putin'))).toEqual({ matched: 1, edits: 0 });
    expect(fitPerson(['general', 'soleimani'], pool('General Soleimani'))).toEqual({ matched: 2, edits: 0 });
    expect(
      fitPerson(['former', 'iranian', 'ambassador'], pool('Iranian Supreme Leader'), (w) =>
        w !== 'iranian' ? isOptionalWord(w) : true,
      ),
    ).toBe(undefined);
  });
});

describe('fitWhole', () => {
  it('needs all the words of one name, in any order, each at most a misspelling away', () => {
    expect(fitWhole(['daily', 'caler'], ['daily', 'caller'])).toEqual({ matched: 2, edits: 1 });
    expect(fitWhole(['sea', 'caspian'], ['caspian', 'sea'])).toEqual({ matched: 2, edits: 0 });
    expect(fitWhole(['officials'], ['russian', 'officials'])).toBeUndefined();
    expect(fitWhole([], [])).toBeUndefined();
  });
});

describe('isOptionalWord and compareFits', () => {
  it('treats titles, particles and their misspellings as optional, names as required', () => {
    expect(['president', 'ayatolla', 'al', 'presdent'].map(isOptionalWord)).toEqual([true, true, true, true]);
    expect(['putin', 'abadi', 'bin'].map(isOptionalWord)).toEqual([false, false, false]);
  });

  it('ranks more words matched first, then fewer edits', () => {
    expect(compareFits({ matched: 2, edits: 2 }, { matched: 1, edits: 0 })).toBeLessThan(0);
    expect(compareFits({ matched: 1, edits: 0 }, { matched: 1, edits: 1 })).toBeLessThan(0);
  });
});
