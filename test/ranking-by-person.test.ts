import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import {
  AUTHOR_IS_OF,
  AUTHOR_ORIGIN,
  AUTHOR_WORD,
  bioFirst,
  bylineWithBio,
  theirsFirst,
  type Ranked,
} from '../src/search/ranking-by-person.ts';

const docs = buildAskIndex(createCore().corpus).docs;
const doc = (id: string) => docs.find((d) => d.paragraph.id === id)!;
const ranked = (...entries: Array<[string, number]>): Ranked => entries.map(([id, score]) => ({ doc: doc(id), score }));
const ids = (scored: Ranked) => scored.map((s) => s.doc.paragraph.id);

describe('the author’s byline and bio first', () => {
  it('puts the bio, then the byline, first when his country is asked and one of them is among the first three', () => {
    expect(ids(bioFirst(ranked(['p03', 5], ['p02', 4], ['p16', 1]), 'where is the writer from'))).toEqual([
      'p16',
      'p02',
      'p03',
    ]);
    // Not asked where he is from: the order stands.
    expect(ids(bioFirst(ranked(['p03', 5], ['p02', 4], ['p16', 1]), 'what does the writer think'))).toEqual([
      'p03',
      'p02',
      'p16',
    ]);
  });

  it('puts them first wherever they rank when a country is said of him', () => {
    expect(AUTHOR_IS_OF.test('is the author british')).toBe(true);
    expect(AUTHOR_IS_OF.test('the author is iranian himself so hes biased right')).toBe(true);
    expect(AUTHOR_IS_OF.test('the authors saudi views on iran')).toBe(false);
    // The possessive typed without its apostrophe still names him.
    expect(AUTHOR_ORIGIN.test('what is the authors nationality')).toBe(true);
    expect(AUTHOR_WORD.test('what is the authors nationality')).toBe(true);
    const far = ranked(['p05', 9], ['p06', 8], ['p07', 7], ['p02', 1], ['p16', 1]);
    expect(ids(bioFirst(far, 'is the author british', true)).slice(0, 2)).toEqual(['p16', 'p02']);
  });
});

describe('the byline beside the bio', () => {
  it('brings the other of the two second when one of them leads', () => {
    expect(ids(bylineWithBio(ranked(['p16', 5], ['p13', 4], ['p02', 1])))).toEqual(['p16', 'p02', 'p13']);
    // Not when a body passage leads: the question is not about him.
    expect(ids(bylineWithBio(ranked(['p13', 5], ['p16', 4], ['p02', 1])))).toEqual(['p13', 'p16', 'p02']);
  });
});

describe('the passage where those asked what they say speak first', () => {
  const voicedIn = new Set(['p07']);

  it('comes first when it ranks nearly level with the first', () => {
    expect(ids(theirsFirst(ranked(['p06', 10], ['p07', 9.5], ['p04', 7]), voicedIn))).toEqual(['p07', 'p06', 'p04']);
  });

  it('does not when the words rank it well behind, or when the first already voices them', () => {
    expect(ids(theirsFirst(ranked(['p06', 10], ['p07', 8], ['p04', 7]), voicedIn))).toEqual(['p06', 'p07', 'p04']);
    expect(ids(theirsFirst(ranked(['p07', 10], ['p06', 9.9]), voicedIn))).toEqual(['p07', 'p06']);
  });
});
