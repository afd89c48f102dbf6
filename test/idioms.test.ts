import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { readFileSync } from 'node:fs';
import { IdiomReader } from '../src/text/idioms.ts';
import { questionType } from '../src/search/question-type.ts';

const reader = new IdiomReader(
  {
    about: 'test',
    idioms: [
      { says: 'kiss|kisses|kissed|kissing and make up', means: 'reconcile' },
      { says: 'throw|throws|threw|thrown|throwing {x} under the bus', means: 'abandon betray {x}' },
      { says: "straight from the horse's mouth", means: 'direct source' },
      { says: 'flip-flop|flip-flopped', means: 'change position' },
      { says: 'upper hand', means: 'advantage' },
    ],
  },
  ['Russia has the upper hand in Syria.'],
);

describe('idioms read as their plain meaning', () => {
  it('puts an idiom in plain words, in any of its forms', () => {
    expect(reader.plain("who's gonna kiss and make up?")).toBe("who's gonna reconcile?");
    expect(reader.plain('so they kissed and make up')).toBe('so they reconcile');
  });

  it('keeps the words an idiom wraps', () => {
    expect(reader.plain('did moscow throw tehran under the bus')).toBe('did moscow abandon betray tehran');
    expect(reader.plain('did russia throw the iranians under the bus?')).toBe(
      'did russia abandon betray the iranians?',
    );
  });

  it('reads an apostrophe or hyphen typed or left out', () => {
    expect(reader.plain('straight from the horses mouth')).toBe('direct source');
    expect(reader.plain('straight from the horse’s mouth')).toBe('direct source');
    expect(reader.plain('is that a flip flop')).toBe('is that a change position');
  });

  it('leaves an idiom the article itself uses as typed, and words that only look alike', () => {
    expect(reader.plain('who has the upper hand')).toBe('who has the upper hand');
    expect(reader.plain('a kiss on the bus')).toBe('a kiss on the bus');
    expect(reader.plain('the busy makeup artist')).toBe('the busy makeup artist');
    // …unless asked for what the question means rather than for its words.
    expect(reader.plain('who has the upper hand', true)).toBe('who has the advantage');
  });

  it('gives no idiom a plain meaning that reads as asking a date, a figure, an outcome or a reason', () => {
    const file = JSON.parse(readFileSync(new URL('../data/idioms.json', import.meta.url), 'utf8')) as {
      idioms: Array<{ means: string }>;
    };
    const needing = file.idioms.filter(({ means }) =>
      ['who', 'what does', 'is it'].some(
        (lead) => questionType(`${lead} ${means.replace('{x}', 'iran')}`).need !== null,
      ),
    );
    expect(needing.map((i) => i.means)).toEqual([]);
  });

  it('reads what a question asks through an idiom the article’s texts use: "when did the bad blood start"', () => {
    const asked = createCore().search.ask('when did the bad blood start showing');
    expect(asked.verdict).toBe('answer');
    expect(asked.results[0]?.paragraph.text).toContain('first and simplest');
  });

  it("reads the idioms of alliances and pressure in the article's own words, and leaves their literal uses", () => {
    const { search } = createCore();
    // "Play ball" is the article's "respond favorably": Russia's failure to would risk a US attack.
    expect(
      search.ask('what happens if russia doesnt play ball with israel').results.map((r) => r.paragraph.id),
    ).toContain('p13');
    expect(search.readQuestion('did abadi stand his ground')).toBe('did abadi refuse to retreat');
    expect(search.readQuestion('will iranian troops stand on syrian ground')).toBe(
      'will iranian troops stand on syrian ground',
    );
    // "Say uncle" is not listed: "uncle sam" is the US.
    expect(search.readQuestion('so uncle sam and putin are getting closer')).toBe(
      'so uncle sam and putin are getting closer',
    );
  });

  it('lets /ask find the passage for an idiom the article and its reader questions never use', () => {
    const { search } = createCore();
    const asked = search.ask('were the iranians thrown for a loop');
    expect(asked.verdict).toBe('answer');
    expect(asked.results[0]?.paragraph.text).toContain('state of confusion');
    // Drifting apart is diverging: the closing paragraph's "divergence in the strategic objectives".
    expect(search.ask('why are the two drifting apart').results[0]?.paragraph.text).toContain('divergence');
    // Chat for the opening's range of ties, the byline's specialism and the conclusion's "widespread".
    expect(search.ask('so they’ve gone from enemies to buddies?').results[0]?.paragraph.text).toContain(
      'ranged from hostility to cooperation',
    );
    expect(search.ask("what's this guy's wheelhouse").results[0]?.paragraph.kind).toBe('byline');
    expect(
      search
        .ask('who raised red flags?')
        // Among the first two: Khomeini's warning (¶ 12) is a red flag raised too.
        .results.slice(0, 2)
        .map((r) => r.paragraph.text)
        .join(' '),
    ).toContain('veteran diplomats have repeatedly warned');
    // A rollercoaster of ties is their range; a theocracy is the Islamic Republic its founder set up.
    expect(search.ask("so their friendship's been a rollercoaster?").results[0]?.paragraph.text).toContain(
      'ranged from hostility to cooperation',
    );
    expect(search.ask('who set up the theocracy in tehran').results[0]?.paragraph.text).toContain(
      'founder of the ‘Islamic Republic’',
    );
    // Pointing fingers is blaming; "the continent", in British use, is mainland Europe.
    expect(
      search.ask('does that official point fingers at anyone on the continent for stirring up trouble').results[0]
        ?.paragraph.text,
    ).toContain('unspecified European parties');
    // The ruler by his capital: "the damascus guy" is Assad.
    expect(search.ask('could the damascus guy get booted bc of this').results[0]?.paragraph.text).toContain(
      'force him to step down',
    );
    expect(search.ask('is iranian mistrust of russians pretty mainstream').results[0]?.paragraph.text).toContain(
      'widespread in Iran',
    );
    // When things went sour asks for the occasion the animosity appeared on, which ¶ 1 gives.
    for (const q of ['when did things start going sour', 'when did the beef between iran and russia first show up']) {
      const asked = search.ask(q);
      expect([asked.verdict, asked.results[0]?.paragraph.number], q).toEqual(['answer', 1]);
    }
    // How they "took it" is how they reacted: the confusion of ¶ 4.
    expect(
      search.ask('how did tehran take it when moscow floated pulling troops out').results[0]?.paragraph.text,
    ).toContain('state of confusion');
    // Assad "kicked out" is Assad forced to step down, not Iran's forces leaving.
    expect(search.ask('could assad get kicked out over this').results[0]?.paragraph.text).toContain('step down');
    // Whether it happened before asks about the pattern the conclusion names, not the first test.
    // Pinning the blame on someone is blaming them: Dahqani's accusation of the Europeans.
    expect(search.ask("who's he pinning the blame on for the drama?").results[0]?.paragraph.text).toContain(
      'European parties',
    );
    expect(search.ask('is this the first time they fell out').results[0]?.paragraph.text).toContain(
      'old historical pattern',
    );
  });
});
