import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const { people } = createCore();

describe('/who lookup', () => {
  it.each([
    ['dehghani firouzabadi', 'abadi'],
    ['Kamal Dahqani Fairuz Abadi', 'abadi'],
    ['putn', 'putin'],
    ['netanyahoo', 'netanyahu'],
    ['@mohalsulami', 'al-sulami'],
    ['President Putin', 'putin'],
    ['Afshar', 'soleimani'],
    ['KHOMEINI', 'khomeini'],
  ])('finds %j', (query, id) => {
    expect(people.who(query).match?.id).toBe(id);
  });

  it('tells a reader looking for Khamenei that he is not in the article, and that Khomeini is', () => {
    const answer = people.who('Khamenei');
    expect(answer.match).toBeNull();
    expect(answer.absent?.name).toContain('Khamenei');
    expect(answer.suggestions.map((a) => a.id)).toEqual(['khomeini']);
  });

  it.each([
    'Obama',
    'Medvedev',
    'zzzz',
    '',
    'Vladimir Zelensky',
    'Benjamin Franklin',
    'Kamala Harris',
    'Mohammed bin Salman',
    'officials',
  ])('matches nobody for %j and suggests no one (a shared first name is not "close")', (query) => {
    const answer = people.who(query);
    expect(answer.match).toBeNull();
    expect(answer.suggestions).toEqual([]);
  });

  it('tells the two Soleimanis apart', () => {
    expect(people.who('Qasem Soleimani')).toMatchObject({ match: null, absent: { name: 'Qasem Soleimani' } });
    expect(people.who('Qasem Soleimani').suggestions.map((a) => a.id)).toEqual(['soleimani']);
    expect(people.who('Soleimani').match?.id).toBe('soleimani');
  });

  it('autocompletes at most 25 choices, best first', () => {
    expect(people.complete('put')[0]).toEqual({ name: 'Putin', value: 'putin' });
    expect(people.complete('dehg')[0]?.value).toBe('abadi');
    expect(people.complete('').length).toBeLessThanOrEqual(25);
    expect(people.complete('x'.repeat(5000)).length).toBeLessThanOrEqual(25);
    // fuse.js extended-search syntax is not enabled: operators are plain characters, never errors.
    for (const typed of ["'Putin", '!Putin', '^Put', 'tin$', '=Putin', 'Put | Trump']) {
      expect(() => people.complete(typed)).not.toThrow();
    }
    expect(people.complete("'Putin")[0]?.value).toBe('putin');
  });
});
