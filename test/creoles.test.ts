import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { englishWords } from './english-words.ts';
import { creoleInEnglish } from '../src/text/creoles.ts';

const core = createCore();

describe('English-based creoles', () => {
  it('reads a question written in Tok Pisin, Bislama, Krio, Pidgin or Patois in English words', () => {
    expect(creoleInEnglish('Husat i raitim dispela stori?')).toBe('who write this story?');
    expect(creoleInEnglish('wetin abadi talk se iran go do for syria?')).toBe('what abadi say iran go do for syria?');
    expect(creoleInEnglish('wah mek russia waan iran soja dem lef syria?')).toBe(
      'why russia want iran soldiers leave syria?',
    );
    // "Bilong wanem" opens a question as "why"; inside one it is "of what".
    expect(creoleInEnglish('Bilong wanem Iran i vex?')).toBe('why Iran angry?');
    expect(creoleInEnglish('Em i hetman bilong wanem kamiti?')).toBe('he leader of what committee?');
  });

  it('leaves English as typed: a word both languages have is read as creole only beside one of its own', () => {
    for (const question of [
      'what does the US and its partners want',
      'how long will the alliance last',
      'who is don emmert',
      'is iran going to win or lose, nah?',
      'wat r they tryna do to tehran',
    ]) {
      expect(creoleInEnglish(question)).toBe(question);
    }
    // "dem" and "di" are creole beside "wetin", and stay as typed without it.
    expect(creoleInEnglish('the newspapers dem want wetin?')).toBe('the newspapers they want what?');
  });

  it('are answered from the passage the same question in English finds', () => {
    for (const [creole, english] of [
      ['wetin abadi talk se iran go do for syria?', 'what did abadi say iran will do in syria?'],
      ['husat i raitim dispela atikol?', 'who wrote this article?'],
      ['abeg, wetin be di main point of dis article?', 'what is the main point of this article?'],
      ['Ol misail bilong Rasia i flai go long wanem hap?', 'where did the russian missiles fly?'],
    ] as const) {
      const asked = core.search.ask(creole);
      expect(asked.verdict, creole).toBe('answer');
      expect(asked.results[0]?.paragraph.id, creole).toBe(core.search.ask(english).results[0]?.paragraph.id);
    }
  });

  it('never take a question in plain English for creole, whichever common English or chat word it holds', () => {
    const words = englishWords();
    // "ol" and "di" are Tok Pisin and Patois for "the", read so only beside a form of creole alone.
    // The commonest 15,000, and the chat words further down the list that English speakers type.
    const plain = [...words.slice(0, 15_000), 'meh', 'lil', 'til', 'naw', 'yeh', 'bae', 'bros', 'wassup', 'boi'];
    const misread = plain.filter((word) => creoleInEnglish(`ol ${word} di article`) !== `ol ${word} di article`);
    expect(misread).toEqual([]);
  });
});
