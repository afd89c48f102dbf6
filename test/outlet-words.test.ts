import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { readAsTheOutlet } from '../src/search/outlet-words.ts';

describe('the outlet as readers name it', () => {
  it('reads "the paper" whose view or backing is asked as the publisher', () => {
    expect(readAsTheOutlet("is this the paper's house view or just one guy's take")).toBe(
      "is this the publisher's house view or just one guy's take",
    );
    expect(readAsTheOutlet('does the paper stand behind what this guy says')).toBe(
      'does the publisher stand behind what this guy says',
    );
    // The Iranian papers of ¶ 12 stay papers.
    expect(readAsTheOutlet('what did the papers demand')).toBe('what did the papers demand');
  });

  it('reads the paper a piece is from as the publisher', () => {
    expect(readAsTheOutlet('what newspaper is this from')).toBe('what publisher is this from');
    expect(readAsTheOutlet('which paper ran this')).toBe('what publisher ran this');
    expect(readAsTheOutlet('what newspaper is this')).toBe('what publisher is this');
    expect(readAsTheOutlet('what newspaper is this article from')).toBe('what publisher is this article from');
    expect(readAsTheOutlet('what newspaper is this from, the iranian ones?')).toBe(
      'what newspaper is this from, the iranian ones?',
    );
    expect(readAsTheOutlet('which newspaper demanded this')).toBe('which newspaper demanded this');
  });

  it('mends the outlet’s name misspelt', () => {
    expect(readAsTheOutlet('is this the Daily Callr’s official line')).toBe('is this the Daily Caller’s official line');
  });

  it('lets /ask answer with the disclaimer, not the Iranian newspapers', () => {
    const { search } = createCore();
    expect(search.ask("is this the paper's house view or just one guy's take").results[0]?.paragraph.kind).toBe(
      'disclaimer',
    );
    // A guess after the question names what it asks to have confirmed.
    expect(search.ask('where was this published, daily callr??').verdict).toBe('answer');
  });
});
