import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { englishWords } from './english-words.ts';
import { andBetweenNames, firstLanguageInEnglish, joinSyllableNames } from '../src/text/first-languages.ts';

const core = createCore();

describe("the small words of members' first languages", () => {
  it('reads question words, nouns, greetings and thanks in English and leaves politeness out', () => {
    expect(firstLanguageInEnglish('lwaki russia angry?')).toBe('why russia angry?');
    expect(firstLanguageInEnglish('chifukwa chiyani iran is angry?')).toBe('why iran is angry?');
    expect(firstLanguageInEnglish('na cava the main point?')).toBe('what the main point?');
    expect(firstLanguageInEnglish('Kia ora. Who is the kaituhi?')).toBe('hello. Who is the writer?');
    expect(firstLanguageInEnglish('who has written this piece eigenlijk?')).toBe('who has written this piece?');
    expect(firstLanguageInEnglish('ni hao bot, the author is which country person?')).toBe(
      'hello bot, the author is which country person?',
    );
    expect(firstLanguageInEnglish('lutfen, who took the photo')).toBe('who took the photo');
    // Catalan's "good morning", two words (the list had only "bondia" run together).
    expect(firstLanguageInEnglish('Bon dia, who wrote this?')).toBe('hello, who wrote this?');
  });

  it('leaves words of the article, its names and English as typed', () => {
    for (const question of ['who is don emmert', 'what does soleimani say about azerbaijan', 'sino-russian ties?']) {
      expect(firstLanguageInEnglish(question)).toBe(question);
    }
    const words = englishWords();
    const misread = words.filter((word) => firstLanguageInEnglish(word) !== word);
    expect(misread).toEqual([]);
    const article = core.corpus.article.paragraphs.map((p) => p.text).join(' ');
    expect(firstLanguageInEnglish(article)).toBe(article);
  });

  it('are answered from the passage the same question in English finds', () => {
    for (const [mixed, english] of [
      ['chifukwa chiyani russia want iran out of syria?', 'why does russia want iran out of syria?'],
      ['Kia ora. Who is the kaituhi?', 'who is the writer?'],
      ['Bon dia, the Soleimani was ambassador where? In Azerbaidjan, no?', 'where was soleimani ambassador?'],
    ] as const) {
      const asked = core.search.ask(mixed);
      expect(asked.verdict, mixed).toBe(core.search.ask(english).verdict);
      expect(asked.results[0]?.paragraph.id, mixed).toBe(core.search.ask(english).results[0]?.paragraph.id);
    }
  });
});

describe('"and" as other languages write it, between two names', () => {
  const names = new Set(['putin', 'trump', 'iran', 'rusia', 'rosja']);
  const isName = (word: string): boolean => names.has(word);

  it.each([
    ['what will happen between Putin e Trump', 'what will happen between Putin and Trump'],
    ['relations entre Iran y Rusia', 'relations entre Iran and Rusia'],
    ['Rosja i Iran friends?', 'Rosja and Iran friends?'],
  ])('reads "%s" as "%s"', (typed, read) => {
    expect(andBetweenNames(typed, isName)).toBe(read);
  });

  it('joins every pair of a chain, and leaves "et al." alone', () => {
    expect(andBetweenNames('Putin e Trump e Netanyahu', (w) => ['putin', 'trump', 'netanyahu'].includes(w))).toBe(
      'Putin and Trump and Netanyahu',
    );
    expect(andBetweenNames('Soleimani et al said', (w) => ['soleimani', 'al'].includes(w))).toBe(
      'Soleimani et al said',
    );
  });

  it('leaves a short word between words that are not both names', () => {
    expect(andBetweenNames('i think putin e mail', isName)).toBe('i think putin e mail');
    expect(andBetweenNames('what did putin say', isName)).toBe('what did putin say');
  });

  it('lets /ask read the question it joins', () => {
    const asked = createCore().search.ask('Allora, what will happen between Putin e Trump according to the author?');
    expect(asked.verdict).toBe('answer');
    expect(asked.results[0]?.paragraph.text).toContain('rapprochement');
  });
});

describe('a name written in syllables, as Vietnamese writes foreign names', () => {
  const names = new Set(['putin', 'iran', 'iraq', 'xyri', 'khomeni']);
  const isName = (word: string): boolean => names.has(word);

  it('reads "Pu-tin", "I-ran" and "Khô-mê-ni" as one name each', () => {
    expect(joinSyllableNames('Pu-tin and Trump, what happen to I-ran army in Xy-ri?', isName)).toBe(
      'Putin and Trump, what happen to Iran army in Xyri?',
    );
    expect(joinSyllableNames('Khô-mê-ni warn what', isName)).toBe('Khômêni warn what');
  });

  it('leaves two names joined, a word joined to a name, and words that make no name', () => {
    expect(joinSyllableNames('how did the iran-iraq war start', isName)).toBe('how did the iran-iraq war start');
    expect(joinSyllableNames('is the op-ed pro-iran', isName)).toBe('is the op-ed pro-iran');
  });
});

describe('Vietnamese greetings and politeness, with their tone marks', () => {
  it.each([
    ['chào bot ạ, who wrote this?', 'hello bot  , who wrote this?'],
    ['cảm ơn bot', 'thanks bot'],
    // The same typed as letters and combining marks.
    ['cảm ơn bot'.normalize('NFD'), 'thanks bot'],
  ])('reads %j as %j', (typed, read) => {
    expect(firstLanguageInEnglish(typed)).toBe(read);
  });

  it('leaves the same letters without their marks alone', () => {
    expect(firstLanguageInEnglish('chaos in syria')).toBe('chaos in syria');
  });
});
