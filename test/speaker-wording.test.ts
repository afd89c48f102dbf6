import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { describeStance } from '../src/render/stance-style.ts';
import type { SpeakerView } from '../src/search/ask.ts';
import { renderNoAnswer, renderOtherSide } from '../src/render/ask-reply.ts';
import { renderCheck } from '../src/render/check-reply.ts';
import { renderWhoSaid } from '../src/render/who-said-reply.ts';
import { checkClaim } from '../src/search/claim-check.ts';
import { speakerLine, whoseView } from '../src/render/whose-view.ts';

const core = createCore();
const paragraphs = core.corpus.article.paragraphs;
const byId = (id: string) => paragraphs.find((p) => p.id === id)!;
const speakers = (id: string): SpeakerView[] => core.search.speakersOf(byId(id));
const speaker = (paragraph: string, actor: string): SpeakerView => speakers(paragraph).find((s) => s.id === actor)!;
const describeStanceOf = (s: SpeakerView): string => describeStance(s.stance.label, s);

/** Words the article itself capitalises inside a sentence: its proper names ("Iranian", "The Daily Caller"). */
const properWords = new Set(
  paragraphs.flatMap((p) =>
    [...p.text.matchAll(/(?<![.!?]\s+|^)(?<=\s|‘|“)(\p{Lu}[\p{L}-]*)/gu)].map((m) => m[1]!.replace(/’s$/, '')),
  ),
);

/** Capitalised words that do not open a sentence and are not among the article's proper names. */
function strayCapitals(line: string): string[] {
  return [...line.matchAll(/(?<![.!?]\s+|^|\*)(?<=\s|\()(\p{Lu}[\p{L}-]*)/gu)]
    .map((m) => m[1]!.replace(/'s?$/, ''))
    .filter((word) => !properWords.has(word));
}

/**
 * Every line a reply says about a speaker: the heading, the stance and reporting line under it
 * (not the summary, a sentence of the data's own), and the "Whose view" line for them alone.
 */
const cases = paragraphs.flatMap((p) =>
  core.search.speakersOf(p).map((s) => {
    const line = speakerLine(s);
    return {
      where: `${p.id} ${s.id}`,
      speaker: s,
      heading: line.name,
      stance: line.value.split('\n')[0]!,
      whose: whoseView([s], core.meta),
    };
  }),
);

describe('speaker lines read as English for every speaker of every paragraph', () => {
  it('cover every speaker the article reports', () => {
    expect(cases.length).toBe(paragraphs.reduce((n, p) => n + p.speakers.length, 0));
    expect(new Set(cases.map((c) => c.speaker.kind))).toEqual(new Set(['person', 'group', 'organisation']));
  });

  it.each(cases)('$where', ({ speaker, heading, stance, whose }) => {
    const texts = [heading, stance, whose];
    for (const text of texts) {
      // "newspapers's": a plural's possessive is a bare apostrophe.
      expect(text).not.toMatch(/s['’]s\b/);
      // "Analysts (unspecified)": a qualifier belongs in the name's words, not in brackets after it.
      expect(text).not.toMatch(/\((unspecified|unnamed)\)/i);
    }
    // A heading is the name as a title: capitalised, no brackets.
    expect(heading).toMatch(/^\S+ \p{Lu}/u);
    expect(speaker.name).not.toMatch(/[()]/);
    // Inside a sentence, only the article's proper names keep capitals: "attributes to unnamed analysts".
    expect(strayCapitals(stance)).toEqual([]);
    expect(strayCapitals(whose)).toEqual([]);

    const described = /^\*([^*]+)\*/.exec(stance)![1]!;
    if (speaker.kind === 'group') {
      // "Some in the Iranian regime's claim": a plural takes no 's.
      expect(whose).not.toContain(`${speaker.nameInSentence}'s`);
      // The stance agrees with a plural subject: "distrust Russia", not "distrusts Russia".
      expect(described.split(/[ ,]/)[0]).not.toMatch(/[^']s$/);
      expect(stance).not.toMatch(/· its\b|attributes to it$/);
    } else {
      expect(described.split(/[ ,]/)[0]).toMatch(/s$|^named$/);
    }
    if (speaker.kind === 'organisation') expect(stance).not.toMatch(/· their\b|attributes to them$/);
  });

  it('give these lines, word for word', () => {
    const newspapers = speakerLine(speaker('p14', 'iranian-newspapers'));
    expect(newspapers.name).toBe('🔴 Iranian newspapers');
    expect(newspapers.value).toMatch(/^\*distrust Russia\* · their words, paraphrased by the author\n/);
    expect(speakerLine(speaker('p14', 'khomeini')).value).toMatch(
      /^\*distrusts Russia\* · a view the author attributes to them\n/,
    );
    expect(whoseView(speakers('p14'), core.meta)).toBe(
      "From an opinion column by Mohammed al-Sulami (The Daily Caller): Iranian newspapers' words, paraphrased " +
        'by the author; a view the author attributes to Ayatollah Khomeini. Not established fact.',
    );
    expect(whoseView(speakers('p07'), core.meta)).toBe(
      'From an opinion column by Mohammed al-Sulami (The Daily Caller): a claim by some in the Iranian regime, ' +
        "as reported; Kamal Dahqani Fairuz Abadi's words, paraphrased by the author. Not established fact.",
    );
    expect(whoseView(speakers('p04'), core.meta)).toBe(
      'From an opinion column by Mohammed al-Sulami (The Daily Caller): a view the author attributes to ' +
        'Russian officials; a view the author attributes to unnamed analysts. Not established fact.',
    );
    const analysts = speakerLine(speaker('p04', 'analysts'));
    expect(analysts.name).toBe('💔 Unnamed analysts');
    expect(analysts.value).toMatch(/^\*expect the alliance to break\* · a view the author attributes to them\n/);
    const caller = speaker('p17', 'the-daily-caller');
    expect(speakerLine(caller).value).toMatch(/^\*publisher's disclaimer\* · its claim, as the article reports it\n/);
    expect(whoseView([caller], core.meta)).toContain(": The Daily Caller's claim, as reported.");
  });
});

/** A real answer, passage, "who said" and check, each rendered again as if it gave another speaker. */
const answer = core.search.ask('What did Abadi say about withdrawing?');
const passage = answer.results[0]!;
const said = core.search.whoSaid('who said Tehran would refuse to withdraw')!;
const check = checkClaim(core.search, 'Tehran says it will refuse to withdraw from Syria');
const described = (text: string) => text.split('\n')[0]!;
const field = (reply: { embeds: Array<{ fields?: Array<{ name: string; value: string }> }> }, name: string) =>
  reply.embeds[0]!.fields!.find((f) => f.name === name)!.value.split('\n')[0]!;

/** Every line the reading-together replies say about a speaker, rendered for each speaker. */
const readingCases = cases.map(({ where, speaker: s }) => {
  const shown = { ...passage, voices: [s] };
  const side = { answer, page: 0, shown, shownStances: [s.stance.label], other: passage, speaker: s };
  return {
    where,
    speaker: s,
    otherSide: described(renderOtherSide(side, core.meta).embeds[0]!.description!),
    oneSide: described(renderOtherSide({ ...side, other: null, speaker: null }, core.meta).embeds[0]!.description!),
    silent: described(
      renderNoAnswer(
        {
          ...answer,
          results: [],
          reason: 'speaker-silent',
          speaker: { id: s.id, name: s.name, kind: s.kind },
          elsewhere: passage,
        },
        core.meta,
      ).embeds[0]!.description!,
    ),
    whoSaidStance: field(renderWhoSaid({ ...said, speakerView: s }, core.meta), 'Their stance'),
    checkStance: field(renderCheck({ ...check, speaker: s }, core.meta), 'Their stance'),
  };
});

describe('reading-together lines read as English for every speaker of every paragraph', () => {
  it.each(readingCases)('$where', ({ speaker: s, otherSide, oneSide, silent, whoSaidStance, checkStance }) => {
    const stance = describeStanceOf(s);
    expect(otherSide).toBe(
      `⚖️ **Another side:** ${s.nameInSentence} (${stance}), where the answer gave ${s.nameInSentence} (${stance}).`,
    );
    expect(oneSide).toBe(
      '⚖️ **The article gives only one side on this.** No other passage on it gives a speaker who takes a ' +
        `different stance from ${s.nameInSentence} (${stance}).`,
    );
    // The name opens the line as a title; a group says nothing in the plural.
    expect(silent).toBe(
      `🔇 **${s.name} ${s.kind === 'group' ? 'say' : 'says'} nothing on this in the article.** The passage that does cover it:`,
    );
    expect(whoSaidStance).toBe(`*${stance}*: ${s.stance.summary}`);
    expect(checkStance).toBe(`*${stance}*: ${s.stance.summary}`);
    for (const text of [otherSide, oneSide]) {
      expect(text).not.toMatch(/s['’]s\b/);
      // The bold lead is a sentence of its own; the speaker lines are what follows it.
      expect(strayCapitals(text.replace(/^.*\*\*\s*/u, ''))).toEqual([]);
    }
    if (s.kind === 'group') {
      // "Some in the Iranian regime (distrust Russia)", never "(distrusts Russia)".
      expect(stance.split(/[ ,]/)[0]).not.toMatch(/[^']s$/);
    } else {
      expect(stance.split(/[ ,]/)[0]).toMatch(/s$|^named$/);
    }
  });

  it('give these lines, word for word', () => {
    const regime = speaker('p07', 'iranian-regime-critics');
    const line = readingCases.find((c) => c.where === 'p07 iranian-regime-critics')!;
    expect(regime.kind).toBe('group');
    expect(line.whoSaidStance).toBe(`*distrust Russia*: ${regime.stance.summary}`);
    expect(line.otherSide).toBe(
      '⚖️ **Another side:** some in the Iranian regime (distrust Russia), where the answer gave some in the ' +
        'Iranian regime (distrust Russia).',
    );
  });
});
