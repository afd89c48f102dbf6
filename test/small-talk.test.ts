import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import {
  smallTalkIn,
  withoutChatBeforeTheTurn,
  withoutChatLeadIn,
  withoutOwnPurpose,
  withoutRemarkAfterTheWholePiece,
  withoutRequestFrame,
} from '../src/search/small-talk.ts';
import { questionType } from '../src/search/question-type.ts';

describe('small talk', () => {
  it.each(['hi', 'hey guys', 'lol ok', 'good bot', 'nice one'])('"%s" is chat with the bot', (text) => {
    expect(smallTalkIn(text)).toBe('chat');
  });

  it.each([
    // Praise of the bot, a typo and all, is thanks: searched, "useful" found a passage.
    'very usefull bot!',
    'thanks bot ur the best',
    'thank you so much!',
    'thx that helped a lot',
    'ok bye',
    'gn everyone',
    // Thanks, then goodbye.
    "Cheers for all the help tonight, bot, you're a legend. Off to bed now before I start another essay.",
    'thanks! off to bed',
    'Great. Gotta go.',
    'appreciate it',
    'much appreciated',
    'thanks anyway',
    'see you later bot',
    'thank you for the help, have a good one',
    'have a good one',
    'Thanks so much, this helped a ton with my presentation! Have a great weekend everyone',
    // Thanks or praise for the summary the bot gave.
    'thanks for the summary',
    'thx for the summary bot',
    'ty for the gist',
    'great recap thanks',
  ])('"%s" thanks the bot or says goodbye', (text) => {
    expect(smallTalkIn(text)).toBe('thanks');
  });

  it.each(['ok tldr', 'summary pls', 'great, summary?', 'thanks, now the summary pls'])(
    '"%s" asks for the summary, not thanks for it',
    (text) => {
      expect(smallTalkIn(text)).toBeUndefined();
    },
  );

  it.each(['thanks. what did abadi say', 'thanks! so who wins in syria?'])(
    '"%s" asks a question after the thanks',
    (text) => {
      expect(smallTalkIn(text)).toBeUndefined();
    },
  );

  it.each([
    'is any of this even true lol',
    'is this article even true tho',
    'is this op-ed legit',
    'is this article trustworthy',
    'should i trust this article',
    'can we believe the author',
  ])('"%s" asks whether the piece is true', (text) => {
    expect(smallTalkIn(text)).toBe('asks-if-true');
  });

  it.each(['is the author biased?', 'is the author far from neutral?', 'is this piece objective'])(
    '"%s" asks whether the piece is fair to both sides',
    (text) => {
      expect(smallTalkIn(text)).toBe('asks-if-neutral');
    },
  );

  it.each([
    // "Your take" on something the article holds asks about that, as the article gives it.
    "what's your take on abadi's comments",
    'what are your thoughts on the nuclear deal',
    "hi bot! what's your opinion on the nuclear deal?",
    // An exclamation, not a doubt.
    'can you believe this lol',
  ])('"%s" is no small talk', (text) => {
    expect(smallTalkIn(text)).toBeUndefined();
  });

  it.each([
    'r u a real person',
    'bot ur kinda slow ngl',
    'Are you actually a person or a script? Be honest.',
    'Good evening, please how are you doing today?',
    'is the bot down or smth',
    'is the bot online',
    'who made u',
    'are you a bot lol',
    'bot are you secretly a human lol',
    'whats ur name',
    'Are you a real person or just a bot?',
    'yo bot hows ur day lol',
    "hey bot, how's your day going?",
    'how do i get the bot to post in another channel',
    'is discord down for anyone else rn',
    'bot r u biased or what',
    'is the discord bot down again or is it just me',
    'Is the bot down again today?',
    'how do i use the bot lol',
    'how does this bot work',
    'the bot is working today?',
    'are you actually reading the text or just making stuff up',
    'are you just making stuff up or what',
    'did u make that up',
    'bot can u write my essay on ww2 lol',
    'how do i get the bot to give me a role',
    'is the bot biased? who programmed u',
    'be honest bot, are you biased toward Saudi Arabia?',
    'is this bot biased towards saudi arabia or what',
    'bot, you are human or robot?',
    'bot did u write this article lol',
    'who made this bot anyway',
    // A laugh or an "ok so" before it.
    'lol who made this bot',
    'ok so are you a bot',
    // A greeting to the bot first, in English or the member's language.
    'Habari bot! You are a robot or a person?',
    'hello bot! are you a real person?',
    'why does this bot always side with the west lol',
    // Its own view, which it has none of.
    'do you agree with the author',
    "what's your opinion on this article",
    'what do you think',
    // How to use it.
    'help',
    'commands?',
    'what is this bot',
    "what's this bot",
    'what does this bot do',
    'what does this bot even do',
    'how do you work',
    // A greeting to it, then two questions of it joined by "and".
    'Szia bot, who made you and how you are working?',
    // What it is made of or for.
    'May I ask what sources the bot uses beyond this article?',
    'what does this bot run on, chatgpt?',
    'is this bot gonna replace our writers lol',
  ])('"%s" asks about the bot itself', (text) => {
    expect(smallTalkIn(text)).toBe('about-the-bot');
  });

  it.each([
    'is the author a real person',
    'what does the bot say about putin',
    "can the bot get me abadi's quote",
    'can this bot use simpler words to explain the thesis',
    'who made the russian request',
    'who wrote this thing',
    'who is sowing discord between iran and russia and is it working',
    'can i ask you about post-revolution iran',
    'hi, who is abadi',
    'thanks, and why is iran angry at russia',
    'ok so who wins in syria',
    'is it true that russia asked iran to leave',
    'is iran still in syria',
    'hello what does the author think',
    'is this alliance real',
    'is he right about iran',
    'how do i use the nuclear deal',
    'are the analysts making stuff up',
    'thanks, what about my essay on iran',
    'can you write me a summary of the article',
    'can u write my essay on why russia turned on iran',
    'is the bot right? who is abadi',
    'can i use the bot to level up my essay on iran',
  ])('"%s" is a question about the article', (text) => {
    expect(smallTalkIn(text)).toBeUndefined();
  });
});

describe('small talk through /ask', () => {
  const { search } = createCore();

  it('is not searched, though chat-speak drops "thanks" as filler', () => {
    expect(search.ask('thanks bot ur the best')).toMatchObject({ verdict: 'none', reason: 'thanks', results: [] });
    expect(search.ask('hi')).toMatchObject({ verdict: 'none', reason: 'small-talk', results: [] });
  });

  it('says what it is when asked about itself, instead of searching "real person" in the article', () => {
    expect(search.ask('r u a real person')).toMatchObject({ verdict: 'none', reason: 'about-the-bot', results: [] });
  });

  it('takes "who wrote this thing" as asking for the author', () => {
    expect(search.ask('who wrote this thing').results[0]!.paragraph.text).toContain('al-Sulami');
  });

  it('says the column cannot settle whether it is true', () => {
    expect(search.ask('is any of this even true lol')).toMatchObject({ verdict: 'none', reason: 'asks-if-true' });
  });
});

describe('chat said before a question', () => {
  // What the search would say names the subject: the article's names, subjects and any number.
  const namesSubject = (word: string): boolean =>
    /\d/.test(word) || ['soleimani', 'abadi', 'russia', 'iran'].includes(word);

  it.each([
    ["haha sorry was making tea. what's the title of this piece again?", "what's the title of this piece again?"],
    ['sorry brb. whats the main point', 'whats the main point'],
    ['ok cool thanks. who wrote this', 'who wrote this'],
    // A remark after the question that names nothing of the subject.
    ['What is the main point of the article? I need it for my homework', 'What is the main point of the article?'],
    // However long the story before it, when the question names the subject; minutes and slides are not figures.
    [
      'ok so my study group has gone back and forth on this for 20 min lol. why is russia pushing iran out? pls settle this',
      'why is russia pushing iran out?',
    ],
    ['hope revision is going better for u than for me haha. is iran angry? need it for slide 4', 'is iran angry?'],
    ['is iran angry? like in one sentence if possible. thanks in advance!!', 'is iran angry?'],
    // A remark on the member's own notes, whatever it names.
    ["what did abadi say? my notes just say 'russia' haha", 'what did abadi say?'],
    // Thanks before a comma, then a question.
    ['appreciate it, what did abadi say', 'what did abadi say'],
    // A change of subject announced before the question.
    ['unrelated but who is netanyahu in this piece?', 'who is netanyahu in this piece?'],
    ['ok random but whats israel got to do with any of this', 'whats israel got to do with any of this'],
    ['quick q: what did abadi say', 'what did abadi say'],
    ['ok real talk is iran gonna get booted out of syria or nah', 'is iran gonna get booted out of syria or nah'],
    [
      'lol ok real question, what does the caspian have to do with any of this',
      'what does the caspian have to do with any of this',
    ],
    // Announced without a comma, before a question word; a question announced as about something keeps its subject.
    ['ok real q does russia have an alliance w israel', 'does russia have an alliance w israel'],
    ['quick question about abadi, what did he say', 'about abadi, what did he say'],
    // Not one about the piece itself, which is what it asks.
    ['one question about this, is it biased', 'one question about this, is it biased'],
    // The member's own situation after the question's last comma.
    ['wait what does the headline say again, im on mobile and it got cut off', 'wait what does the headline say again'],
    ['also whos khomeini again, forgot from class lol', 'also whos khomeini again'],
    // A question opened by "what" and its noun.
    ['lol what site is this even from, my dad sent it', 'lol what site is this even from'],
    // Not "i mean …", which goes on asking.
    [
      'what does the author think, i mean about the withdrawal',
      'what does the author think, i mean about the withdrawal',
    ],
    // Not a remark that names the subject.
    ['what did abadi say, i thought russia was winning', 'what did abadi say, i thought russia was winning'],
    // Not before a statement, which may be what the member means to ask about.
    ['random but russia is the winner here', 'random but russia is the winner here'],
    // The member's own story in one sentence before a comma, then a question.
    [
      'sorry if this is dumb but I want to cite him properly in my essay, whats his doctorate in?',
      'whats his doctorate in?',
    ],
    // A story of the member's own, naming nothing of the subject, before a question that names nothing either.
    [
      "ugh sorry I closed the tab by accident and my notes are a mess. what's the headline of this piece again?",
      "what's the headline of this piece again?",
    ],
    // The member's own story before a statement that names the subject.
    [
      'so i had a debate with my roommate last night lol. he says russia wants iran out. is that in there?',
      'he says russia wants iran out. is that in there?',
    ],
    // "That" opening a clause after a noun points back at nothing the member said.
    [
      "sorry to bother you again, I'm doing the reading for friday. who took the photos that go with this piece?",
      'who took the photos that go with this piece?',
    ],
    // An apology for coming late, before the comma.
    ['sry late to the conversation, whats this article about', 'whats this article about'],
    ['sorry, what is the title', 'what is the title'],
    // How briefly to answer, before the comma.
    ['quick version, whats israels role in all this', 'whats israels role in all this'],
    ['short answer, who is abadi', 'who is abadi'],
    // A colon parts them as a comma does.
    ['for my poli sci homework: whats the authors main thesis', 'whats the authors main thesis'],
  ])('"%s" asks "%s"', (typed, question) => {
    expect(withoutChatLeadIn(typed, namesSubject)).toBe(question);
  });

  it.each([
    'Russia asked Iran to leave. why?',
    'ok so russia wants iran out of syria. why tho',
    'ok so soleimani. what did he say?',
    'who is soleimani? was he an envoy to russia',
    'hmm the 1941 thing. why did russia back it?',
    'who is abadi',
    // What the question meant stays: "I mean" is no remark on the member's own work.
    'what did abadi say? I mean about russia',
    // An exclamation after the chat asks nothing.
    'wow, what a read',
    // A remark that is not the member's own story may set what the question asks about, and so
    // may the member's own story when the question points back to it or it names the part.
    'The headline says ambiguous. what does the body admit is unclear?',
    'i liked the bit about eggs in a basket. who said that?',
    'i read the part about the founder. who is he?',
    'my notes say the alliance is doomed. is that true?',
    // A story the question alone leans on stays: the twitter is the member's, and what is asked.
    'i want to @ the guy on twitter to ask a follow up. does he give his handle anywhere?',
    // A name in the story before the comma is what the question asks about, known or not.
    'my professor mentioned the Astana talks, how do they fit in?',
    'my professor mentioned the astana talks, how do they fit in?',
    "i heard the kurds are important, what's their role?",
    "i wrote down 'upper hand'. what did he mean by that",
  ])('"%s" is kept whole: what comes first names something of the subject', (typed) => {
    expect(withoutChatLeadIn(typed, namesSubject)).toBe(typed);
  });

  it('keeps a follow-up that asks for a fact the first question did not, and drops one that only leans on it', () => {
    const asksForAFact = (sentence: string): boolean => /^\W*when\b/i.test(sentence);
    const typed = 'the alliance started in 2015 right? when exactly did it begin';
    expect(withoutChatLeadIn(typed, namesSubject, () => false, asksForAFact)).toBe(typed);
    expect(
      withoutChatLeadIn('what is the main point? where does that come from', namesSubject, () => false, asksForAFact),
    ).toBe('what is the main point?');
    const { search } = createCore();
    const asked = search.ask('the tactical alliance started in 2015 right? when exactly did it begin');
    expect([asked.verdict, asked.missing]).toEqual(['related', 'date']);
    // The member's own logistics after the question lean on nothing of it.
    expect(search.ask('who wrote this? how many people are in this channel').results[0]?.paragraph.kind).toBe('byline');
    expect(search.ask("what did khomeini warn? when's the deadline for this").verdict).toBe('answer');
    expect(search.ask('who wrote this? when is it due').results[0]?.paragraph.kind).toBe('byline');
    expect(search.ask('what is the thesis? how many pages is it').verdict).toBe('answer');
  });

  it('answers the question after the chat through /ask, and keeps a named subject', () => {
    const { search } = createCore();
    expect(
      search.ask(
        "ok so I have to present this on friday and I only skimmed it. what's the main argument the writer is making? thanks!!",
      ).wholePiece,
    ).toBe(true);
    expect(search.ask('sorry brb. whats the main point').wholePiece).toBe(true);
    expect(search.ask('ok so soleimani. what did he say?').results[0]?.paragraph.text).toContain('Soleimani');
    // Chat before a turn to the question is set aside only when it holds no word of the article.
    expect(
      search.ask('lol this is a lot for a bee server but what are iran and russia even fighting about').verdict,
    ).toBe('answer');
    expect(
      search.ask('the eggs in one basket bit is kinda confusing so what does that mean').results[0]?.paragraph.id,
    ).toBe('p11');
  });
});

describe("the member's own purpose said after a question", () => {
  it.each([
    ['whats his twitter handle, i wanna check if hes legit', 'whats his twitter handle'],
    ['who took the photos - I need it for my slides', 'who took the photos '],
    ['what year was the invasion, because I have to cite it', 'what year was the invasion'],
    ['who is khomeini, i need to know for homework', 'who is khomeini'],
    // Chat drops the "i".
    ['whats his twitter handle again, wanna follow him', 'whats his twitter handle again'],
  ])('"%s" asks "%s"', (text, question) => {
    expect(withoutOwnPurpose(text)).toBe(question);
  });

  it.each([
    // Said first, it is the question: "i want to know…".
    'i want to know what russia wants',
    // A second question after the comma is kept.
    'who is abadi, i want to know if he is on the committee?',
    // Bare, only a purpose of the member's own: "tryna understand the europe part" says what is asked.
    'what did dahqani say, tryna understand the europe part',
    // Nothing left before it to ask.
    'ok, i need to know',
    // What the member wants to know is the question itself.
    'quick question, i need to know who wrote this',
    'ok so, i want to know why russia wants iran out',
  ])('"%s" is left as it is', (text) => {
    expect(withoutOwnPurpose(text)).toBe(text);
  });
});

describe('a request framing the question', () => {
  const namesSubject = (word: string) => ['israel', 'russia', 'iran'].includes(word);

  it('asks what follows the frame where that names the subject', () => {
    expect(
      withoutRequestFrame("Could you summarise what the article says about Israel's role in all this?", namesSubject),
    ).toBe("what the article says about Israel's role in all this?");
    expect(withoutRequestFrame('pls explain why russia wants iran out', namesSubject)).toBe(
      'why russia wants iran out',
    );
    expect(withoutRequestFrame('explain like im 5 why russia wants iran out', namesSubject)).toBe(
      'why russia wants iran out',
    );
    expect(withoutRequestFrame('help me understand why russia wants iran out', namesSubject)).toBe(
      'why russia wants iran out',
    );
    // The bot takes no side: "do you agree that …" is asked as the claim.
    expect(withoutRequestFrame('do you agree with the author that iran will lose', namesSubject)).toBe(
      'iran will lose',
    );
  });

  it('keeps the frame where the rest asks of the piece itself', () => {
    for (const text of [
      'could you summarize what it says',
      'Could you please summarize how the author concludes the piece?',
    ])
      expect(withoutRequestFrame(text, namesSubject)).toBe(text);
  });
});

describe('chat, then a turn to the question', () => {
  const namesSubject = (word: string) => ['israel', 'russia', 'iran', 'abadi'].includes(word);

  it.each([
    [
      'lol this is a lot for a bee server but what are iran and russia even fighting about',
      'what are iran and russia even fighting about',
    ],
    [
      "ok random but there's a 'font size' thing in the text lol, anyway what did israel attack",
      'what did israel attack',
    ],
    ['lol this whole thing sounds like a netflix doc plot. anyway who wrote this article', 'who wrote this article'],
    [
      'yo before the ride sunday lol, quick q whats the article say about the nuclear deal',
      'whats the article say about the nuclear deal',
    ],
  ])('"%s" asks "%s"', (text, question) => {
    expect(withoutChatBeforeTheTurn(text, namesSubject)).toBe(question);
  });

  it.each([
    // What comes before names the subject, or asks, or is only an opener.
    'russia and iran fell out, but why did that happen',
    'who wrote this? but what does abadi say',
    'ok so what did abadi say',
    'what does the author think about iran',
    // What follows leans on what came before, or says too little alone.
    'the handle at the end lol so what is it',
    'he basically contradicts himself in that part but how',
  ])('"%s" is left as it is', (text) => {
    expect(withoutChatBeforeTheTurn(text, namesSubject)).toBe(text);
  });

  const asksTheWholePiece = (text: string): boolean => questionType(text).wholePiece;
  it.each([
    ['give me the gist real quick im mid-run and cant alt tab for long', 'give me the gist'],
    ['tldr pls im so tired', 'tldr'],
    ['tl;dr pls im so tired', 'tl;dr'],
    ['main point please i have a quiz tomorrow', 'main point'],
    ['summarize the article pls im so tired', 'summarize the article'],
    ['can u summarize it quick before class', 'can u summarize it'],
    ['main point of the article i have a quiz', 'main point of the article'],
    // An aside in brackets at the end, and a remark that opens with "while".
    [
      'explain this article like im 5 (or like im a faded 1950s negative, whatever works)',
      'explain this article like im 5',
    ],
    ['gimme the gist (sorry, on my phone)', 'gimme the gist'],
    ['gimme the gist while i wait for the bus', 'gimme the gist'],
    // Asked to explain it plainly, no whole-piece word needed.
    ['explain it like im 5 while my bisque load cools down', 'explain it like im 5'],
    // …but what follows "like" is a remark unless it says whom the account is for.
    ['sum it up like i have 5 seconds', 'sum it up like'],
  ])('"%s" asks for the whole piece as "%s", with no comma before the remark', (text, request) => {
    expect(withoutRemarkAfterTheWholePiece(text, namesSubject, asksTheWholePiece)).toBe(request);
  });

  it.each([
    // A part of the piece asked for, a remark that asks or names the subject, and a remark after a comma.
    'summarize the eggs in one basket bit',
    'tldr pls who is abadi',
    'gist pls i think russia is winning',
    'tldr pls, im so tired',
    'who is abadi',
    // What follows narrows the request, or goes on asking.
    'summarize before the conclusion',
    'whats the main point i should take from the conclusion',
    'whats the bottom line since the war started',
    'summarize the eggs in one basket bit i need it',
    // An aside that asks, or points at a part of the piece.
    'summarize the article (why is iran losing)',
    'summarize the article (the israel part)',
  ])('"%s" is left as it is by the whole-piece reading', (text) => {
    expect(withoutRemarkAfterTheWholePiece(text, namesSubject, asksTheWholePiece)).toBe(text);
  });

  it('keeps an aside in brackets that narrows the request to someone or something', () => {
    for (const text of ['tldr (abadi)', 'summarize the article (just the israel stuff)', 'tldr (compared to the us)']) {
      expect(withoutRemarkAfterTheWholePiece(text, namesSubject, asksTheWholePiece, namesSubject), text).toBe(text);
    }
    expect(
      withoutRemarkAfterTheWholePiece(
        'gimme the gist (sorry, on my phone)',
        namesSubject,
        asksTheWholePiece,
        namesSubject,
      ),
    ).toBe('gimme the gist');
  });

  it('reads a plea for candour before the comma as no part of the question', () => {
    expect(withoutChatLeadIn('be honest, is this rift actually something new or nah', namesSubject)).toBe(
      'is this rift actually something new or nah',
    );
    expect(withoutChatLeadIn('be real, does the writer think iran comes out on top', namesSubject)).toBe(
      'does the writer think iran comes out on top',
    );
  });
});
