import { describe, expect, it } from 'vitest';
import { DESCRIPTION_FIT, describedQuery, descriptionWords, fitDescription } from '../src/search/role-matching.ts';

const soleimani = [
  'international affairs analyst and former Iranian ambassador to Azerbaijan',
  'the former diplomat',
].map(descriptionWords);

describe('describedQuery', () => {
  it('keeps the words that describe, and notes when a person is asked for', () => {
    expect(describedQuery('the author of this article')).toEqual({ words: ['author'], personOnly: false });
    expect(describedQuery('the guy from the committee')).toEqual({ words: ['committee'], personOnly: true });
  });
});

describe('fitDescription', () => {
  it.each([
    ['the former diplomat', DESCRIPTION_FIT.whole],
    ['international affairs analyst', DESCRIPTION_FIT.phrase],
    ['the former ambassador to azerbaijan', DESCRIPTION_FIT.scattered],
    ['the former ambasador', DESCRIPTION_FIT.scattered],
    // The country for its people's word: "Iran ambassador" is the article's "Iranian ambassador".
    ['former iran ambassador to azerbaijan', DESCRIPTION_FIT.phrase],
    ['the iran analyst', DESCRIPTION_FIT.scattered],
    // A role in other words: "ex" for former, "envoy" for ambassador, the capital for its country.
    ['the ex-envoy to baku', DESCRIPTION_FIT.scattered],
    ['ex ambassador to azerbaijan', DESCRIPTION_FIT.scattered],
    ['the ex-diplomat', DESCRIPTION_FIT.whole],
    // A post held before, said so.
    ['the iran dude that used to be an ambassador', DESCRIPTION_FIT.scattered],
    ['analysts', DESCRIPTION_FIT.phrase],
    ['the russian president', DESCRIPTION_FIT.none],
    ['', DESCRIPTION_FIT.none],
  ])('%j fits Soleimani as %j', (typed, fit) => {
    expect(fitDescription(describedQuery(typed), soleimani)).toBe(fit);
  });
});
