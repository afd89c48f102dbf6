import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const { search } = createCore();

/**
 * Rules written for the way members type must not misfire on the plain questions around them: each
 * of these was a wrong reply some rule once gave (a review found them), kept here as the reply a
 * member should see.
 */
describe('ordinary questions the reading rules must leave alone', () => {
  it.each([
    ['is there something that explains why russia turned on iran?', 'answer'],
    ['does he explain why iran is the biggest loser?', 'answer'],
    ['why was abadi refusing to withdraw', 'answer'],
    ['what has russia already done in syria', 'answer'],
    ['who will loose the most', 'answer'],
    ['which think tank does the author run', 'answer'],
    ['when did russia start helping iran', 'related'],
    ['which tank did russia use in syria?', 'related'],
    ['what does the IRA have to do with this', 'none'],
    // A second review's examples: each misread by a rule for how members type.
    ['where in syria would the regime-allied forces withdraw from', 'answer'],
    ['where in iran did britain occupy', 'answer'],
    ['which ministry is abadi part of', 'related'],
    ['which land route do the missiles take', 'answer'],
    ["who was iran's closest ally that year", 'answer'],
    ['abadi says iran still has no presence in syria?', 'answer'],
    ['the author surveys iran’s history with russia, what does he conclude', 'answer'],
    ['why does russia eventually need israel more than iran', 'answer'],
    ['what struck you about the article', 'none'],
    // Asking a name at the end ("committee name?"), and the author's name, which the byline gives.
    ["abadi's committee name?", 'answer'],
    ["the author's name?", 'answer'],
    ['writer name?', 'answer'],
    // A third review's.
    ['what did netanyahu tell putin? article say?', 'related'],
    ['In the end, did Assad step down?', 'related'],
    ['Iran was forced out of Syria in the end?', 'related'],
    ['which deal did putin offer netanyahu', 'related'],
    ['who gets the short end of the stick in syria?', 'answer'],
    ['do polls show iranians distrust russia?', 'related'],
    ['which of the two will lose the most in syria', 'answer'],
    ['is abadi still on the kommittee?', 'related'],
    ['where in syria do the russian missiles hit', 'related'],
    ['Israel attack Syrian army when? it say the day?', 'related'],
    // The article reports what Putin is said to need and do, never his own words.
    ["putin's own words on iran?", 'related'],
    ["what are soleimani's own words on this", 'answer'],
    ['where did the author get his phd', 'related'],
    // Someone the article names is in it, though unanswered questions asked before named him too.
    ['who is benjamin netanyahu', 'answer'],
    ['How is Benjamin Netanyahu described in the article, please?', 'answer'],
    // …and asked what the article does not say of him, it touches him where it names him.
    ["who is benjamin netanyahu's successor", 'related'],
    ['was bibi involved somehow', 'related'],
    // A figure asked of the article's own cast, which it does not give: it touches them, no more.
    ['how old is putin', 'related'],
    // The author's country wrongly assumed: the byline and bio say he is Saudi.
    ['the author is iranian himself so hes biased right', 'answer'],
    ['is the author british', 'answer'],
    // …and so does where he is from, asked in any order.
    ['the author, is he from saudi arabia?', 'answer'],
    ['the writer is from saudi arabia or from iran?', 'answer'],
    // Not "from" in another sense, nor a city the bio does not give.
    ['is the author far from neutral?', 'none'],
    ['the writer, is he from the middle east?', 'answer'],
    ['the author, is he from riyadh or jeddah?', 'none'],
    // Nobody's private life is in it: the author's bio gives his work, not his family.
    ['is the author married', 'related'],
    ['does the author have kids', 'related'],
    // The asker's own family or birth is not asked about, nor a country's "marriage".
    [
      'my late husband always said never trust the russians lol, does the article say something like that too?',
      'answer',
    ],
    ['what did abadi say, i was born in tehran btw', 'answer'],
    ['is iran married to russia or can it walk away', 'answer'],
    // Someone the article does not name is not in it; Khomeini was a supreme leader too.
    ["what's khamenei's view", 'none'],
    // His surname is the Soleimani the article quotes; he is not in it.
    ['is qassem soleimani in the article', 'none'],
    ['what did the old supreme leader say about moscow keeping its word', 'answer'],
    ['how many people live in iran', 'related'],
    ['what is his phd in', 'answer'],
    // "What does the article say about X" asks what it holds on X, as "does it mention X" does.
    ['what does the article say about abadi', 'answer'],
    ['What does the article say about the Syrian refugee crisis in Europe?', 'none'],
  ] as const)('%j gets the verdict %s', (question, verdict) => {
    expect(search.ask(question).verdict).toBe(verdict);
  });

  it('keeps an English word that looks like a foreign name or an idiom in its own sense', () => {
    // "yanks" the verb is not the Yanks.
    expect(search.ask('what happens if putin yanks his support for iran?').matchedWords).not.toContain('USA');
    // "White" is a word of its own, a letter off the filler "while".
    expect(search.ask('what did the White House say').matchedWords).toContain('White');
  });
});
