import { describe, expect, it } from 'vitest';
import { nameTokens, stripWrappers } from '../src/search/who-query.ts';

describe('stripWrappers', () => {
  it.each([
    ['who is putin', 'putin'],
    ['Who was Khomeini?', 'khomeini'],
    ['whos abadi', 'abadi'],
    ["who's Afshar Soleimani", 'afshar soleimani'],
    ['tell me about asad', 'asad'],
    ['can u tell me about netanyahu pls', 'netanyahu'],
    ['what does khomeini think', 'khomeini'],
    ["what is al-Sulami's view", 'al sulami'],
    ['putin??', 'putin'],
    // A mention is whom the member addressed, not part of the name.
    ['@everyone putin', 'putin'],
    ['<@123456789012345678> who is abadi', 'abadi'],
    ['whos the guy from the committee', 'the guy from the committee'],
    ['who wrote this', 'wrote this'],
    ['Kamal Dahqani Fairuz Abadi', 'kamal dahqani fairuz abadi'],
    ['@mohalsulami', '@mohalsulami'],
    // The article has one holder of each post, whenever asked.
    ["who was israel's prime minister at the time of the piece", 'israel prime minister'],
    ['the us president when this was written', 'the us president'],
    ['who is the usa president', 'the us president'],
    ['How is Benjamin Netanyahu described in the article, please?', 'benjamin netanyahu'],
    ['how does the article describe khomeini', 'khomeini'],
    ['Who was Ayatollah Khomeini, as described in the article?', 'ayatollah khomeini'],
    ['abadi according to the article', 'abadi'],
  ])('%j asks for %j', (query, named) => {
    expect(stripWrappers(query)).toBe(named);
  });

  it('keeps a query made only of wrapper words rather than leaving nothing', () => {
    expect(stripWrappers('who')).toBe('who');
  });
});

describe('nameTokens', () => {
  it.each([
    ['al-Sulami', ['al', 'sulami']],
    ["Iran's Supreme Leader", ['iran', 'supreme', 'leader']],
    ['@mohalsulami', ['mohalsulami']],
    ['Erdoğan', ['erdogan']],
  ])('%j → %j', (text, tokens) => {
    expect(nameTokens(text)).toEqual(tokens);
  });
});
