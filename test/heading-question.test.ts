import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/article/load.ts';
import { headingsAsked } from '../src/search/heading-question.ts';

const { headings } = loadCorpus();
const FIRST = 'Russo-Iranian alliance set to disintegrate';
const SECOND = 'Russia’s alliance with Israel';
const asked = (question: string): string[] | undefined => headingsAsked(question, headings)?.map((h) => h.text);

describe('a question asking for a section heading', () => {
  it('makes one passage per section heading, in reading order', () => {
    expect(headings.map((h) => [h.id, h.kind, h.number, h.text])).toEqual([
      ['heading-disintegration', 'heading', null, FIRST],
      ['heading-israel-alliance', 'heading', null, SECOND],
    ]);
  });

  it.each([
    ['first subheading?', FIRST],
    ['whats the first section heading called', FIRST],
    ['subheding 1?', FIRST],
    ['wats the second section heading', SECOND],
    ["what's the second section header", SECOND],
    ['Which is the title of the second section?', SECOND],
    ['section 2 title', SECOND],
    ['subheading 2', SECOND],
    ['What is the second small title inside the text?', SECOND],
    // No ordinal: the heading sharing the question's words, else the first.
    ["what's the section about israel called", SECOND],
    ['the heading of the part about Israel say what', SECOND],
    ['what does the subheading say abt the alliance', FIRST],
  ])('"%s" gets "%s" first', (question, heading) => {
    expect(asked(question)?.[0]).toBe(heading);
  });

  it('gives all of them, in reading order, when asked for all', () => {
    for (const question of [
      'which are the two subtitles',
      'section headings?',
      'what are the subheadings',
      'list all headings',
      'list all heading',
      'what are all heading in this article',
    ]) {
      expect(asked(question), question).toEqual([FIRST, SECOND]);
    }
  });

  it.each([
    // The title's, or the picture's.
    "what's the headline",
    'what is the title of the article',
    "what's actually in the header pic, like who's in the shot",
    // "Heading" as a verb.
    'where is the alliance heading',
    'is iran heading for a loss',
    'where does the writer think this is all heading',
    "where's it all heading",
    'where are iran and russia all heading now',
    // A heading that places what is asked: the passage there is the answer, not the heading.
    'under the first subheading, who is quoted',
    'the article has a subheading about Russia and Israel, how does it describe their ties',
    // Why it says so, who speaks under it, or the picture at the top; "the header" alone.
    'the heading says the alliance is set to disintegrate, why',
    'first subheading who speaks under it',
    'who pic in the header',
    'whats the header',
  ])('"%s" does not ask for a heading', (question) => {
    expect(asked(question)).toBeUndefined();
  });

  it('finds no heading the article lacks, rather than another in its place', () => {
    expect(asked('what is subheading 3')).toEqual([]);
    expect(asked("what's the third section called")).toEqual([]);
  });
});
