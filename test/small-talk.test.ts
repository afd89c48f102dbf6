import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { isSmallTalk } from '../src/search/small-talk.ts';

describe('small talk', () => {
  it.each([
    'thanks bot ur the best',
    'thank you so much!',
    'hi',
    'hey guys',
    'lol ok',
    'good bot',
    'is any of this even true lol',
    'is this article even true tho',
    'is the author lying',
  ])('"%s" talks to the bot, not about the article', (text) => {
    expect(isSmallTalk(text)).toBe(true);
  });

  it.each([
    'hi, who is abadi',
    'thanks, and why is iran angry at russia',
    'ok so who wins in syria',
    'is it true that russia asked iran to leave',
    'is iran still in syria',
    'hello what does the author think',
  ])('"%s" is a question about the article', (text) => {
    expect(isSmallTalk(text)).toBe(false);
  });
});

describe('small talk through /ask', () => {
  it('is not searched, though chat-speak drops "thanks" as filler', () => {
    const answer = createCore().search.ask('thanks bot ur the best');
    expect(answer).toMatchObject({ verdict: 'none', results: [] });
  });
});
