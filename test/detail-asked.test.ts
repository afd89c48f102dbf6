import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { DetailCheck } from '../src/search/detail-asked.ts';

const { corpus } = createCore();
const check = new DetailCheck(corpus);
const paragraphWith = (words: string) => corpus.article.paragraphs.find((p) => p.text.includes(words))!;

describe('whether a passage names the detail a "which …" question asks for', () => {
  it('names a country the question does not: Soleimani was ambassador to Azerbaijan', () => {
    expect(check.named('which country was soleimani ambassador to', paragraphWith('ambassador to Azerbaijan'))).toBe(
      true,
    );
  });

  it('reads where the photographs come from as the agency the credit names, not where one was taken', () => {
    const credit = corpus.article.paragraphs.find((p) => p.kind === 'credit')!;
    expect(check.named('where did the photographs come from', credit)).toBe(true);
    expect(check.named('where was the photo taken', credit)).toBe(false);
    expect(check.named('which city is the pic from', credit)).toBe(false);
  });

  it('reads "which former Soviet republic" as asking for a country', () => {
    expect(
      check.named(
        'which former Soviet republic did that ex-envoy serve in?',
        paragraphWith('ambassador to Azerbaijan'),
      ),
    ).toBe(true);
  });

  it('reads "which envoy" as asking for a person', () => {
    expect(check.named('which envoy is quoted', paragraphWith('ambassador to Azerbaijan'))).toBe(true);
  });

  it('reads "which land" as asking for a country, as German, Dutch and Swedish speakers ask', () => {
    expect(
      check.named('Soleimani was ambassadör in which land before?', paragraphWith('ambassador to Azerbaijan')),
    ).toBe(true);
  });

  it('reads an agreement named by its kind ("the nuclear pact") as saying which deal', () => {
    expect(check.named('which deal did washington walk away from', paragraphWith('the nuclear pact'))).toBe(true);
    // Someone else's deal: the pact is the US', in its clause.
    expect(check.named('which deal did putin offer netanyahu', paragraphWith('the nuclear pact'))).toBe(false);
    expect(check.named('which covenants did russia break', paragraphWith('Russia’s decision in 1941'))).toBe(false);
  });

  it('leaves out only what the question names by all the words of one of its names', () => {
    // "Images" does not name Getty Images; "the Iranian newspaper" names the Iranian newspapers.
    const credit = corpus.article.paragraphs.find((p) => p.kind === 'credit')!;
    expect(check.named('which photo agency is credited for the images', credit)).toBe(true);
    expect(check.named('which iranian newspaper wrote this', paragraphWith('Iranian newspapers'))).toBe(false);
  });

  it('finds where an attack landed only in a place named as a location near it', () => {
    // "Ambassador to Azerbaijan" and "the US' withdrawal" share the sentence, not the strikes' place.
    const strikes = paragraphWith('recent Israeli attacks');
    expect(check.named('where exactly did israel hit the syrian army', strikes)).toBe(false);
    expect(check.named('where was soleimani an ambassador', strikes)).toBe(true);
    expect(check.named('where do the russian missiles fly over', paragraphWith('Caspian Sea'))).toBe(true);
  });

  it('reads "which of the two countries" as one of the parties, and "over which water" as a sea', () => {
    expect(
      check.named('which of the two countries is in the stronger position', paragraphWith('Russia has the upper hand')),
    ).toBe(true);
    expect(check.named('over which water are the rockets flying', paragraphWith('Caspian Sea'))).toBe(true);
  });

  it('names a body: the committee Abadi sits on', () => {
    expect(check.named('which committee is abadi on', paragraphWith('first deputy chairman'))).toBe(true);
  });

  it('reads a class noun in the plural or one slip off ("presidents", "commitee")', () => {
    expect(check.named('which commitee is abadi on', paragraphWith('first deputy chairman'))).toBe(true);
    // Two slips in a long word, or spelt as another language spells it, accent and all.
    expect(check.named('abadi is in which comitee?', paragraphWith('first deputy chairman'))).toBe(true);
    expect(check.named('in which kommitté is abbadi sitting?', paragraphWith('first deputy chairman'))).toBe(true);
    expect(
      check.named('which two presidents will warm up to each other', paragraphWith('between Putin and Trump')),
    ).toBe(true);
  });

  it('reads a post the question names as the post, not the holder: "which prime minister" is Netanyahu', () => {
    expect(check.named('which israeli prime minister met putin', paragraphWith('Benjamin Netanyahu'))).toBe(true);
    // The post shortened, or the person asked for as a figure or by their trade.
    expect(check.named('which israeli pm did putin meet', paragraphWith('Benjamin Netanyahu'))).toBe(true);
    expect(check.named('which iranian figure warned about the russians', paragraphWith('Ayatollah Khomeini'))).toBe(
      true,
    );
    const credit = corpus.article.paragraphs.find((p) => p.kind === 'credit')!;
    expect(check.named('which photographer took the pics', credit)).toBe(true);
    // A guess after the question asks to have it confirmed: the passage naming it answers.
    expect(check.named('America go out from which deal? nuclear deal?', paragraphWith('the nuclear pact'))).toBe(true);
    expect(
      check.named(
        'which founding father of the islamic republic warned about the russians, khomeni?',
        paragraphWith('Ayatollah Khomeini'),
      ),
    ).toBe(true);
    expect(check.named('israeli PM named?', paragraphWith('Benjamin Netanyahu'))).toBe(true);
    expect(check.named('which two heads of state will warm up', paragraphWith('rapprochement'))).toBe(true);
    expect(check.named('whats the israeli prime minister called', paragraphWith('Benjamin Netanyahu'))).toBe(true);
    // Where pictures come from is the agency that supplied them, not a place.
    expect(check.named("where'd the pics come from", credit)).toBe(true);
  });

  it('finds the thing named where the passage says what it was between or on ("the meetings between Putin and…")', () => {
    const p = paragraphWith('meetings between Putin');
    expect(check.named('which meetings made the request predictable', p)).toBe(true);
    // "Its covenants with Iran" says with whom, not which covenants.
    expect(check.named('which covenants did russia break', paragraphWith('reneging on its covenants'))).toBe(false);
  });

  it('finds the field of a degree, a nationality and a handle; a word before a noun does not say which', () => {
    expect(check.named('which objectives do they disagree on', paragraphWith('strategic objectives'))).toBe(false);
    expect(check.named('the writer is having ph.d. in which subject', paragraphWith('Ph.D.'))).toBe(true);
    expect(check.named('which is the nationality of the author', paragraphWith('Saudi columnist'))).toBe(true);
    expect(check.named('where can i follow the author online', paragraphWith('@mohalsulami'))).toBe(true);
    expect(check.named('which wwii-era episode does he dredge up', paragraphWith('1941'))).toBe(true);
  });

  it('sees a thing mentioned only under a word that leaves it unnamed ("various channels")', () => {
    const p = paragraphWith('various channels of communication');
    expect(check.onlyVague('what channels are russia and the us using to coordinate', p)).toBe(true);
    expect(check.onlyVague("what 'channels' are these four using", p)).toBe(true);
    // What the parties are asked about is not the thing asked to be named.
    expect(check.onlyVague('what are the four powers doing', p)).toBe(false);
    const europeans = paragraphWith('unspecified European parties');
    expect(check.onlyVague('did dahqani name which european countries', europeans)).toBe(false);
    // "Who are the X" asks to have them named as well.
    expect(check.onlyVague('who r the europeans they blame lol', europeans)).toBe(true);
    expect(check.onlyVague('who are the analysts', paragraphWith('including Afshar Soleimani'))).toBe(false);
  });

  it('reads a range of kinds ("ranged from hostility to cooperation") as naming them', () => {
    expect(check.named('what kinds of relationship have they had', paragraphWith('ranged from hostility'))).toBe(true);
  });

  it('takes any word for the kind of thing listed: "in which spheres" is answered by "the popular and media arenas"', () => {
    expect(
      check.named('in which spheres has the reaction been visible', paragraphWith('popular and media arenas')),
    ).toBe(true);
  });

  it('reads where someone studied as a school, which the bio does not name (it gives the field only)', () => {
    const bio = paragraphWith('Ph.D. in the field');
    expect(check.named('PhD from where?', bio)).toBe(false);
    expect(check.named('which university gave al-sulami his doctorate', bio)).toBe(false);
    expect(check.named('from what university he got his Ph.D.?', bio)).toBe(false);
    // Where he works and where he is from the bio does say.
    expect(check.named('where does the author work', bio)).toBe(true);
    expect(check.named('where is the author from', bio)).toBe(true);
  });

  it('reads an agency or company as a body: the photo agency is named in the credit', () => {
    expect(check.named('which agency are the pictures from', paragraphWith('Getty Images'))).toBe(true);
    expect(check.named('which think tank does the writer head', paragraphWith('head of International Institute'))).toBe(
      true,
    );
    // A tank alone is a tank.
    expect(check.named('which tank did russia use', paragraphWith('Russian missiles'))).toBe(false);
  });

  it('finds what a passage exemplifies or names "the … of"', () => {
    expect(
      check.named('which american move is listed among the developments', paragraphWith('such as the meetings')),
    ).toBe(true);
    expect(check.named('in which field is his doctorate', paragraphWith('Saudi columnist'))).toBe(true);
    expect(check.named('what developments did soleimani list', paragraphWith('such as the meetings'))).toBe(true);
    expect(
      check.named('on what kinds of topics do washington and its friends clash', paragraphWith('conflicting views')),
    ).toBe(true);
    expect(check.named('which field did the missiles hit', paragraphWith('hit targets inside Syria'))).toBe(false);
    // The passage exemplifies developments, not weapons.
    expect(
      check.named('which weapons were used in the recent developments', paragraphWith('such as the meetings')),
    ).toBe(false);
  });

  it('reads "which side" as asking for one of the parties, and a grudge as a dated episode', () => {
    expect(check.named('which side will come off worst', paragraphWith('biggest loser'))).toBe(true);
    expect(check.named('which old wartime grudge does the lawmaker dig up', paragraphWith('decision in 1941'))).toBe(
      true,
    );
  });

  it('counts a person asked for by nationality only when they are from there', () => {
    const dahqani = paragraphWith('Dahqani further accused');
    expect(check.named('which russian officials are pushing the withdrawal', dahqani)).toBe(false);
    expect(check.named('which iranian official blamed the europeans', dahqani)).toBe(true);
  });

  it('answers whether someone named a thing where the passage says it was left unnamed', () => {
    const dahqani = paragraphWith('Dahqani further accused');
    expect(check.named('did dahqani actually name the european parties', dahqani)).toBe(true);
    expect(check.named('which european countries did dahqani name', dahqani)).toBe(false);
  });

  it('does not count the article’s own subjects (Iran, Russia, Syria) as the detail', () => {
    expect(check.named('which european countries did dahqani blame', paragraphWith('Dahqani further accused'))).toBe(
      false,
    );
  });

  it('does not count a class it cannot tell apart: "which targets" is not answered by "targets"', () => {
    expect(check.named('which targets did the missiles hit', paragraphWith('hit targets inside Syria'))).toBe(false);
  });

  it('reads a sea, a border, a route or a part of a country as a place', () => {
    expect(check.named('which sea did the rockets go across', paragraphWith('crossing the Caspian Sea'))).toBe(true);
    expect(check.named('which border is that distance measured from', paragraphWith('70 to80 kilometers'))).toBe(true);
    expect(check.named('which part of iran got occupied back then', paragraphWith('Russia’s decision in 1941'))).toBe(
      true,
    );
  });

  it('reads "the name of the committee" as asking to name a body', () => {
    expect(check.named('whats the name of the committee abadi is on', paragraphWith('first deputy chairman'))).toBe(
      true,
    );
    expect(check.named('the buffer zone is measured from which frontier', paragraphWith('70 to80 kilometers'))).toBe(
      true,
    );
  });

  it('reads "what is the committee … called" as asking to name a body, answered where one is named', () => {
    expect(check.named('what is the committee abadi is on called', paragraphWith('first deputy chairman'))).toBe(true);
    expect(
      check.named(
        'what is the committee abadi is on called',
        paragraphWith('In recent years, Russo-Iranian relations'),
      ),
    ).toBe(false);
  });

  it('reads a number before the class word: "which 2 western powers"', () => {
    expect(
      check.named('which 2 western powers occupied iran in 1941', paragraphWith('Russia’s decision in 1941')),
    ).toBe(true);
  });

  it('asks for a name a description does not give: "which site published this" is the Daily Caller', () => {
    expect(check.named('which site published this', paragraphWith('do not reflect the official position'))).toBe(true);
  });

  it('takes a place named only by its adjective as where someone is from, no more', () => {
    const bio = corpus.article.paragraphs.find((p) => p.kind === 'bio')!;
    expect(check.named('where is the writer from', bio)).toBe(true);
    expect(check.named('where did al-sulami get his phd', bio)).toBe(false);
    expect(check.named('where did al-sulami get his phd from', bio)).toBe(false);
    expect(check.named("where's the writer from", bio)).toBe(true);
    expect(check.named('where does al sulamy work', bio)).toBe(true);
    expect(check.named('where is the international institute for iranian studies based', bio)).toBe(false);
    expect(check.named('where was this published', paragraphWith('do not reflect the official position'))).toBe(true);
  });

  it('finds kinds a passage lists: "political, economic, security and military issues"', () => {
    const p12 = paragraphWith('political, economic, security and military issues');
    expect(check.named('what kind of issues do the us and its allies clash on', p12)).toBe(true);
    expect(check.named('what kind of missiles did russia use', paragraphWith('Russian missiles'))).toBe(false);
    // Two kinds will do.
    expect(check.named('iran now face what kind of pressure?', paragraphWith('political and economic pressures'))).toBe(
      true,
    ); // …and so will one word that can only describe it ("Russian missiles" above names no kind).
    expect(check.named('what kind of alliance is it', paragraphWith('the pragmatic alliance'))).toBe(true);
    // "Official" has an adjective's ending but says whose, not what kind.
    expect(check.named('what kind of position is it', paragraphWith('the official position'))).toBe(false);
  });

  it('takes "which country" as asking for one of the main parties, "which european countries" not', () => {
    const p15 = paragraphWith('Russia has the upper hand');
    expect(check.named('which country has the upper hand in syria', p15)).toBe(true);
    expect(check.named('which european countries did dahqani blame', paragraphWith('Dahqani further accused'))).toBe(
      false,
    );
  });

  it('reads "which iranian said" as asking for a person', () => {
    expect(
      check.named('which iranian said outsiders are driving a wedge', paragraphWith('Dahqani further accused')),
    ).toBe(true);
  });

  it('finds examples a passage lists: "the recent developments, including…"', () => {
    const p10 = paragraphWith('the meetings between Putin and Israeli Prime Minister');
    expect(check.named('which recent developments made the russian request predictable', p10)).toBe(true);
    expect(check.named('which ocean did the russian missiles cross', paragraphWith('crossing the Caspian Sea'))).toBe(
      true,
    );
    expect(check.named('which euro countries tho', paragraphWith('Dahqani further accused'))).toBe(false);
    expect(check.named("which of isreal's borders is it measured from", paragraphWith('70 to80 kilometers'))).toBe(
      true,
    );
  });

  it('finds topics a passage lists, and an episode it dates', () => {
    const p12 = paragraphWith('political, economic, security and military issues');
    expect(check.named('they disagree on which topics', p12)).toBe(true);
    expect(check.named('which historical episode did abadi invoke', paragraphWith('Russia’s decision in 1941'))).toBe(
      true,
    );
    expect(check.named('which covenants did russia break', paragraphWith('Russia’s decision in 1941'))).toBe(false);
  });

  it('reads "where" as asking for a place', () => {
    expect(check.named('70-80 km from where exactly', paragraphWith('70 to80 kilometers'))).toBe(true);
  });

  it('does not take a capital standing for its country ("Moscow is prioritizing…") for a place within one', () => {
    expect(check.named('where in syria exactly did israel strike', paragraphWith('Syrian regime army positions'))).toBe(
      false,
    );
  });
});

describe('asking for a detail in other words', () => {
  const { search } = createCore();

  it('reads "called" as asking a name only where the question ends on it', () => {
    expect(search.ask('what did the iranian papers say when russia called for withdrawal')).toMatchObject({
      verdict: 'answer',
    });
  });

  it('reads what a pact or covenant says as a detail the article does not give', () => {
    expect(search.ask('What did those covenants between Russia and Iran actually say?')).toMatchObject({
      verdict: 'related',
    });
  });

  it('reads "which the article mentions" as pointing at the article, not asking to name something', () => {
    expect(search.ask('Who was founder of Islamic Republic, which article mentions?')).toMatchObject({
      verdict: 'answer',
    });
  });

  it('reads "in what ways" as asking how, not to name things', () => {
    expect(search.ask('in what ways did iran invest in syria')).toMatchObject({ verdict: 'answer' });
    expect(search.ask('what targets did the russian missiles hit')).toMatchObject({ verdict: 'related' });
  });

  it('asking what is in something the article only names is asking a detail it does not give', () => {
    expect(search.ask('whats actually in the nuclear pact')).toMatchObject({ verdict: 'related' });
    expect(search.ask('what did that atomic agreement actually require of tehran')).toMatchObject({
      verdict: 'related',
    });
    expect(search.ask('what did putin and netanyahoo agree on in those meetings')).toMatchObject({
      verdict: 'related',
    });
  });

  it('"what targets did the missiles hit" asks for targets the article does not name', () => {
    expect(search.ask('what targets did the russian missiles hit in syria')).toMatchObject({
      verdict: 'related',
      missing: 'detail',
    });
  });
});

describe('whether a passage names only the deputy of a post whose holder is asked for', () => {
  const abadi = paragraphWith('first deputy chairman');
  const bio = paragraphWith('Saudi columnist');

  it('does not take "first deputy chairman" for the chairman', () => {
    expect(check.postHeldOnlyUnder('who is the actual chairman of abadis committee', abadi)).toBe(true);
    expect(check.postHeldOnlyUnder('who chairs the national security committee', abadi)).toBe(true);
    expect(check.postHeldOnlyUnder('whos the actual chairman of that committee, not the deputy', abadi)).toBe(true);
  });

  it('answers the deputy asked for, a post held outright, and a check on someone named', () => {
    expect(check.postHeldOnlyUnder('who is the first deputy chairman of the committee', abadi)).toBe(false);
    expect(check.postHeldOnlyUnder('who heads the institute', bio)).toBe(false);
    expect(check.postHeldOnlyUnder('abbadi chairs the committee, correct?', abadi)).toBe(false);
  });
});

describe('whether a who-question is answered only by what it names itself', () => {
  const disclaimer = paragraphWith('do not reflect the official position');
  const bio = paragraphWith('Saudi columnist');
  const credit = paragraphWith('Getty Images');

  it('does not take the Daily Caller for who founded or edits it', () => {
    expect(check.whoOnlyAsked('who founded the daily caller', disclaimer)).toBe(true);
    expect(check.whoOnlyAsked("who's the editor in chief of the daily caller", disclaimer)).toBe(true);
    // An editor is a person: the outlet named is not its own editor.
    expect(check.whoOnlyAsked('who is the editor of this', disclaimer)).toBe(true);
  });

  it('answers who did it where the passage names someone else, or the question offers the options', () => {
    expect(check.whoOnlyAsked('who heads the institute', bio)).toBe(false);
    expect(check.whoOnlyAsked('who took the pictures', credit)).toBe(false);
    expect(check.whoOnlyAsked('who ran this piece', disclaimer)).toBe(false);
    expect(check.whoOnlyAsked('who comes out on top, the daily caller or the author', disclaimer)).toBe(false);
    // "Who is X" asks what the passage says of X.
    expect(check.whoOnlyAsked('who is the daily caller', disclaimer)).toBe(false);
  });
});

describe('a phrase or a list of happenings asked for by a word the passage does not use', () => {
  const papers = paragraphWith('Neither East nor West');
  const soleimani = paragraphWith('such as the meetings');

  it('takes a quoted phrase for the slogan or principle asked for', () => {
    expect(check.named('which slogan of khomeini did the papers bring up', papers)).toBe(true);
    expect(check.named('which principle do the newspapers want to implement', papers)).toBe(true);
  });

  it('takes examples listed for the events asked for, whatever the passage calls them', () => {
    expect(check.named('which events made moscow’s move foreseeable', soleimani)).toBe(true);
    // A list of happenings does not name the covenants asked for.
    expect(check.named('which covenants did russia break', soleimani)).toBe(false);
  });
});

describe('a name in full, or the kind of piece', () => {
  const abadi = paragraphWith('Kamal Dahqani Fairuz Abadi');
  const disclaimer = paragraphWith('do not reflect the official position');

  it('takes a person named in more words than the question for the full name asked', () => {
    expect(check.named('abadi name', abadi)).toBe(true);
    // Named as typed, no more: the passage does not give a fuller name.
    expect(check.named('netanyahu name', abadi)).toBe(false);
  });

  it('takes the disclaimer, which calls it a commentary, for the kind of piece asked', () => {
    expect(check.named('wat kind of piece is this, news or an opinon thing', disclaimer)).toBe(true);
  });
});
