import { describe, expect, it } from 'vitest';
import { asksToExplainTheTitle, readAsTheTitle, readPersonsTitle } from '../src/search/title-words.ts';
import { createCore } from '../src/core.ts';

describe('a title asked as "how is it called"', () => {
  it('reads the ways speakers of other languages ask a title as asking the title', () => {
    expect(readAsTheTitle('How is called this article;')).toBe('what is the title of this article;');
    expect(readAsTheTitle('how is this article called?')).toBe('what is the title of this article?');
    expect(readAsTheTitle('how the piece is called')).toBe('what is the title of this article');
  });

  it('leaves what someone is called alone', () => {
    expect(readAsTheTitle('how is the alliance called at the end')).toBe('how is the alliance called at the end');
    expect(readAsTheTitle('how is russia called by iran')).toBe('how is russia called by iran');
  });

  it('answers with the title', () => {
    const answer = createCore().search.ask('How is called this article;');
    expect(answer.verdict).toBe('answer');
    expect(answer.results[0]?.paragraph.id).toBe('p01');
  });
});

describe("a person's title", () => {
  const isPerson = (word: string): boolean => ['dahqani', 'abadi'].includes(word);

  it('reads the title of someone named as the post they hold', () => {
    expect(readPersonsTitle("dahqani's title?", isPerson)).toBe("dahqani's post?");
    expect(readPersonsTitle('What is Abadi’s official title', isPerson)).toBe('What is Abadi’s official post');
  });

  it("leaves the article's own title alone", () => {
    expect(readPersonsTitle("what is the article's title", isPerson)).toBe("what is the article's title");
    expect(readPersonsTitle("the piece's full title pls", isPerson)).toBe("the piece's full title pls");
  });

  it('answers with the passage that gives his post, not the headline', () => {
    const answer = createCore().search.ask("dahqani's title?");
    expect(answer.verdict).toBe('answer');
    expect(answer.results[0]?.paragraph.id).toBe('p08');
  });
});

describe("the headline's words asked to be explained", () => {
  it.each([
    ['headline says ambiguous future... ambiguous how exactly?', true],
    ["the 'ambiguous future' in the title, whats ambiguous about it", true],
    ['why is the title ambiguous future', true],
    ['what does ambiguous in the title refer to', true],
    // The headline's own words asked for, not explained.
    ['what does the headline say', false],
    ['how does the headline sum up the prospects of the partnership', false],
    ['headline says the iran russia alliance is what exactly', false],
    ['Title say the future of alliance is how?', false],
    ['what does the title refer to', false],
  ])('%j: %j', (question, explained) => {
    expect(asksToExplainTheTitle(question)).toBe(explained);
  });

  it('answers from the passage holding the word asked about, with the headline after it', () => {
    const answer = createCore().search.ask('headline says ambiguous future... ambiguous how exactly?');
    expect(answer.results.slice(0, 2).map((r) => r.paragraph.id)).toEqual(['p06', 'p01']);
    expect(answer.results[0]?.excerpt.map((part) => part.text).join('')).toContain('still ambiguous');
  });
});
