import { describe, expect, it } from 'vitest';
import { asksAPrivateLife } from '../src/search/private-life.ts';

// Stands in for the search's voice finder: these names are people, the rest are not.
const namesAPerson = (text: string): boolean => /\b(?:author|putin|abadi)\b/i.test(text);

describe("questions about someone's private life", () => {
  it.each([
    'is the author married',
    'does putin have kids',
    'is he religious',
    'when is abadi’s birthday',
    'where was putin born',
    'can you tell me if the author is married',
  ])('"%s" asks about a private life', (question) => {
    expect(asksAPrivateLife(question, namesAPerson)).toBe(true);
  });

  it.each([
    // The member's own life.
    'what did abadi say, i was born in tehran btw',
    'my late husband always said never trust the russians, does the article say that too?',
    // No one's: a country, an alliance, a role.
    'is iran married to russia or can it walk away',
    'was the alliance born out of necessity or what',
    'which religious leader does the author mention',
    // A view asked, not a life.
    'does the author think the alliance was born out of convenience',
    // No private-life word at all.
    'what does the author think',
  ])('"%s" does not', (question) => {
    expect(asksAPrivateLife(question, namesAPerson)).toBe(false);
  });
});
