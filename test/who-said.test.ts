import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { whoSaidPhrase } from '../src/search/who-said.ts';
import { shellReply } from '../src/shell.ts';

const core = createCore();
const said = (q: string) => {
  const answer = core.search.whoSaid(q);
  return answer && { speaker: answer.speaker, reported: answer.reported, verbatim: answer.verbatim };
};

describe('"who said …" finds the sentence, its speaker and how it is reported', () => {
  it.each([
    ['who said Iran will be the biggest loser in Syria', 'al-sulami', 'own', true],
    ['who said Tehran would refuse to withdraw', 'abadi', 'claimed', true],
    // The only words the article puts in quotation marks.
    ['who said “Neither East nor West”', 'iranian-newspapers', 'quoted', true],
    // A paraphrase: the sentence says "reneged", "historically".
    ['who said Russians have always broken their promises', 'khomeini', 'attributed', false],
    // Misspelt, and one sentence with two voices: the second one's words.
    [
      'who said analysts belive the Iranian leadership is unlikly to find any way to resurect warm relations',
      'analysts',
      'attributed',
      false,
    ],
    [
      'who said Russian officials are discussing how to withdraw foreign forces',
      'russian-officials',
      'attributed',
      false,
    ],
  ] as const)('%s → %s (%s)', (q, speaker, reported, verbatim) => {
    expect(said(q)).toEqual({ speaker, reported, verbatim });
  });

  it('takes a pasted sentence with no "who said" as a quotation to place', () => {
    expect(said("Iran should be wary of putting all its political eggs in Russia's basket")).toEqual({
      speaker: 'iranian-analysts',
      reported: 'attributed',
      verbatim: true,
    });
  });

  it('leaves questions and short statements to /ask', () => {
    expect(said('what did Abadi say about withdrawing?')).toBeUndefined();
    expect(said('Russia betrayed Iran')).toBeUndefined();
  });

  it.each([
    ['who said that Russia is greedy', 'Russia is greedy'],
    ['Who wrote: "the pragmatic alliance may not last"', 'the pragmatic alliance may not last'],
    ['whose words are these: Moscow is prioritizing its own interests', 'Moscow is prioritizing its own interests'],
    ['who is Abadi', undefined],
  ])('reads the phrase out of %j', (q, phrase) => {
    expect(whoSaidPhrase(q)).toBe(phrase);
  });
});

describe('"who said" as the member reads it', () => {
  it('names the speaker, where, and that their reported claim is not a quotation', () => {
    const text = shellReply(core, '/ask who said Tehran would refuse to withdraw', false)!;
    expect(text).toContain('[Who said it]\n🛑 Kamal Dahqani Fairuz Abadi\n');
    expect(text).toContain('[Where]\n¶ 6\n');
    expect(text).toContain(
      '[How it is reported]\nReported claim: their own statement, as the article reports it; not a quotation.',
    );
    expect(text).toContain('[Word for word?]\nYes: these words stand in the article as you typed them.');
  });

  it('says plainly, and privately, when no sentence says it', () => {
    expect(shellReply(core, '/ask who said pineapple belongs on pizza', false)).toContain(
      'No sentence in the article says “pineapple belongs on pizza”, even in other words.',
    );
  });
});

describe('what is not a "who said"', () => {
  it.each(['who wrote this', 'who wrote the article', 'who said it'])(
    '%j asks for the author or nothing to find: /ask answers it as a question',
    (question) => {
      expect(core.search.whoSaid(question)).toBeUndefined();
    },
  );

  it.each([
    'tell me about russia and iran in syria',
    'explain the russian request to withdraw from syria',
    'in what ways did iran invest in syria',
    'so did the us attack russia or not',
  ])('%j is a request, not a pasted quotation', (question) => {
    expect(core.search.whoSaid(question)).toBeUndefined();
  });

  it('answers "who wrote this" with the byline', () => {
    expect(shellReply(core, '/ask who wrote this', false)).toContain('Mohammed al-Sulami Saudi analyst');
  });

  it('answers as the search does where the sentence match finds another passage or none', () => {
    // Read as a quotation, "who wrote this lol" had looked for a sentence saying "this lol".
    for (const question of ['who wrote this lol', 'Who wrote this op-ed, and what is his professional background?']) {
      const reply = shellReply(core, `/ask ${question}`, false)!;
      expect(reply, question).not.toContain('No sentence in the article says');
      expect(reply, question).toContain('Mohammed al-Sulami');
    }
    // The search finds Abadi's passage, the sentence match the regime's: the search's answer is shown.
    expect(core.search.respond('who said russians never keep their word')).toHaveProperty('answer');
    // Agreeing, the sentence and its speaker are shown.
    expect(core.search.respond('who said Tehran would refuse to withdraw')).toHaveProperty('said');
  });

  it('shows the sentence words typed verbatim come from, whatever the search ranks first', () => {
    expect(core.search.respond('who said awareness that any failure to respond favorably')).toHaveProperty(
      'said.speaker',
      'iranian-analysts',
    );
  });

  it('does not show a found sentence for a question the article does not answer', () => {
    // Eight words and more, close to one sentence: it reads as pasted from the article.
    const question = 'y did israel attack the syrian army positions in syria back then';
    expect(core.search.whoSaid(question)?.match).not.toBeNull();
    const response = core.search.respond(question);
    expect(response).toHaveProperty('answer.verdict', 'related');
  });
});

describe('/ask about the whole piece with speaker:', () => {
  it("says anyone but the author says nothing on the piece as a whole, and offers the author's thesis", () => {
    const reply = shellReply(core, '/ask what is the article about speaker:soleimani', false)!;
    expect(reply).toContain('Afshar Soleimani says nothing on this in the article.');
  });
});
