import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { readAsWhenPublished } from '../src/search/piece-age.ts';

describe('how old the piece is, asked as members ask it', () => {
  it.each([
    'is this article old',
    'is the article old?',
    'how old is this article',
    'is this old news lol',
    'so is this piece outdated or what',
    'is this article recent tho??',
    'how recent is this',
    // After a word of chat.
    'lol is this article old',
    'sorry late, how old is this article',
  ])('reads "%s" as when it was published', (question) => {
    expect(readAsWhenPublished(question)).toBe('when was this article published');
  });

  it.each([
    'is this falling-out something new',
    'is the alliance new',
    'how old is abadi',
    'is iran old news to russia',
  ])('leaves "%s" as asked: the events or a person, not the piece', (question) => {
    expect(readAsWhenPublished(question)).toBe(question);
  });

  it('is answered as the date the copy does not give, not from the "old historical pattern"', () => {
    const { search } = createCore();
    for (const question of ['is this article old', 'is this old news']) {
      expect(search.ask(question), question).toMatchObject({ verdict: 'related', missing: 'date' });
    }
  });
});
