import { describe, expect, it } from 'vitest';
import { paragraphReferenced, withoutParagraphReference } from '../src/search/paragraph-reference.ts';
import { createCore } from '../src/core.ts';

describe('a body paragraph pointed at by its place', () => {
  it.each([
    ["What are Putin's people hashing out right now, per the second paragraph?", 2],
    ['According to the opening paragraph, what spectrum of ties have they had?', 1],
    ['the last paragraph mentions distrust, is it common?', 13],
    ['what does para 8 say', 8],
    ['¶ 11 confused me', 11],
    ['in paragraph #4, who is confused', 4],
    // The piece's first or last sentence or line is in its first or last paragraph.
    ["what's the first sentence", 1],
    ['read me the last line of the article', 13],
    // A paragraph named outright is the one whose line is asked.
    ['what is the first line of ¶ 5', 5],
  ])('"%s" points at ¶ %i', (question, n) => {
    expect(paragraphReferenced(question, 13)).toBe(n);
  });

  it.each([
    'who will lose the most',
    // No such paragraph, or no paragraph at all.
    'what does paragraph 20 say',
    'the first test of the alliance',
    'the last word on it',
    // Counted from the end, or within a section: not the piece's own numbering.
    'in the second-to-last paragraph, what did iranian newspapers demand?',
    'what does the third paragraph from the end say',
    'paragraph 2 of the section about the alliance disintegrating',
    // A line of another part.
    'what does the last line of the bio say',
    "what was abadi's last line",
    'the first line of his quote',
  ])('"%s" points at none', (question) => {
    expect(paragraphReferenced(question, 13)).toBeUndefined();
  });

  it('searches the rest of the question, not the figures that point', () => {
    expect(withoutParagraphReference('what kilometers thing in the 2nd paragraph').trim()).toBe(
      'what kilometers thing in',
    );
    expect(withoutParagraphReference('what about kilometers in para 2').trim()).toBe('what about kilometers in');
    // In words, the pointer stays: "final" and "last" are words the conclusion is asked by.
    expect(withoutParagraphReference('in the final paragraph, what adjective')).toBe(
      'in the final paragraph, what adjective',
    );
    const { search } = createCore();
    const asked = search.ask('what kilometers thing in the 2nd paragraph');
    expect(asked.verdict).toBe('answer');
    expect(asked.results[0]!.paragraph.text).toContain('70 to80 kilometers');
    // What it says, asked of the paragraph pointed at in figures, is that paragraph, as in words.
    for (const question of [
      'what does the author say in the 2nd paragraph',
      'what does the author say in the second paragraph',
    ])
      expect(search.ask(question).results.map((r) => r.paragraph.id)).toEqual(['p04']);
  });
});
