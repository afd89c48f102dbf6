import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { sentenceVoices, VoiceFinder } from '../src/search/voice.ts';

const { corpus } = createCore();
const finder = new VoiceFinder(corpus.people.actors, corpus.people.places);

describe('whose voice a question asks for', () => {
  it.each([
    ['what does the author say about abadi', 'al-sulami'],
    ['what does al-sulami think about russia', 'al-sulami'],
    ['wat did abadi say abt europe', 'abadi'],
    ['what do iranian newspapers want', 'iranian-newspapers'],
    ['according to iranian analysts who loses', 'iranian-analysts'],
    ['what do analysts believe', 'analysts'],
    ['what did the russian officials say', 'russian-officials'],
    ['according to soleimani, what does abadi get wrong', 'soleimani'],
    // Described rather than named, as members do.
    ['per the former envoy is the kremlin just looking out for number one', 'soleimani'],
    ['according to that tehran lawmaker why is putin going back on his promises', 'abadi'],
    // A description word for word before a group named by shared words ("Iranian officials")…
    ['what did the iranian official say about 1941', 'abadi'],
    ['what do iranian officials accuse russia of', 'iranian-regime-critics'],
    // …but among descriptions the first asked.
    ['does the author think the deputy chairman is consistent', 'al-sulami'],
  ])('%s → %s', (question, actor) => {
    expect(finder.find(question)).toBe(actor);
  });

  it.each(['why is iran angry at russia', 'is russia allied with israel', 'what does the kremlin say', 'hi'])(
    '%s → no one (a country is not its officials)',
    (question) => {
      expect(finder.find(question)).toBeUndefined();
    },
  );

  it('takes a description\'s "who took the photos" by its object, not its verb', () => {
    expect(finder.find('who took the photos')).toBe('getty-images');
    expect(finder.find('which countries took over northern iran in 1941')).toBeUndefined();
    expect(finder.find('who supplied the weapons')).toBeUndefined();
    // Writing is what names the author, so "wrote" keeps naming him.
    expect(finder.find('who wrote this')).toBe('al-sulami');
  });

  it('does not take Russian authorities for the author', () => {
    expect(finder.find('what do the russian authorities think')).toBe('russian-officials');
  });

  it('finds a misspelt name through the mending it is given', () => {
    const mending = new VoiceFinder(corpus.people.actors, corpus.people.places, (word) =>
      word === 'abbadi' ? 'abadi' : word === 'soleimani' ? 'dahqani' : undefined,
    );
    expect(finder.find('how did russia reply to abbadi')).toBeUndefined();
    expect(mending.find('how did russia reply to abbadi')).toBe('abadi');
    // A name the finder knows is never mended.
    expect(mending.find('what did soleimani say')).toBe('soleimani');
  });

  it('is given the article search’s mending: "how did russia reply to abbadi" asks a reaction it lacks', () => {
    expect(createCore().search.ask('how did russia reply to abbadi lol').verdict).toBe('related');
  });
});

describe('whose voice each sentence is in', () => {
  it('gives unattributed body sentences to the author and the rest to their speakers', () => {
    const p14 = corpus.article.paragraphs.find((p) => p.text.startsWith('Iran’s response to the Russian demands'))!;
    expect(sentenceVoices(p14, corpus.article.authorId).map((s) => s.actors)).toEqual([
      ['al-sulami'],
      ['iranian-newspapers', 'khomeini'],
    ]);
  });

  it('gives no one the sentences of end matter that lists no speaker', () => {
    const bio = corpus.article.paragraphs.find((p) => p.kind === 'bio')!;
    expect(sentenceVoices(bio, corpus.article.authorId).every((s) => s.actors.length === 0)).toBe(true);
  });
});
