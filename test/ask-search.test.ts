import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { renderAskReply } from '../src/render/ask-reply.ts';

const core = createCore();
const top = (q: string) => core.search.ask(q).results[0];

describe('/ask search', () => {
  it.each([
    ['Who does the author think will lose the most?', 'biggest loser'],
    ['what did abadi say about leaving syria', 'Tehran would refuse to withdraw'],
    ['azerbijan embassador', 'ambassador to Azerbaijan'],
    ['Does the US keep contact with nations it disagrees with?', 'full contact with the Arab'],
    ['Does the Daily Caller endorse these views?', 'do not reflect the official position'],
    ['1941 occupation', '1941'],
    // Said by small words the word search drops: the reader questions worded alike find them.
    ['what does moscow get out of being there', 'Russia benefits from maintaining'],
    ['has this kinda falling-out happened b4 between them', 'old historical pattern'],
    // A dropped g is the word with it.
    ['iran gettin squeezed hard rn?', 'harshest political and economic pressures'],
  ])('finds the paragraph for %j', (question, phrase) => {
    expect(top(question)?.paragraph.text).toContain(phrase);
  });

  it('reads "in the writer\'s view" as a framing: the byline and bio do not answer a question about Syria', () => {
    expect(top("in the writer's view who's calling the shots over there, moscow or tehran")?.paragraph.kind).toBe(
      'body',
    );
    // Worded as a speaker of another first language words it, the framing is the same.
    expect(top('Why the Iran will loose the most, in opinion of the writer?')?.paragraph.text).toContain(
      'biggest loser',
    );
    expect(top('where is the writer from')?.paragraph.kind).not.toBe('body');
    expect(top('does the author say where he works')?.paragraph.kind).not.toBe('body');
    expect(top("so is this a straight news report or someone's personal take?")?.paragraph.kind).toBe('disclaimer');
  });

  it("reads the author's view, take or opinion on a subject as a framing: his byline and bio do not answer it", () => {
    const kinds = (q: string) => core.search.ask(q).results.map((r) => r.paragraph.kind);
    for (const question of [
      'whats the writers overall take on russia as a partner for iran',
      "what is the author's opinion of the us",
      'authors view about the us',
    ]) {
      expect(kinds(question)[0], question).toBe('body');
      expect(kinds(question).slice(0, 3), question).not.toContain('byline');
      expect(kinds(question).slice(0, 3), question).not.toContain('bio');
    }
    // Israel is in the article, though his own view of it is not: not "not in the article".
    expect(core.search.ask("what is the author's opinion of israel")).toMatchObject({ verdict: 'related' });
    expect(core.search.ask('whats the writers view on israel')).toMatchObject({ verdict: 'answer' });
    expect(core.search.ask('whats the authors view on the weather')).toMatchObject({ verdict: 'none' });
    // His own country, and himself, are what the front matter says; a subject the article never
    // names is not in it; a "take" without its possessive is the verb.
    expect(top('is the writer pro saudi')?.paragraph.kind).toBe('bio');
    expect(core.search.ask('whats the writers view on his own bias').verdict).not.toBe('none');
    expect(core.search.ask("what is the author's opinion of brexit")).toMatchObject({ verdict: 'none' });
    expect(core.search.ask('whats the authors position on the nuclear deal').results[0]?.paragraph.kind).toBe('body');
    expect(core.search.ask("what's the saudi writer's view on iran").verdict).not.toBe('none');
    expect(top("what is the author's view on iranian studies")?.paragraph.kind).not.toBe('body');
    expect(top('is the writer pro or amateur')?.paragraph.kind).toBe('byline');
    // Who he is stays with the byline and bio.
    expect(top('whats the writers background')?.paragraph.kind).not.toBe('body');
  });

  it('puts the conclusion first when the author is asked whether the alliance lasts', () => {
    expect(top('so does the writer reckon iran n russia stick together in syria or nah')?.paragraph.text).toContain(
      'may not last much longer',
    );
    // So does his mood about its prospects, in any words.
    expect(top("is the writer upbeat or gloomy about the partnership's prospects")?.paragraph.text).toContain(
      'may not last much longer',
    );
  });

  it.each(['What is the recipe for pancakes?', 'How tall is Mount Everest?', 'qwertyuiop', 'hello', '🤔', ''])(
    'answers nothing for off-topic %j',
    (question) => {
      expect(core.search.ask(question).results).toEqual([]);
    },
  );

  it('says why there is no answer', () => {
    expect(core.search.ask('   ').reason).toBe('empty');
    expect(core.search.ask('what is it?').reason).toBe('no-search-words');
    expect(core.search.ask('best pancake recipe').reason).toBe('not-in-article');
  });

  it('returns the paragraph, section, marked excerpt, speakers with stances and a score', () => {
    const result = top('What did Abadi say about withdrawing?')!;
    expect(result.paragraph.number).toBe(6);
    expect(result.section).toBe('Russo-Iranian alliance set to disintegrate');
    expect(result.excerpt.filter((p) => p.match).map((p) => p.text)).toEqual(
      expect.arrayContaining(['Abadi', 'withdraw']),
    );
    expect(result.speakers.map((s) => [s.id, s.stance.label])).toContainEqual(['abadi', 'rejects-withdrawal']);
    expect(result.score).toBeGreaterThan(0);
  });

  it('leads a question on why the author expects the split with the passage that says why', () => {
    // "fall apart" read word by word had found the intro's "falling out" first.
    expect(core.search.ask('why does the author think the alliance will fall apart').results[0]?.paragraph.id).toBe(
      'p06',
    );
  });

  it('reads "who is writing this" as who wrote it, after a greeting too', () => {
    expect(core.search.ask('Szia! who is writing this article?').results[0]?.paragraph.kind).toBe('byline');
    expect(core.search.ask("who's the one writing this").results[0]?.paragraph.kind).toBe('byline');
  });

  it("sets aside a greeting or particle in the member's own language around the question", () => {
    // "kang" (Sundanese) is no word the search can place; left in, it read as a subject not in the article.
    expect(core.search.ask('so in short what the author want to say, kang?')).toMatchObject({
      verdict: 'answer',
      wholePiece: true,
    });
    expect(core.search.ask('Nanga def. who wrote this?').results[0]?.paragraph.kind).toBe('byline');
    // A greeting sentence of up to five words, its one-letter particles included (Yoruba).
    expect(core.search.ask('Ẹ kú àárọ̀ o. Please what is the title of this article?').results[0]?.paragraph.kind).toBe(
      'title',
    );
    // Up to three words after the last question mark: "como?" is asked again in Spanish.
    expect(core.search.readQuestion('Assad could fall because of this? como?')).toBe(
      'Assad could fall because of this?',
    );
    // A name or an article word after the comma stays: "Abadi, what did he say?" asks about Abadi.
    expect(core.search.ask('what did he say, abadi?').results[0]?.paragraph.id).toBe('p08');
    // One word before the question, set off by a comma or a question word, is a particle or a form
    // of address ("nu", "machan")…
    const particle = core.search.ask('Nu, what kind of relations Iran and Russia had in Syria before?');
    expect([particle.verdict, particle.results[0]?.paragraph.id]).toEqual(['answer', 'p03']);
    expect(core.search.ask('machan who is this Nethanyahu, what is his post?').results[0]?.paragraph.id).toBe('p10');
    // …but not the one a "he" after it points back to, nor a name the article lacks.
    expect(core.search.ask('zarif, what did he say?').verdict).toBe('none');
    expect(core.search.ask('rouhani what does he think').verdict).toBe('none');
    expect(core.search.ask('qatar, whats its role').verdict).toBe('none');
  });

  it('shows the passage on an English question read past a few words of another script or marks, as related, naming them', () => {
    // Bulgarian "in which country": the words the bot cannot read no longer sink the question, but
    // not having read them, it cannot say the article answers it.
    const bulgarian = core.search.ask('В коя държава was Soleimani ambassador before?');
    expect(bulgarian).toMatchObject({
      query: 'В коя държава was Soleimani ambassador before?',
      verdict: 'related',
      otherLanguage: true,
      unread: ['коя', 'държава'],
    });
    expect(bulgarian.results[0]?.paragraph.id).toBe('p10');
    const vietnamese = core.search.ask('Tác giả Mohamed al Sulami he is expert of what?');
    expect([vietnamese.verdict, vietnamese.results[0]?.paragraph.id, vietnamese.unread]).toEqual([
      'related',
      'p02',
      ['Tác', 'giả'],
    ]);
    // A name in another script is no more read than any other word: never an answer without it.
    const khamenei = core.search.ask('what does Хаменеи think about russia');
    expect([khamenei.verdict, khamenei.unread]).toEqual(['related', ['Хаменеи']]);
    // Whole words with their marks, where the tokenizer splits them.
    expect(core.search.ask('नमस्ते was Soleimani ambassador before').unread).toEqual(['नमस्ते']);
    // Not where the words left out are what a preposition governs (what is asked about), nor where
    // they were the asking ("Кое море" is "which sea"; "từ năm nào", "since what year").
    for (const q of [
      'What is the article saying about the war of Rússland in Úkraína?',
      'the bot can answer in português also?',
      'How is the war in Oekraïne going at the moment?',
      'Soleimani làm ambassador ở Azerbaijan từ năm nào?',
      'Кое море the Russian missiles are crossing?',
    ]) {
      const answer = core.search.ask(q);
      expect(answer.verdict, q).not.toBe('answer');
      expect(answer.unread, q).toBeUndefined();
    }
    // Nor a question with nothing of another script or marks: English typos are the speller's, and
    // an English word with marks is English ("café").
    expect(core.search.ask('was soleimani ambasador before').unread).toBeUndefined();
    expect(core.search.ask('is the author a café owner').unread).toBeUndefined();
  });

  it('shows the passages on the names of a question mostly in another language, as related, not "not in the article"', () => {
    // Tagalog, and Malay: the bot cannot read what is asked, only whom it names.
    const tagalog = core.search.ask('sino yung si afshar soleimani? ambassador daw siya sa kung saan');
    expect([tagalog.verdict, tagalog.otherLanguage, tagalog.results[0]?.paragraph.id]).toEqual([
      'related',
      true,
      'p10',
    ]);
    expect(tagalog.matchedWords).toEqual(['afshar', 'soleimani']);
    const malay = core.search.ask('Soleimani tu siapa? dulu duta Iran kat negara mana');
    expect([malay.verdict, malay.otherLanguage, malay.results[0]?.paragraph.id]).toEqual(['related', true, 'p10']);
    // English the article does not cover stays not in the article, names it lacks and typos included.
    for (const q of [
      'who is qassem soleimani',
      'erdogans postion on russia?',
      'What was decided at the 1943 Tehran Conference between Churchill, Roosevelt and Stalin?',
      'whats hezbollah doing in southern lebanon these days',
      // Lists of names the dictionary lacks, English small words around names, other alphabets' figures.
      'what did soleimani hezbollah irgc do in aleppo',
      'putin khamenei assad rouhani erdogan syria',
      'iran russia bashar hmeimim latakia tartus',
      'afshar soleimani azerbaijan baku aliyev ilham',
      'iran russia syria s300 s400 su24 su35',
      // Acronyms and chat listed after names, with no question asked.
      'netanyahu idf pmu hts syria',
      'soleimani xd uwu lul kek',
    ]) {
      const answer = core.search.ask(q);
      expect([answer.verdict, answer.otherLanguage], q).toEqual(['none', undefined]);
    }
    // Another language naming nothing of the article but its subject is still told the bot reads English.
    expect(core.search.ask('Kodi nkhani iyi ikunena zotani pa ubale wa mayiko awiriwa?').reason).toBe('not-english');
    expect(core.search.ask("qu'est-ce que l'auteur pense de l'alliance iran russie").reason).toBe('not-english');
    // Passages found only by another word ("autor" finds the byline) are on nothing asked: not shown.
    expect(core.search.ask('što kaže autor o Putinu i Azerbajdžanu?').verdict).toBe('none');
    // Only passages a name found: "Autor" alone would find the byline.
    expect(core.search.ask('was sagt der Autor über Putin?').results.map((r) => r.paragraph.kind)).not.toContain(
      'byline',
    );
    // The words said to have matched are the names, not another language's small words ("di").
    expect(core.search.ask('wer ist Abadi und was sagt er?').matchedWords).toEqual(['Abadi']);
    expect(core.search.ask('apa kata abadi soal iran di suriah?')).toMatchObject({
      verdict: 'related',
      otherLanguage: true,
      matchedWords: ['abadi'],
    });
  });

  it('reads a post asked of as held before as its former holder', () => {
    const before = core.search.ask('who is the Iran ambassador to Aserbaijan before?');
    expect([before.verdict, before.results[0]?.paragraph.id]).toEqual(['answer', 'p10']);
    expect(core.search.ask('who is the president of turkey').verdict).toBe('none');
    // "Back then" is the time of the piece, and "mentioned before" says where in it, not a past holder.
    expect(core.search.ask('who was israels prime minister back then').results[0]?.paragraph.id).toBe('p10');
    expect(core.search.ask('who is the iranian ambassador mentioned before').results[0]?.paragraph.id).toBe('p10');
    // A holder the piece is said to mention is asked of the piece: Trump is named there.
    const mentioned = core.search.ask('Who is the president of Amerika the writer is mentioning?');
    expect(mentioned.verdict).not.toBe('none');
    expect(mentioned.results.slice(0, 3).map((r) => r.paragraph.id)).toContain('p05');
    // …and so is one "they" quote.
    const quoted = core.search.ask('who was the iran ambassador dude they quote again');
    expect([quoted.verdict, quoted.results[0]?.paragraph.id]).toEqual(['answer', 'p10']);
  });

  it('reads British spellings as the article writes them, but not English words that only look British', () => {
    expect(core.search.readQuestion("summarise the article's take on Israel's role")).toBe(
      "summarize the article's take on Israel's role",
    );
    expect(core.search.readQuestion('has the spat spilled over, pouring into other dealings?')).toBe(
      'has the spat spilled over, pouring into other dealings?',
    );
  });

  it('reads the countries and capitals as Turkish, Spanish, German, Swahili, Māori or Kurdish speakers name them', () => {
    for (const [question, english] of [
      ['What was the alliance of Rusya and İran based on?', 'What was the alliance of Russia and Iran based on?'],
      ['how many km from Israil border Rusia want the forces', 'how many km from Israel border Russia want the forces'],
      ['what Moskau ask to Tahran', 'what Moscow ask to Tehran'],
      ['why urusi want iran leave syria', 'why russia want iran leave syria'],
      ['how far from Iharaira must the forces go', 'how far from Israel must the forces go'],
      // Kurdish: Xomeynî, Rûsî.
      ['Xomeynî what he say about Rûsî people?', 'Khomeini what he say about Russian people?'],
      // Burmese, in syllables.
      [
        'Ru-sha and Iran, true friend or only pragmatic friend?',
        'Russia and Iran, true friend or only pragmatic friend?',
      ],
    ] as const) {
      const asked = core.search.ask(question);
      expect(asked.verdict).toBe('answer');
      expect(asked.results[0]?.paragraph.id).toBe(core.search.ask(english).results[0]?.paragraph.id);
    }
    // Found as the place it names, not passed over as an unknown word.
    expect(core.search.ask('how far from Iharaira must the forces go').matchedWords).toContain('Iharaira');
    expect(core.search.ask('why urusi want iran leave syria').matchedWords).toContain('urusi');
  });

  it('lists the words that matched, each as typed, and none empty', () => {
    expect(core.search.ask('what is this article called').matchedWords).toEqual(['called', 'title']);
    expect(core.search.ask('why does the title say ambiguous').matchedWords).toEqual(['title', 'ambiguous']);
    expect(core.search.ask('why does the Title say ambiguous').matchedWords).toEqual(['Title', 'ambiguous']);
  });

  it('searches a "who is quoted" that says what was said', () => {
    expect(
      core.search.ask('who is quoted saying iran should be wary of putting its eggs in one basket').results[0]
        ?.paragraph.text,
    ).toContain('political eggs');
    expect(core.search.ask('who quoted khomeini').results[0]?.paragraph.text).toContain('Khomeini');
  });

  it('answers "who is quoted" with where each person quoted first speaks, the most quoted first', () => {
    for (const q of [
      'who all is quoted in this',
      'yo who r all the ppl quoted in this',
      'which iran ppl r named in this',
    ]) {
      const ids = core.search.ask(q).results.map((r) => r.paragraph.text.slice(0, 30));
      expect(ids.slice(0, 3), q).toEqual([
        'Some in the Iranian regime hav',
        'Other Iranian political analys',
        'Iran’s response to the Russian',
      ]);
    }
  });

  it('puts first the passage that states the means of the act asked how about', () => {
    for (const q of ['how r they coordinating', 'coordinating how', 'through what means are they coordinating?']) {
      expect(core.search.ask(q).results[0]?.paragraph.text, q).toContain('through various channels of communication');
    }
    expect(core.search.ask('how are russia and israel coordinating').results[0]?.paragraph.text).toContain(
      'through various channels of communication',
    );
    // How someone thinks, or how closely, asks no means.
    expect(core.search.ask('how closely are israel and russia coordinating').results[0]?.paragraph.text).toContain(
      'clear coordination between Tel Aviv and Moscow',
    );
    expect(
      core.search.ask('Which countries are coordinating together against Iran, how Soleimani thinks?').results[0]
        ?.paragraph.text,
    ).toContain('clear coordination between Tel Aviv and Moscow');
  });

  it('puts first, of passages the words rank nearly level, the one where those asked what they say speak', () => {
    // Some in the Iranian regime, who include "Iranian officials", speak in ¶ 5; ¶ 4 has Russian officials.
    expect(
      core.search.ask('what do iranian officials say russia bases its relations on').results[0]?.paragraph.text,
    ).toContain('basing its relations with Iran solely on the basis of serving Russia’s interests');
  });

  it('offers the bio first when the author’s private life is asked, which the article does not give', () => {
    const married = core.search.ask('is the author married');
    expect(married.verdict).toBe('related');
    expect(married.results[0]?.paragraph.kind).toBe('bio');
    // The bio first does not make it an answer: it says who he is, not whom he married.
    expect(core.search.ask('does the author have a wife').verdict).toBe('related');
  });

  it('reads strikes, bombings and "military action" as the article’s attacks', () => {
    for (const question of ['which israeli military actions are mentioned', 'where did israel bomb syria']) {
      expect(core.search.ask(question).results[0]?.paragraph.text).toContain('Israeli attacks on Syrian regime army');
    }
  });

  it('quotes the bio’s sentence the rest of the question asks for, not the one naming the author', () => {
    const excerpt = (q: string) =>
      core.search
        .ask(q)
        .results[0]!.excerpt.map((p) => p.text)
        .join('');
    for (const q of ['authors twitter?', 'does the writer have a twitter', 'is the author on twitter']) {
      expect(excerpt(q), q).toBe('He tweets:\u00a0@mohalsulami.');
    }
    for (const q of ['who is the author', 'what degree does the author have', 'where does the writer work']) {
      expect(excerpt(q), q).toMatch(/^Saudi columnist Mohammed al-Sulami/);
    }
  });

  it('treats fuse.js extended-search operators as plain text', () => {
    for (const q of ["'Putin", '!Iran', '^Russia$', '=Syria | Israel', "Putin !'Trump"]) {
      expect(() => core.search.ask(q)).not.toThrow();
    }
    expect(top("^Putin's needs$")?.paragraph.text).toContain('no longer serves Putin');
  });

  it('cuts a huge question instead of failing', () => {
    const answer = core.search.ask('withdrawal '.repeat(1000));
    expect(answer.query.length).toBeLessThanOrEqual(200);
  });
});

describe('the title, photo credit, byline, bio and disclaimer', () => {
  const first = (q: string): string | undefined => top(q)?.paragraph.kind;

  it('answer questions about the piece itself', () => {
    expect(first('whats the title')).toBe('title');
    expect(first('who is mohamed al sulamy anyway')).toBe('bio');
    expect(first('is this the daily callers view')).toBe('disclaimer');
    // "al-" says a name follows, even one spelt like an English word.
    expect(first('where does al-salami work')).toBe('bio');
    expect(first('who took the pics lol')).toBe('credit');
    // His country from the bio, which says it in a sentence with who he is; who wrote it from the byline.
    expect(first("where's the writer from")).toBe('bio');
    expect(first('is the guy who wrote it iranian or saudi')).toBe('bio');
    expect(first('who wrote this')).toBe('byline');
    // Both passages that give his country lead, wherever the words ranked the other.
    expect(
      core.search
        .ask('which country does the writer come from')
        .results.slice(0, 2)
        .map((r) => r.paragraph.kind),
    ).toEqual(['bio', 'byline']);
    expect(first('is this from the daily caller or only from the writer himself?')).toBe('disclaimer');
    // "would" is no misspelt name (it is one letter from "world"), so the chat before the handle question stays.
    expect(
      first(
        "ok so I'm making my citation list and want to @ the guy on twitter. does the article give his handle? would be super helpful",
      ),
    ).toBe('bio');
    // A slip in the word the question turns on, though a reader question typed the same slip.
    expect(first('wheres the writter from, which country')).toBe('bio');
    expect(first('where do i follow the writter online')).toBe('bio');
    // No body paragraph says where he is from, however its words rank it.
    expect(first('The author of the text is of which nationality?')).not.toBe('body');
    expect(core.search.ask('The author of the text is of which nationality?').verdict).toBe('answer');
    // The title asked by what the piece is called, and where the byline says who wrote it.
    expect(first('what is the article called')).toBe('title');
    expect(first('whats this article even called')).toBe('title');
    expect(core.search.ask('whats the headline of this artcle even called lol').verdict).toBe('answer');
    expect(core.search.ask('where does it say who wrote this thing? byline pls').verdict).toBe('answer');
  });

  it('take a paragraph a question points at among the passages its words found, never instead of them', () => {
    const number = (q: string) => top(q)?.paragraph.number;
    expect(
      number('According to the opening paragraph, what spectrum of ties have Moscow and Tehran covered lately?'),
    ).toBe(1);
    // Misremembered: the first paragraph never names Netanyahu.
    expect(number('in the first paragraph, who is netanyahu?')).toBe(8);
    // "The last paragraph" of the page, for a member who counts the disclaimer.
    expect(first('what does the last paragraph say about the daily caller?')).toBe('disclaimer');
    // Named alone, the paragraph is the answer.
    for (const [q, n] of [
      ["what's in paragraph 4", 4],
      ['para 8?', 8],
      ['summarize the last paragraph', 13],
      ['recap paragraph 5', 5],
      ['bullet points of paragraph 3', 3],
    ] as const) {
      expect(core.search.ask(q), q).toMatchObject({ verdict: 'answer', matchedWords: [`¶ ${n}`] });
      expect(number(q), q).toBe(n);
    }
  });

  it('give way to the body on what the piece is about', () => {
    expect(first('what are the russians doing in syria')).toBe('body');
    expect(first('what do analysts say')).toBe('body');
    expect(first("what is iran's position")).toBe('body');
    expect(first('what does the article say about the russo-iranian alliance')).toBe('body');
  });

  it('put the thesis where the author states it first for the main argument, and the conclusion first when asked', () => {
    const opening = (q: string) => core.search.ask(q).results[0]?.paragraph.text.slice(0, 40);
    for (const q of ['whats the main argument here', 'what is the article about', 'main point?']) {
      expect(opening(q), q).toBe('It seems that the Russo-Iranian alliance');
    }
    for (const q of [
      'how does the author conclude the article',
      "what's the author's conclusion",
      'tl;dr?',
      // "future" is also the opening's "near future": the conclusion asked for still comes first.
      'What does the author conclude about the future of the alliance?',
    ]) {
      expect(opening(q), q).toBe('Thus, the new downturn in Russo-Iranian ');
    }
  });

  it('put the forecast the author states outright first when his prediction is asked, quoting that sentence', () => {
    for (const q of [
      'whats his prediction',
      'what does he think happens next',
      'so whats the authors big prediction',
    ]) {
      const [first] = core.search.ask(q).results;
      expect(first?.excerpt.map((part) => part.text).join(''), q).toBe(
        'All the present events mean that we’re likely to see a rapprochement in the near future between Putin and Trump, which will ultimately force a withdrawal of Iranian forces from Syria.',
      );
    }
    // What becomes of the alliance, or of the two, is his conclusion, asked as a prediction or not.
    for (const q of [
      'what does the writer predict happens to the alliance',
      'what does he predict for iran and russia',
    ]) {
      expect(core.search.ask(q).results[0]?.paragraph.text.slice(0, 40), q).toBe(
        'Thus, the new downturn in Russo-Iranian ',
      );
    }
  });

  it('put first, for "who is" and a name alone, the passage writing that name, and his post where it is asked', () => {
    const first = (q: string) => core.search.ask(q).results[0]?.paragraph.id;
    // ¶5 introduces "Kamal Dahqani Fairuz Abadi"; ¶6 gives the post of "Abadi".
    expect(first('who is kamal dahqani')).toBe('p07');
    expect(first('who is kamal dahkani lol')).toBe('p07');
    expect(first('who is kamal dehghani')).toBe('p07');
    expect(first('who is abadi')).toBe('p08');
    expect(first('who is kamal dahqani and what is his job')).toBe('p08');
  });

  it('read the name of the article as its title, and the name of its author as the byline', () => {
    expect(first('whats the name of this thing were reading')).toBe('title');
    expect(first('This article name what is? I need for my homework')).toBe('title');
    expect(core.search.ask("what's the name of the article's author")).toMatchObject({ verdict: 'answer' });
    expect(first("what's the name of the article's author")).toBe('byline');
  });

  it('give way to the body when the headline’s words are asked about: the headline explains nothing', () => {
    for (const q of [
      'why does the title say ambiguous',
      'the ambiguous future thing, ambiguous how?',
      // What the headline says, followed by how of one of its words, asks that word explained.
      'headline says ambiguous future, ambiguous how',
    ]) {
      expect(core.search.ask(q).results[0]?.paragraph.text, q).toContain('is still ambiguous');
    }
    // What the headline says is the headline, and so is what it means as a whole.
    expect(first('how does the headline sum up the prospects of the tehran-moscow partnership')).toBe('title');
    for (const q of ['what does the headline mean', 'explain the title', 'how long is the title']) {
      expect(first(q), q).toBe('title');
    }
  });

  it('answer the piece as a whole asked for before a remark with no comma between', () => {
    const answer = core.search.ask('give me the gist real quick im mid-run and cant alt tab for long');
    expect(answer).toMatchObject({ verdict: 'answer', wholePiece: true });
    // "real" frames the request; it is no reason to lead with the opening's "simplest real test".
    const order = (q: string) => core.search.ask(q).results.map((r) => r.paragraph.id);
    expect(order('give me the gist real quick im mid-run and cant alt tab for long')).toEqual(
      order('give me the gist'),
    );
    expect(core.search.ask('summarize the eggs in one basket bit').wholePiece).toBe(false);
  });

  it('read a laugh between two clauses as a comma: what follows is a remark', () => {
    const order = (q: string) => core.search.ask(q).results.map((r) => r.paragraph.id);
    expect(core.search.ask('what is this article even about lol i skimmed it during warmups')).toMatchObject({
      verdict: 'answer',
      wholePiece: true,
    });
    expect(order('who is abadi lol i forgot')).toEqual(order('who is abadi, i forgot'));
    expect(core.search.ask('who is abadi lol i forgot').verdict).toBe('answer');
    expect(core.search.ask('who is abadi lmaooo i forgot').verdict).toBe('answer');
    // After the member's own news the laugh is not a comma: the news is what is asked about.
    expect(core.search.ask('my wifi keeps dropping lol how do i stop it').verdict).toBe('none');
    // Nor with a comma: a remedy asked for is for the member's own news.
    expect(core.search.ask('my wifi keeps dropping, how do i stop it').verdict).toBe('none');
  });

  it('answer the piece as a whole asked for in English words among words of another language', () => {
    const order = (q: string) => core.search.ask(q).results.map((r) => r.paragraph.id);
    for (const q of ['artikel ni pasal apa? boleh summarize sikit', 'kan mo ba i-summarize yung article']) {
      expect(core.search.ask(q), q).toMatchObject({ verdict: 'answer', wholePiece: true });
      expect(order(q), q).toEqual(order('summarize the article'));
    }
    // An English word the dictionary has only in another form is English still, and asks for a passage.
    expect(core.search.ask('why is moscow ditching tehran, in a nutshell').wholePiece).toBe(false);
    expect(core.search.ask('summarize what abadi said, salamat').wholePiece).toBe(false);
    // Words the dictionary lacks that the request is on are its subject, not another language.
    expect(core.search.ask('summary on nagorno karabakh').wholePiece).toBe(false);
    expect(core.search.ask('key takeaways re: idlib deconfliction').wholePiece).toBe(false);
    // …but the member's own word for the article is the article.
    expect(core.search.ask('boleh bagi summary of artikel ni').wholePiece).toBe(true);
  });

  it('quote the sentence that answers a request for the piece as a whole, not one that names its subject most', () => {
    // Every sentence of the piece is about Iran and Russia: "tehran and moscow" picks none of them.
    const excerpt = (q: string) =>
      core.search
        .ask(q)
        .results[0]!.excerpt.map((part) => part.text)
        .join('');
    expect(excerpt('what does he think happens next between tehran and moscow')).toContain('may not last much longer');
    expect(excerpt('what does he think happens next between tehran and moscow')).toBe(
      excerpt('what does he think happens next between them'),
    );
  });

  it('bring the headline in third when the topic of the piece is asked, after the thesis and conclusion', () => {
    const kinds = (q: string) => core.search.ask(q).results.map((r) => r.paragraph.kind);
    expect(kinds('whats this article even about').slice(0, 3)).toEqual(['body', 'body', 'title']);
    // A view asked "about" something is the author's argument, not the topic.
    expect(kinds('what does the author think about russia')).not.toContain('title');
    expect(kinds('main argument?')).not.toContain('title');
  });

  it('says what the article touches of someone it names, asked what it does not say of them', () => {
    const reply = (q: string) => renderAskReply(core.search.ask(q), core.meta).embeds[0]!;
    // The passage naming him, by his name as the article writes it, however he was asked for.
    const bibi = reply('was bibi involved somehow');
    expect(bibi.description).toContain('**The article does not answer this.** It mentions Netanyahu (¶ 8)');
    expect(bibi.description).toContain('Israeli Prime Minister Benjamin **Netanyahu**');
    expect(reply('how tall is putin lol').description).toContain('It mentions Putin (¶ 4)');
    // By the name that passage writes ("Dahqani" in one, "Abadi" in another); a date asked is the date missing.
    expect(reply('how tall is dahqani').description).toContain('It mentions Dahqani (¶ 7)');
    expect(core.search.ask('when did putin die')).toMatchObject({ verdict: 'related', missing: 'date' });
    // Not the author, whom "what does he say about X" only frames; not a word that is English
    // already ("trumpet"), nor a title ("6pm" reads as the premier's "PM"); not beside names the
    // article lacks, nor beside someone it does not name.
    for (const q of [
      'what does al-sulami say about lebanon',
      'Dhaka te bhalo trumpet kothay kinbo bhai? budget kom',
      'can someone swap kiln slots w me thursday night, i got the 6pm one',
      'what did soleimani hezbollah irgc do in aleppo',
      'putin khamenei assad rouhani erdogan syria',
      // A given name alone is anyone's; a shared surname beside the other one's title is theirs.
      'benjamin franklin was a founding father',
      'donald glover new album slaps',
      'general soleimani was a hero',
    ]) {
      expect(core.search.ask(q), q).toMatchObject({ verdict: 'none', results: [] });
    }
    // A message in two parts still answers the part it answers, before touching anyone.
    expect(core.search.ask('Who is this Dahcani? is a minister?').verdict).toBe('answer');
    // A surname another man shares ("Qasem Soleimani") counts alone only where the passage writes the
    // article's man in full, which says whom it means.
    expect(reply('soleimani drone strike 2020').description).toContain(
      'Afshar **Soleimani**, an international affairs analyst',
    );
    expect(core.search.ask('was soleimani killed by the us').verdict).toBe('none');
    // A part of the piece asked for is not "it mentions Abadi, but does not say that".
    expect(core.search.ask('recap the khomeini bit').verdict).not.toBe('related');
  });
});
