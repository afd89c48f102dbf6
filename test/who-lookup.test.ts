import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';

const { people } = createCore();

describe('/who lookup', () => {
  it.each([
    ['dehghani firouzabadi', 'abadi'],
    ['Kamal Dahqani Fairuz Abadi', 'abadi'],
    ['putn', 'putin'],
    ['netanyahoo', 'netanyahu'],
    ['@mohalsulami', 'al-sulami'],
    ['President Putin', 'putin'],
    ['Afshar', 'soleimani'],
    ['KHOMEINI', 'khomeini'],
    // As French, German and Spanish speakers write the names.
    ['Poutine', 'putin'],
    ['Netanjahu', 'netanyahu'],
    ['Jomeini', 'khomeini'],
    // The nickname chat gives him.
    ['vlad', 'putin'],
  ])('finds %j', (query, id) => {
    expect(people.who(query).match?.id).toBe(id);
  });

  it.each([
    ['who is putin', 'putin'],
    ['whos abadi', 'abadi'],
    ['Who was Khomeini?', 'khomeini'],
    ['tell me about asad', 'assad'],
    ['what does khomeini think', 'khomeini'],
    ['putin??', 'putin'],
    ["what is al-sulami's view", 'al-sulami'],
  ])('finds the name inside %j', (query, id) => {
    expect(people.who(query).match?.id).toBe(id);
  });

  it.each([
    ['kamal dehgani firuzabadi', 'abadi'],
    ['dehqani fairouz abadi', 'abadi'],
    ['kamal fairuzabadi', 'abadi'],
    ['afshar solemani', 'soleimani'],
    ['mohamad al sulamy', 'al-sulami'],
    ['al-Sulamy', 'al-sulami'],
    ['benjamin netanyahoo', 'netanyahu'],
    ['Vladimir Poutine', 'putin'],
    ['ayatolla khomeni', 'khomeini'],
    ['Bashar al-Asad', 'assad'],
  ])('matches %j, every part misspelt or transliterated, to the one closest person', (query, id) => {
    expect(people.who(query)).toMatchObject({ match: { id }, suggestions: [] });
  });

  it.each([
    ['the author', 'al-sulami'],
    ['who wrote this', 'al-sulami'],
    ['the columnist', 'al-sulami'],
    ['the writer', 'al-sulami'],
    ['saudi analyst', 'al-sulami'],
    ['head of the international institute for iranian studies', 'al-sulami'],
    ['israeli prime minister', 'netanyahu'],
    ['the former ambassador to azerbaijan', 'soleimani'],
    ['the former diplomat', 'soleimani'],
    ['international affairs analyst', 'soleimani'],
    ['first deputy chairman', 'abadi'],
    ['senior iranian official', 'abadi'],
    ['whos the guy from the committee', 'abadi'],
    ['founder of the islamic republic', 'khomeini'],
    ['the russian president', 'putin'],
  ])('finds %j by the role or description', (query, id) => {
    expect(people.who(query).match?.id).toBe(id);
  });

  it.each([
    ['National Security and Foreign Policy Committee', 'national-security-committee'],
    ['international institute for iranian studies', 'iiis'],
    ['the iranian regime', 'iranian-regime'],
    ['assad regime', 'assad-regime'],
    ['syrian regime army', 'assad-regime'],
    ['the russian government', 'russian-officials'],
    ['daily caler', 'the-daily-caller'],
  ])('has an entry for the body %j', (query, id) => {
    expect(people.who(query).match?.id).toBe(id);
  });

  it.each([
    ['israel', 'israel'],
    ['/who israel'.slice(5), 'israel'],
    ['the kremlin', 'moscow'],
    ['tell me about tehran', 'tehran'],
    ['what does turkey want', 'turkey'],
    ['the usa', 'united-states'],
    ['america', 'united-states'],
    ['caspian sea', 'caspian-sea'],
    ['isreal', 'israel'],
    ['Moskau', 'moscow'],
    ['rusya', 'russia'],
    ['estados unidos', 'united-states'],
    ['Hazar', 'caspian-sea'],
  ])('tells a place from a person: %j', (query, id) => {
    expect(people.who(query)).toMatchObject({ match: null, suggestions: [], absent: null, place: { id } });
  });

  it.each(['here', '@here', 'there', 'where', 'said', 'views', 'who is here'])(
    'finds no one for %j: short words are not read as misspellings of a role’s words',
    (query) => {
      expect(people.who(query)).toMatchObject({ match: null, suggestions: [] });
    },
  );

  it('names no place the article does not name', () => {
    expect(people.who('damascus')).toMatchObject({ match: null, place: null });
  });

  it('sends "Iran\'s supreme leader" to the absent Khamenei entry, and tells the two Abadis apart', () => {
    expect(people.who("iran's supreme leader").absent?.name).toBe('Ali Khamenei');
    expect(people.who('former iranian ambassador').match?.id).toBe('soleimani');
    expect(people.who('haider al-abadi')).toMatchObject({ match: null, absent: { name: 'Haider al-Abadi' } });
    expect(people.who('Abadi')).toMatchObject({
      match: { id: 'abadi' },
      notToConfuseWith: { name: 'Haider al-Abadi' },
    });
  });

  it('finds the one person a title alone names, and the one the article describes word for word', () => {
    expect(people.who('the ayatollah').match?.id).toBe('khomeini');
    // "Iranian officials", a group's name, is one slip from it; Abadi is described so exactly.
    expect(people.who('the iranian official').match?.id).toBe('abadi');
  });

  it('finds someone the article does not name in a question that names no one it does', () => {
    expect(people.absentNamedIn("what's khamenei's view")?.name).toBe('Ali Khamenei');
    expect(people.absentNamedIn('what did zarif say about the russians')?.name).toBe('Mohammad Javad Zarif');
    // A person the article names, misspelt too, is asked about as well; a post is not a name.
    expect(people.absentNamedIn('who founded the islamic republic, khomeni or khamenei?')).toBeUndefined();
    expect(people.absentNamedIn('what did the old supreme leader say about moscow')).toBeUndefined();
    expect(people.absentNamedIn('is qassem soleimani in the article')?.name).toBe('Qasem Soleimani');
  });

  it('offers, rather than picks, when two are equally close', () => {
    expect(people.who('putin trump').match).toBeNull();
    expect(people.who('president').suggestions).toEqual([]);
  });

  it('tells a reader looking for Khamenei that he is not in the article, and that Khomeini is', () => {
    const answer = people.who('Khamenei');
    expect(answer.match).toBeNull();
    expect(answer.absent?.name).toContain('Khamenei');
    expect(answer.suggestions.map((a) => a.id)).toEqual(['khomeini']);
  });

  it.each([
    'Obama',
    'Medvedev',
    'zzzz',
    '',
    'Vladimir Zelensky',
    'Benjamin Franklin',
    'Kamala Harris',
    'Mohammed bin Salman',
    'officials',
  ])('matches nobody for %j and suggests no one (a shared first name is not "close")', (query) => {
    const answer = people.who(query);
    expect(answer.match).toBeNull();
    expect(answer.suggestions).toEqual([]);
  });

  it('says which world figures the article never names, and that the late supreme leader is Khomeini', () => {
    for (const [query, name] of [
      ['mbs', 'Mohammed bin Salman'],
      ['Macron', 'Emmanuel Macron'],
      ['biden', 'Joe Biden'],
    ]) {
      expect(people.who(query!), query).toMatchObject({ match: null, absent: { name } });
    }
    expect(people.who('the late supreme leader').match?.id).toBe('khomeini');
  });

  it('tells the two Soleimanis apart', () => {
    expect(people.who('Qasem Soleimani')).toMatchObject({ match: null, absent: { name: 'Qasem Soleimani' } });
    expect(people.who('Qasem Soleimani').suggestions.map((a) => a.id)).toEqual(['soleimani']);
    expect(people.who('Soleimani').match?.id).toBe('soleimani');
  });

  it('autocompletes at most 25 choices, best first', () => {
    expect(people.complete('put')[0]).toEqual({ name: 'Putin', value: 'putin' });
    expect(people.complete('dehg')[0]?.value).toBe('abadi');
    expect(people.complete('').length).toBeLessThanOrEqual(25);
    expect(people.complete('x'.repeat(5000)).length).toBeLessThanOrEqual(25);
    // fuse.js extended-search syntax is not enabled: operators are plain characters, never errors.
    for (const typed of ["'Putin", '!Putin', '^Put', 'tin$', '=Putin', 'Put | Trump']) {
      expect(() => people.complete(typed)).not.toThrow();
    }
    expect(people.complete("'Putin")[0]?.value).toBe('putin');
  });
});

describe('namesakeAsked', () => {
  it('finds the article’s person when a question asks whether they are the namesake it does not name', () => {
    expect(
      people.namesakeAsked('The Soleimani quoted here - is that the Quds Force general or somebody else?')?.id,
    ).toBe('soleimani');
    expect(people.namesakeAsked('wait is soleimani the general guy who got killed??')?.id).toBe('soleimani');
    expect(people.namesakeAsked('wait is this soleimani the quds force general the us killed??')?.id).toBe('soleimani');
  });

  it('leaves the namesake named outright, and "general" as an adjective, alone', () => {
    expect(people.namesakeAsked('Qasem Soleymani general of Quds force, what he say in article?')).toBeUndefined();
    expect(people.namesakeAsked('what did soleimani say about the general situation')).toBeUndefined();
    // A small word of the namesake's titles ("Supreme Leader of Iran") marks no one.
    expect(people.namesakeAsked("how much of a squeeze is the ayatollahs' government under")).toBeUndefined();
  });
});
