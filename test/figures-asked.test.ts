import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { figuresAsked } from '../src/search/figures-asked.ts';

describe('questions asking which dates or figures the article gives', () => {
  it.each([
    ['what year is mentioned in the article', 'dates'],
    ['any dates in this thing or nah', 'dates'],
    ['what dates are given', 'dates'],
    ['what year and what distance are mentioned in the article?', 'numbers'],
    ['what year does the article mention', 'dates'],
    ['which numbers does the piece give', 'numbers'],
    ['any numbers in this article', 'numbers'],
    ['what year is mentioned in the article and why is it important', 'dates'],
    ['what distance is mentioned in the article', 'distances'],
  ])('"%s" asks for its %s', (question, asked) => {
    expect(figuresAsked(question)).toBe(asked);
  });

  it.each([
    'what year did russia back the occupation',
    'which year',
    'how many years has iran been in syria',
    // A figure of something, or in a part of the piece, is the search's to find.
    'any numbers in the article about how much iran spent',
    'what dates are mentioned for the withdrawal',
    'what year is mentioned in paragraph 2',
    'what numbers are used in the title',
    // Another question after it is asked too.
    'what numbers are mentioned in the article and who is soleimani',
    'any dates in the article? and who is abadi',
    // Figures as people.
    'which key figures are named',
    'which figures in this piece are iranian',
  ])('"%s" is not a list of the figures the piece gives', (question) => {
    expect(figuresAsked(question)).toBeUndefined();
  });

  it('answers with each passage stating one, its figure marked in the quoted sentence', () => {
    const { search } = createCore();
    const dates = search.ask('any dates in this thing or nah');
    expect(dates.verdict).toBe('answer');
    expect(dates.matchedWords).toEqual(['the dates it gives']);
    expect(dates.results.map((r) => r.excerpt.filter((p) => p.match).map((p) => p.text))).toEqual([['1941']]);
    // The member's own remark after it is read past first.
    expect(
      search.ask('what year and what distance are mentioned in the article? making flashcards').matchedWords,
    ).toEqual(['the figures it gives']);
    expect(search.ask('what year does the article mention').matchedWords).toEqual(['the dates it gives']);
    expect(search.ask('what distance is mentioned in the article').results.map((r) => r.paragraph.id)).toEqual(['p04']);
    const figures = search.ask('what numbers are in the article');
    expect(figures.results.map((r) => r.excerpt.filter((p) => p.match).map((p) => p.text))).toEqual([
      ['70', '80'],
      ['1941'],
    ]);
  });
});
