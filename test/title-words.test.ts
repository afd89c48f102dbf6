import { describe, expect, it } from 'vitest';
import { readAsTheTitle } from '../src/search/title-words.ts';
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
