import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { readThisGuyAsTheAuthor } from '../src/search/author-words.ts';

const isPerson = (word: string): boolean => ['abadi', 'putin', 'soleimani'].includes(word);

describe('"this guy" as the author', () => {
  it.each([
    ['so what country is this guy from?', 'so what country is the author from?'],
    ["what's the guy's day job", "what's the author's day job"],
    ['does this dude even hold a doctorate', 'does the author even hold a doctorate'],
    ['This guy is from where?', 'The author is from where?'],
    // Who is behind the piece, or penned it, is its writer whatever else is asked.
    ['what does the person behind this piece do for work', 'what does the author do for work'],
    ['does the guy who penned this have a doctorate', 'does the author have a doctorate'],
  ])('reads %j as %j', (typed, read) => {
    expect(readThisGuyAsTheAuthor(typed, isPerson)).toBe(read);
  });

  it.each([
    'what did this guy abadi say',
    'who is the guy who warned about russia',
    'could a pullback cost the man in Damascus his job?',
    'this guy Putin, what does he want',
    'is the man named in paragraph 8 a lawmaker',
    "what's the name of the guy from the foreign policy committee",
    'the guy from azerbaijan, what does he say',
    "the man quoted first, what's his job",
    "what is the dude's role on the committee",
  ])('leaves %j as typed: it says who is meant', (typed) => {
    expect(readThisGuyAsTheAuthor(typed, isPerson)).toBe(typed);
  });

  it('answers where the author is from from the bio and byline', () => {
    const { search } = createCore();
    const asked = search.ask('so what country is this guy from?');
    expect(asked.verdict).toBe('answer');
    expect(['bio', 'byline']).toContain(asked.results[0]?.paragraph.kind);
  });
});
