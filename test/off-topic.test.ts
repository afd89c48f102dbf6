import { describe, expect, it } from 'vitest';
import { OffTopicCheck } from '../src/search/off-topic.ts';
import { createCore } from '../src/core.ts';

const article = ['Russia and Iran are allies in Syria.', 'Moscow and Tehran disagree about Israel.'];

describe('everyday subjects the article does not touch', () => {
  const check = new OffTopicCheck(article);

  it.each([
    ['whats the weather in tehran tmrw', 'the weather'],
    ['weather tehran', 'weather'],
    ['what currency does iran use', 'currency'],
    ['whats the capital of azerbaijan', 'capital of'],
    ['who won the world cup in russia', 'world cup'],
    ['recommend a good book on russian history', 'good book'],
    ['Could you recommend a good textbook on international relations theory?', 'textbook on'],
    ['Someone know a good app for learn english faster?', 'good app'],
    ['what is the time now in Tel Aviv?', 'time now in'],
    ['which continent is syria on', 'continent is'],
    ['whats the smallest continent', 'smallest continent'],
    ['does the institute take interns?', 'interns'],
    ['Can you translate the whole article into Chinese for me please?', 'translate the whole'],
    ['whos gonna win the nba finals', 'nba'],
    ['ok who wants to play among us later', 'among us'],
    ["what was last month's article about", 'another article'],
    ["who's gonna win the champions league this year", 'champions league'],
    ['how to learn russian fast', 'learn russian'],
    ['what time is it', 'what time is it'],
    ['lol this channel is so dead', 'this channel'],
    ['whats the population of syria', 'population of'],
    ['is turkey in nato', 'nato'],
    ['is the caspian sea actually a lake', 'a lake'],
    ['best falafel spot in tel aviv?', 'falafel'],
    ['What is the official language of Azerbaijan?', 'official language'],
    ['By what margin did Putin win his last election?', 'election'],
    ["Explain the Kurdish YPG's role in northern Syria.", 'kurdish'],
    ['convert 80 km to miles pls', 'convert'],
    ['what time does the reading group meet tomorrow?', 'reading group'],
    ['can someone pls share the google doc link', 'google doc'],
    ['can someone drop the zoom link pls', 'zoom link'],
    ['ngl i forgot what i was gonna ask lmao', 'forgot what i was'],
    ['whats 2+2', 'arithmetic'],
    ['what is 70 x 80?', 'arithmetic'],
  ])('"%s" asks about %s', (question, subject) => {
    expect(check.subjectOf(question)).toBe(subject);
  });

  it.each([
    // Those words in the article's own matter.
    'is there a textbook example of russia betraying iran in the article',
    'at this time now, who has the upper hand?',
    "can you translate the bit about eggs in the basket, i don't get it",
    'is moscow a fair-weather friend to tehran',
    // "Weather" for "whether".
    'weather russia still support iran or not?',
    'why is the russia iran team up falling apart',
    'is the alliance spending its political capital',
    // A range is not a sum, and a figure asked in miles is the article's own.
    'is the buffer 70-80?',
    'is it 70-80 or 70x80?',
    'how many miles back do they want irans forces',
    'who are the big players in syria',
    'what language does the author use about russia',
    'why are russian flights crossing iranian airspace',
    'i have homework on this, why is iran angry at russia',
    'is this alliance something novel',
    'how did the iranian population react',
    'how deep is the rift between iran and russia',
    'what is the price of the alliance for iran',
    'did the author write a book',
    'is this alliance a joke',
    'how big is russias military presence in syria',
    // "Last month" said of something else than an article.
    'we got this one last month, article main point?',
    // Zooming in is not the zoom link, and the group project is the occasion, not the subject.
    'can you zoom in on what abadi said about withdrawing?',
    'for my group project, what does putin want from iran?',
    // Only the sentence that asks: the study group is the occasion, not the subject.
    'my study group is split on this. what does the pullback cost damascus?',
  ])('"%s" is searched: the word has another sense here', (question) => {
    expect(check.subjectOf(question)).toBeUndefined();
  });

  it('keeps a continent asked of the people in it', () => {
    expect(
      check.subjectOf("which continent's unnamed players are stirring up trouble between the two"),
    ).toBeUndefined();
  });

  it('keeps a subject the article itself discusses', () => {
    expect(new OffTopicCheck(['Iran’s currency fell.']).subjectOf('what currency does iran use')).toBeUndefined();
  });

  it('makes /ask say the article does not cover it', () => {
    const answer = createCore().search.ask('whats the weather in tehran tmrw');
    expect(answer).toMatchObject({ verdict: 'none', reason: 'not-in-article', results: [] });
  });

  it('reads who made another work as not about this piece, and who wrote this one, or a part of it, as about it', () => {
    const articleWord = (word: string) => ['1941', 'russia', 'iran'].includes(word);
    expect(check.anotherWork('who wrote the hallelujah chorus', articleWord)).toBe(true);
    expect(check.anotherWork('who painted starry night', articleWord)).toBe(true);
    for (const q of [
      'who wrote this',
      'who wrote dis lol',
      'who wrote the op ed',
      'who wrote the bit about 1941',
      'who wrote hamlet',
    ]) {
      expect(check.anotherWork(q, articleWord), q).toBe(false);
    }
    expect(createCore().search.ask('who wrote the hallelujah chorus')).toMatchObject({ verdict: 'none', results: [] });
  });

  it('reads a question about kinds of writing in general as not about this piece', () => {
    expect(check.subjectOf('whats the difference between an op-ed and a regular news article')).toBe(
      'kinds of writing',
    );
    expect(check.subjectOf('is this an op-ed or a news article')).toBeUndefined();
  });

  it('reads the parts of an essay asked of in general as a writing class’s, and this piece’s thesis as its own', () => {
    expect(check.subjectOf('can someone explain the difference between a thesis and a topic sentence')).toBe(
      'kinds of writing',
    );
    expect(check.subjectOf('whats a thesis statement')).toBe('kinds of writing');
    expect(check.subjectOf("what's the thesis")).toBeUndefined();
    expect(check.subjectOf('what is a thesis')).toBeUndefined();
    expect(check.subjectOf('whats the difference between the thesis and the conclusion')).toBeUndefined();
  });

  it('reads a question naming a channel as the server’s business, unless it names the article’s subject', () => {
    const { search } = createCore();
    expect(search.ask('is there a rule about posting news links in #general').verdict).toBe('none');
    expect(search.ask('is the voice channel working for anyone').verdict).toBe('none');
    expect(search.ask('did the two leaders talk on a voice call or meet').verdict).toBe('answer');
    expect(search.ask('what did abadi say in #general').verdict).toBe('answer');
    // Rules asked of the article's subject, and a hashtag that names no channel posted in, are not the server's.
    expect(search.ask('is there a rule about how close iran can get to israel').verdict).toBe('answer');
    expect(search.ask('#question who wrote this').verdict).toBe('answer');
    // A role on the server and a time of day are the server's, not the article's.
    expect(search.ask('how do i get the study buddy role on here').verdict).toBe('none');
    expect(search.ask('anyone know what time practice ends today').verdict).toBe('none');
    expect(search.ask('what role does israel play').verdict).toBe('answer');
    // Asked of the other members, what they saw; not whether anyone saw the request coming.
    expect(search.ask('did u guys see the eclipse pics lol').verdict).toBe('none');
    expect(search.ask('has anyone watched the new dune movie').verdict).toBe('none');
    expect(search.ask('anyone seen for sama? is it worth watching').verdict).toBe('none');
    // Asking them along to something; not when it asks of the piece or names its subject.
    expect(search.ask('anyone up for a one shot this friday?').verdict).toBe('none');
    expect(search.ask('anybody down for pizza after practice').verdict).toBe('none');
    expect(search.ask('anyone up for explaining the title').results[0]?.paragraph.kind).toBe('title');
    expect(search.ask('anyone wanna explain what abadi meant').verdict).toBe('answer');
    expect(search.ask('anybody up for explaining the main point').verdict).toBe('answer');
    expect(search.ask('yall wanna get the gist of this').verdict).toBe('answer');
    expect(search.ask('anyone down to tell me the thesis').verdict).toBe('answer');
    // Asked of the piece's own parts, it is the article's.
    expect(search.ask('did anyone catch who wrote this?').results[0]?.paragraph.kind).toBe('byline');
    expect(search.ask('did you see the title of this').results[0]?.paragraph.kind).toBe('title');
    expect(search.ask('did you guys see the photo at the top').results[0]?.paragraph.kind).toBe('credit');
    expect(search.ask('did anyone see the kremlins ask coming').verdict).toBe('answer');
    expect(search.ask('did anyone see the photos at the top, who took them').verdict).toBe('answer');
  });

  it('reads the everyday subject only in the sentences that ask, with or without a question mark', () => {
    expect(check.subjectOf('i watched the football all night. who wrote this')).toBeUndefined();
    expect(check.subjectOf('i watched the football all night. who won the football')).toBe('football');
  });

  it('reads science homework as the subject, not the occasion, unless the article’s subject is asked', () => {
    const { search } = createCore();
    expect(search.ask('can u help me with my chem homework, whats avogadros number').verdict).toBe('none');
    expect(search.ask('for my physics class, why is russia in syria').verdict).toBe('answer');
    // A subject named only in passing, or a word with another sense here ("bio"), is the occasion.
    for (const q of [
      'bio question: who wrote this',
      'for my stats class, who wrote this',
      'algebra class is over lol, who took the photos',
    ]) {
      expect(search.ask(q).verdict, q).toBe('answer');
    }
  });
});
