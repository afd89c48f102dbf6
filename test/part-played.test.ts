import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { readAsPartPlayed } from '../src/search/part-played.ts';

describe('readAsPartPlayed', () => {
  it.each([
    ['what role does azerbaijan play', 'what does the article say about azerbaijan'],
    ['why is netanyahu important here', 'what does the article say about netanyahu'],
    ['whats the significance of the 1941 reference in the article', 'what does the article say about 1941'],
    ['what part does the caspian sea play in all this', 'what does the article say about the caspian sea'],
  ])('reads "%s" as "%s"', (question, read) => {
    expect(readAsPartPlayed(question)).toBe(read);
  });

  it.each([
    'what role did strikes by the jewish state on damascus’s soldiers play in all this',
    'what role does russia play in syria',
    'why is iran angry at russia',
    'what is the significance',
  ])('leaves "%s" as typed: more than a name, or no role asked', (question) => {
    expect(readAsPartPlayed(question)).toBe(question);
  });
});

describe('/ask on the part something plays', () => {
  const { search } = createCore();

  it('answers from the passage that names it, and still says when the article never does', () => {
    expect(search.ask('what role does azerbaijan play').results[0]?.paragraph.text).toContain('Azerbaijan');
    expect(search.ask('why is netanyahu important here').verdict).toBe('answer');
    expect(search.ask('what role does hezbollah play').verdict).toBe('none');
  });
});
