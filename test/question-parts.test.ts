import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { questionParts } from '../src/search/question-parts.ts';

describe('the questions a message asks', () => {
  it('splits after a question mark, keeping the parts that ask on their own', () => {
    expect(questionParts('what does russia want? who even is this guy')).toEqual([
      'what does russia want?',
      'who even is this guy',
    ]);
    // "Isnt this just propaganda" is a challenge, not a question the article could answer.
    expect(questionParts('isnt this just saudi propaganda? who even is this guy')).toEqual(['who even is this guy']);
    expect(questionParts('What is the work of the author? analyst of what ba?')).toEqual([
      'What is the work of the author?',
    ]);
    // A greeting or form of address before the question, set off by a comma.
    expect(questionParts('halo kak, who is the writer? he is from Saudi ya?')).toEqual([
      'halo kak, who is the writer?',
    ]);
  });

  it('splits after a remark that ends in a full stop or an exclamation mark, not after "U.S."', () => {
    expect(
      questionParts('fun fact the 2016 olympiad was in baku! who in the article has an azerbaijan connection'),
    ).toEqual(['who in the article has an azerbaijan connection']);
    // "It" in "what does it say" is the article, not something the other part names.
    expect(
      questionParts(
        'lol we should do a russia vs iran themed blitz night. anyway what does it say about the caspian sea',
      ),
    ).toEqual(['anyway what does it say about the caspian sea']);
    expect(questionParts('did the U.S. leave the deal')).toEqual([]);
    expect(questionParts('I read it at a café. who is the author?')).toEqual(['who is the author?']);
  });

  it('reads the question after a lead-in run into it without a comma', () => {
    expect(questionParts('be honest does the author think the alliance survives')).toEqual([
      'does the author think the alliance survives',
    ]);
    expect(questionParts('honestly no idea what this is')).toEqual([]);
  });

  it('reads a question before a comma and an aside, not before words that narrow it', () => {
    expect(questionParts('who is don emmert lol, is he in the astro club')).toEqual(['who is don emmert lol']);
    expect(questionParts('lmao who is don emmert, is he in the astro club')).toContain('who is don emmert');
    expect(questionParts('Iran and Saudi, why they are enemy?')).toEqual([]);
    // A second question after "and" is no narrowing; after "or" or "like" it is the same one, narrowed.
    expect(questionParts('who is the author, and what is his favourite food')).toEqual(['who is the author']);
    expect(questionParts('is russia winning, or is it losing in ukraine')).toEqual([]);
    expect(questionParts('is russia winning, like is it winning the war in ukraine')).toEqual([]);
    for (const narrowed of [
      'is russia winning, in ukraine?',
      'does the article talk about the caspian sea, like oil and gas?',
      'what did iran do, before 2015?',
      'who is putin meeting, next month?',
    ]) {
      expect(questionParts(narrowed)).toEqual([]);
    }
  });

  it('reads a question of the author before a dismissive other guess, but not one of anything else', () => {
    expect(
      questionParts('does the author actually have a phd or is he just some guy w opinions like half this server'),
    ).toEqual(['does the author actually have a phd']);
    expect(questionParts('is al sulami legit or just some rando with opinions on the internet')).toEqual([
      'is al sulami legit',
    ]);
    expect(questionParts('is the bot even reading the article or just making stuff up')).toEqual([]);
    // Of anything but the author, the other guess is half the question.
    expect(questionParts('is the war over or just paused')).toEqual([]);
    expect(questionParts('is russia bombing syria or just isis')).toEqual([]);
    expect(questionParts('was it ever a real friendship or just a marriage of convenience')).toEqual([]);
  });

  it('keeps the whole message where a remark sets what the question is about', () => {
    expect(questionParts("I'm asking about Libya, not Syria. what is russia's role?")).toEqual([]);
    expect(questionParts('My question is about 2024. is the alliance over?')).toEqual([]);
    expect(questionParts('Thinking about Yemen. who is winning?')).toEqual([]);
    expect(questionParts('This is about ukraine not the article. who is winning?')).toEqual([]);
    // A remark that only mentions what something is about sets no scope for the question.
    expect(questionParts('we read an article about syria in class today. who is the author?')).toEqual([
      'who is the author?',
    ]);
  });

  it('lets "it" lean on the rest, but not the "it" of "does it say"', () => {
    expect(questionParts('the caspian sea has lots of oil. does it belong to iran?')).toEqual([]);
  });

  it('reads "he" in a part as someone else where the message names someone else', () => {
    const names = (text: string): boolean => /\babadi\b/i.test(text);
    expect(questionParts('the author quotes abadi. what does he do for a living?', names)).toEqual([
      'what does he do for a living?',
    ]);
    // Named only as the article, the author is not who "he" is.
    expect(questionParts('the article mentions khomeini. when did he die?')).toEqual(['when did he die?']);
    // Nor where someone else is named by a title only.
    const titled = (text: string): boolean => /\bayatollah\b/i.test(text);
    expect(questionParts('the author cites the ayatollah. is he still alive?', titled)).toEqual(['is he still alive?']);
  });

  it('reads "he" in a part as the author where the message speaks of him', () => {
    expect(
      questionParts(
        "so given the author is Saudi I expected him to get into Riyadh's rivalry with Tehran. does he say anything about Saudi-Iran relations? just curious",
      ),
    ).toEqual(['does the author say anything about Saudi-Iran relations?']);
  });

  it('gives nothing for one question, or for a comma that leaves a part with no subject', () => {
    expect(questionParts('who is abadi')).toEqual([]);
    expect(questionParts('Iran and Saudi, why they are enemy?')).toEqual([]);
  });

  it('leaves out what is said, a favour asked, and a part that leans on the rest', () => {
    expect(
      questionParts('Does the op-ed mention the Caspian oil? Would be useful for my presentation. Could you check?'),
    ).toEqual(['Does the op-ed mention the Caspian oil?']);
    expect(questionParts('Did Putin ever visit Teheran? What does the text say?')).toEqual([
      'Did Putin ever visit Teheran?',
    ]);
    expect(questionParts('does the author talk about trump? like is Trump quoted on it?')).toEqual([
      'does the author talk about trump?',
    ]);
    // "There" points back at the place the other part names.
    expect(questionParts('did israel strike syria? whats going on there')).toEqual(['did israel strike syria?']);
  });
});

describe('a message asking two things, one of which the article answers', () => {
  const { search } = createCore();

  it('answers the part it can, for the whole message', () => {
    const answer = search.ask('isnt this just saudi propaganda? who even is this guy');
    expect(answer).toMatchObject({ verdict: 'answer', query: 'isnt this just saudi propaganda? who even is this guy' });
    expect(answer.results[0]!.paragraph.kind).toBe('bio');
  });

  it('does not answer a part that leans on a person the other part names', () => {
    expect(search.ask('who is lavrov? what did he say?').verdict).toBe('none');
    // "He" is the author where the message speaks of him.
    expect(questionParts('the author ignores europe right? does he mention european countries at all')).toContain(
      'does the author mention european countries at all',
    );
  });

  it('answers a question that follows a remark or a lead-in', () => {
    const remark = search.ask(
      'fun fact the 2016 olympiad was in baku! who in the article has an azerbaijan connection',
    );
    expect(remark.verdict).toBe('answer');
    expect(remark.results[0]!.excerpt.map((p) => p.text).join('')).toContain('former Iranian ambassador to Azerbaijan');
    expect(search.ask('be honest does the author actually think the alliance survives').verdict).toBe('answer');
    expect(search.ask('who is don emmert lol, is he in the astro club').results[0]!.paragraph.kind).toBe('credit');
    // The question narrowed after the comma, or set in another place or time, is not the article's.
    for (const outside of [
      'is russia winning, in ukraine?',
      "I'm asking about Libya, not Syria. what is russia's role?",
    ]) {
      expect(search.ask(outside).verdict).toBe('none');
    }
    // Asked of someone it names, though not in its words ("for a living"), it touches him where it names him.
    const living = search.ask('the article quotes abadi. what does he do for a living?');
    expect(living.verdict).toBe('related');
    expect(living.results[0]!.excerpt.map((p) => p.text).join('')).toContain('Kamal Dahqani Fairuz Abadi');
    // The author's view of Saudi-Iran relations is not in the article, asked as "he" or by name.
    expect(
      search.ask(
        "so given the author is Saudi I expected him to get into Riyadh's rivalry with Tehran. does he say anything about Saudi-Iran relations? just curious",
      ).verdict,
    ).toBe('none');
  });

  it('still says "not in the article" when no part is answered', () => {
    expect(
      search.ask('Does the op-ed mention how the Caspian Sea oil is divided? Would be useful for my presentation'),
    ).toMatchObject({ verdict: 'none', results: [] });
  });
});

describe('a message asked in the member’s own language and again in English', () => {
  const { search } = createCore();

  it.each([
    ['ai là abadi vậy, who is he', 'who is he abadi'],
    ['resumo curto por favor, whats the main idea', 'what is the main idea'],
    ['o que os jornais iranianos pediram? what newspapers want', 'what newspapers want iranianos'],
    ['who is Ayatollah Khomeini and hvað sagði hann um Rússa?', 'who is Ayatollah Khomeini'],
  ])('reads %j as the English part, with the article’s names from the rest', (question, read) => {
    expect(search.readQuestion(question)).toBe(read);
    expect(search.ask(question).verdict).toBe('answer');
  });

  it('keeps a part with one word it cannot read: a typo, or the name asked about', () => {
    expect(search.ask('the covnants, what are they').results[0]?.paragraph.text).toContain('covenants');
    // Zarif is not in the article; without his name the question would ask the author's view.
    expect(search.ask('zarif, what did he say?')).toMatchObject({ verdict: 'none', results: [] });
  });

  it('leaves English parts alone, names the article lacks and words of its own included', () => {
    expect(search.readQuestion('Gaza and Hamas, author say something?')).toBe('Gaza and Hamas, author say something?');
    expect(search.ask('Gaza and Hamas, author say something?').verdict).toBe('none');
    expect(search.readQuestion("I'm making flashcards about which deal the US pulled out of")).toContain('flashcards');
  });
});
