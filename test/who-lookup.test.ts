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

  it.each(['Obama', 'Medvedev', 'zzzz', ''])('matches nobody for %j and suggests no one far off', (query) => {
    const answer = people.who(query);
    expect(answer.match).toBeNull();
    expect(answer.suggestions.filter((a) => a.id !== null && answer.absent?.see !== a.id)).toEqual([]);
  });

  it('autocompletes at most 25 choices, best first', () => {
    expect(people.complete('put')[0]).toEqual({ name: 'Putin', value: 'putin' });
    expect(people.complete('dehg')[0]?.value).toBe('abadi');
    expect(people.complete('').length).toBeLessThanOrEqual(25);
    expect(people.complete('x'.repeat(5000)).length).toBeLessThanOrEqual(25);
  });
});
