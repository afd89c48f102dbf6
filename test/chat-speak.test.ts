import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { expandChatSpeak } from '../src/text/chat-speak.ts';

describe('chat-speak', () => {
  it('rewrites chat words and dropped apostrophes to plain English', () => {
    expect(expandChatSpeak('wat does rusia want from iran')).toBe('what does rusia want from iran');
    expect(expandChatSpeak('whos gonna lose the most')).toBe('who is going to lose the most');
    expect(expandChatSpeak('wat r they tryna do to tehran')).toBe('what are they trying to do to tehran');
    expect(expandChatSpeak('y dont u tell me abt ur source')).toBe('why do not you tell me about your source');
    expect(expandChatSpeak('who warned re missiles?')).toBe('who warned about missiles?');
    expect(expandChatSpeak('Sir what is the nationality of the writer')).toBe('what is the nationality of the writer');
    // "Who write this" asks who wrote it; "who writes the best about syria" asks something else.
    expect(expandChatSpeak('who write this story?')).toBe('who wrote this story?');
    expect(expandChatSpeak('whose name is on this piece')).toBe('who wrote this piece');
    expect(expandChatSpeak('y is iran angy, is russia sus')).toBe('why is iran angry, is russia suspicious');
    // Homework after a possessive, an "-ing" with its g dropped, a confirming tag, a fella and a photog.
    expect(expandChatSpeak('for my poli sci hw: whats the thesis')).toBe(
      'for my poli sci homework: what is the thesis',
    );
    expect(expandChatSpeak('how far r they movin the troops back')).toBe('how far are they moving the troops back');
    expect(expandChatSpeak('the author is iranian so biased, right?')).toBe('the author is iranian so biased?');
    expect(expandChatSpeak('is the daily caller right?')).toBe('is the daily caller right?');
    expect(expandChatSpeak('whos this soleimani fella, whats the photog name')).toBe(
      'who is this soleimani guy, what is the photographer name',
    );
    // "what's" for "what does", before a verb.
    expect(expandChatSpeak('whats the author think')).toBe('what does the author think');
    expect(expandChatSpeak('whats up with that')).toBe('what is up with that');
    expect(expandChatSpeak('who writes the best about syria')).toBe('who writes the best about syria');
    expect(expandChatSpeak('who is the man that write this artikle?')).toBe('who wrote this artikle?');
    expect(expandChatSpeak('who is writing this article')).toBe('who wrote this article');
    // Someone's occupation is their job; the occupation of northern Iran stays.
    expect(expandChatSpeak("what is the author's occupation")).toBe("what is the author's job");
    expect(expandChatSpeak("britain's occupation of northern iran")).toBe("britain's occupation of northern iran");
    expect(expandChatSpeak('his occupation of the north')).toBe('his occupation of the north');
    expect(expandChatSpeak('when did the occupation end')).toBe('when did the occupation end');
    expect(expandChatSpeak("who's the one writing this")).toBe('who wrote this');
    expect(expandChatSpeak('who is written about in this article')).toBe('who is written about in this article');
    // A word stressing "who … is" only stresses it; "who exactly" asks for names, and stays.
    expect(expandChatSpeak('who even is this guy')).toBe('who is this guy');
    expect(expandChatSpeak('who tf is dahkani')).toBe('who is dahkani');
    expect(expandChatSpeak('who exactly are the russians asking')).toBe('who exactly are the russians asking');
    expect(expandChatSpeak('re: the 1941 thing')).toBe('about the 1941 thing');
    // The asker's certainty is not asked about; "hes" is "he's" without its apostrophe.
    expect(expandChatSpeak('so of course hes obviously biased')).toBe('so he is biased');
    // "the saudi guys job" drops the apostrophe of a possessive; "guys" said to the channel is nothing.
    expect(expandChatSpeak('whats the saudi guys actual job')).toBe("what is the saudi guy's actual job");
    expect(expandChatSpeak('hey guys whats his job')).toBe('what is his job');
    // "you're" keeps its "re", and "they re" is "they are".
    expect(expandChatSpeak("you're right re iran")).toBe("you're right about iran");
    expect(expandChatSpeak('they re angry')).toBe('they are angry');
    expect(expandChatSpeak('what re the main points')).toBe('what are the main points');
  });

  it('reads common slips of short words, and drops honorifics and politeness around a request', () => {
    expect(expandChatSpeak('why will iran loose the most')).toBe('why will iran lose the most');
    expect(expandChatSpeak('who looses the most in syria')).toBe('who loses the most in syria');
    // Only where a verb stands: "a loose alliance" is loose.
    expect(expandChatSpeak('is it a loose alliance')).toBe('is it a loose alliance');
    expect(expandChatSpeak('Soleimani sahib was ambassador in wich country')).toBe(
      'Soleimani was ambassador in which country',
    );
    expect(expandChatSpeak('kindly tell who took the pics')).toBe('tell who took the pictures');
    expect(expandChatSpeak('does he hav a phd')).toBe('does he have a phd');
    // The verb before its subject, as many languages put it.
    expect(expandChatSpeak('What thinks Trump himself about Iran?')).toBe('what does Trump himself think about Iran?');
    expect(expandChatSpeak('what says the article about abadi')).toBe('what does the article say about abadi');
    expect(expandChatSpeak('What says Bachar al-Assad himself about the demand?')).toBe(
      'what does Bachar al-Assad himself say about the demand?',
    );
    expect(expandChatSpeak('what means it for iran')).toBe('what means it for iran');
    expect(expandChatSpeak('the Russian rakets go which way')).toBe('the Russian rockets go which way');
    // The Danish "mener", the German "meint": what someone thinks.
    expect(expandChatSpeak('What means Turkey about all this?')).toBe('what does Turkey think about all this?');
    // A name is asked for, whose "full" is no word to search ("full contact").
    expect(expandChatSpeak('abadi full name')).toBe('abadi name');
    // Question words and politeness of a member's first language, said in an English question.
    expect(expandChatSpeak('kenapa iran the biggest loser gan?')).toBe('why iran the biggest loser ?');
    expect(expandChatSpeak('merci, who wrote this')).toBe(', who wrote this');
    expect(expandChatSpeak('what did mr abadi say')).toBe('what did abadi say');
    expect(expandChatSpeak('Turkey is also involve po?')).toBe('Turkey is also involve ?');
    expect(expandChatSpeak('writer come from which country krub?')).toBe('writer come from which country ?');
    expect(expandChatSpeak('why iran angry with russia ka?')).toBe('why iran angry with russia ?');
    expect(expandChatSpeak('bakit iran the loser')).toBe('why iran the loser');
    // "Which is the" and "how is called" as speakers of Romance languages and Greek ask.
    expect(expandChatSpeak('Which is the specialisation of the autor?')).toBe(
      'what is the specialisation of the autor?',
    );
    expect(expandChatSpeak('How is named the institute')).toBe('what is the name of the institute');
    // The article's nouns as other languages write them.
    expect(expandChatSpeak('according to the Iranian kranten')).toBe('according to the Iranian newspapers');
    expect(expandChatSpeak('Who has made the foto')).toBe('Who has made the photo');
    expect(expandChatSpeak('in which kommitté is Abbadi')).toBe('in which committee is Abbadi');
    // "Sino-Russian" is English: "sino" is not read as Tagalog's "who".
    expect(expandChatSpeak('sino-russian ties')).toBe('sino-russian ties');
    // "The MP" is the article's lawmaker; "WWII" is how readers' questions name the war of 1941.
    expect(expandChatSpeak('did the MP say that')).toBe('did the lawmaker say that');
    expect(expandChatSpeak('which WWII episode')).toBe('which ww2 episode');
  });

  it('reads "its" as "it is" only where a verb would follow, never the possessive', () => {
    expect(expandChatSpeak('its not true')).toBe('it is not true');
    expect(expandChatSpeak('whats the article even sayin')).toBe('what is the article even saying');
    expect(expandChatSpeak('the us and its partners disagree')).toBe('the USA and its partners disagree');
    expect(expandChatSpeak('does iran hide its true goals')).toBe('does iran hide its true goals');
    expect(expandChatSpeak('so did putin n trump actualy make up')).toBe('so did putin and trump actually make up');
  });

  it('reads "acc to" as "according to", and a hunch put to the bot as what is asked', () => {
    expect(expandChatSpeak('who loses most acc to the start of it')).toBe(
      'who loses most according to the start of it',
    );
    expect(expandChatSpeak('acc. to dahqani who started it')).toBe('according to dahqani who started it');
    expect(expandChatSpeak('bet the daily caller endorses all this huh')).toBe('the daily caller endorses all this');
    expect(expandChatSpeak('i bet he says iran wins')).toBe('he says iran wins');
    // Not "acc" alone, nor a bet asked about.
    expect(expandChatSpeak('my acc got banned')).toBe('my acc got banned');
    expect(expandChatSpeak('bet on who wins')).toBe('bet on who wins');
  });

  it('reads an "@" standing alone, or his or hers, as a handle, and drops the "o" that closes a Nigerian English question', () => {
    expect(expandChatSpeak('whats the authors @ again')).toBe('what is the authors twitter handle again');
    expect(expandChatSpeak('whats his @?')).toBe('what is his twitter handle?');
    expect(expandChatSpeak('whats his @ so i can follow')).toBe('what is his twitter handle so i can follow');
    expect(expandChatSpeak('email me @ home')).toBe('email me @ home');
    // The member's own handle, or anyone's on another site, is not the author's.
    expect(expandChatSpeak('drop ur @ in the chat')).toBe('drop your @ in the chat');
    expect(expandChatSpeak("where's abadi @ on the whole russia thing?")).toContain('@ on');
    expect(expandChatSpeak('where is he from o?')).toBe('where is he from?');
    expect(expandChatSpeak('what is the letter o')).toBe('what is the letter o');
  });

  it('drops filler that says nothing about the article', () => {
    expect(expandChatSpeak('lol idk tbh whats the main point')).toBe('what is the main point');
    expect(expandChatSpeak('ok bruh pls')).toBe('');
    expect(expandChatSpeak('what site is this from anyway')).toBe('what site is this from');
    // A closing particle of Malaysian and Singaporean English.
    expect(expandChatSpeak('the writer got phd or not ah')).toBe('the writer got phd or not');
    // How Discord asks for a direct message: not the Israeli PM.
    expect(expandChatSpeak('can you pm me a summary')).toBe('can you a summary');
  });

  it('reads a lower-case "the us" as the country, not the pronoun', () => {
    expect(expandChatSpeak('did the us leave the nuclear deal')).toBe('did the USA leave the nuclear deal');
    expect(expandChatSpeak('tell us more')).toBe('tell us more');
  });

  it('keeps words it does not know exactly as typed', () => {
    expect(expandChatSpeak('Abadi’s 1941 claim')).toBe('Abadi’s 1941 claim');
  });

  it('means one chat word no longer sinks a fair question', () => {
    const { search } = createCore();
    const plain = search.ask('what does russia want from iran');
    const chat = search.ask('wat does russia want from iran');
    expect(chat.verdict).toBe('answer');
    expect(chat.results[0]!.paragraph.id).toBe(plain.results[0]!.paragraph.id);
  });
});
