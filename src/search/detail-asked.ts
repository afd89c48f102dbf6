import type { Corpus } from '../article/load.ts';
import type { Paragraph, ParagraphRef, PlaceKind } from '../article/schema.ts';
import { paragraphRef } from '../article/numbering.ts';
import { termOfWord, termSet, termsOf } from '../text/terms.ts';
import { foldText, tokenize } from '../text/fold.ts';
import { allowedEdits, editDistance } from '../text/edit-distance.ts';

/** 'school': where someone studied, which the article never names (its bio gives the field only). */
type EntityClass = 'place' | 'country' | 'city' | 'person' | 'body' | 'school';

/** The photographs, as readers name them: asked of the credit, where they come from is who it credits. */
const PHOTOS = /\b(?:photos?|photographs?|pictures?|pics?|images?|imgs?)\b/i;
/** Their source, which the credit gives; not the place one shows or was taken in ("which city is the pic from"). */
const PHOTO_SOURCE = /\b(?:from|source|sources|credit|credited|who|agency|photographer|took)\b/i;
const PHOTO_PLACE =
  /\b(?:city|town|country|place|location|where (?:was|were|is|are) (?:it|they|the|this|that)\b.*\btaken)\b/i;

/** The nouns a "which …" question names a class of things with, and the class they stand for. */
const CLASS_OF_NOUN: ReadonlyMap<string, EntityClass> = new Map(
  Object.entries({
    country: 'country',
    countries: 'country',
    // "Which nationality is the author": a country, named by its adjective ("Saudi columnist").
    nationality: 'country',
    nationalities: 'country',
    countrys: 'country',
    nation: 'country',
    // "In which land" is how speakers of German, Dutch or Swedish ask for a country.
    land: 'country',
    lands: 'country',
    // "Over which water are the rockets flying" asks the sea they cross.
    water: 'place',
    waters: 'place',
    nations: 'country',
    // "Which former Soviet republic": Azerbaijan.
    republic: 'country',
    republics: 'country',
    // "Which four governments … in cahoots": countries, by their governments.
    government: 'country',
    governments: 'country',
    state: 'country',
    states: 'country',
    power: 'country',
    powers: 'country',
    side: 'country',
    sides: 'country',
    player: 'country',
    players: 'country',
    city: 'city',
    cities: 'city',
    capital: 'city',
    capitals: 'city',
    place: 'place',
    places: 'place',
    region: 'place',
    area: 'place',
    part: 'place',
    border: 'place',
    borders: 'place',
    seas: 'place',
    routes: 'place',
    parts: 'place',
    areas: 'place',
    frontier: 'place',
    boundary: 'place',
    sea: 'place',
    ocean: 'place',
    route: 'place',
    person: 'person',
    people: 'person',
    official: 'person',
    officials: 'person',
    leader: 'person',
    leaders: 'person',
    politician: 'person',
    politicians: 'person',
    minister: 'person',
    ministers: 'person',
    president: 'person',
    presidents: 'person',
    diplomats: 'person',
    ambassadors: 'person',
    guys: 'person',
    men: 'person',
    analyst: 'person',
    analysts: 'person',
    diplomat: 'person',
    ambassador: 'person',
    envoy: 'person',
    envoys: 'person',
    emissary: 'person',
    guy: 'person',
    man: 'person',
    heads: 'person',
    father: 'person',
    // "Which israeli pm", "which iranian figure", "which photographer": a person, by post or part.
    pm: 'person',
    premier: 'person',
    chairman: 'person',
    chief: 'person',
    figure: 'person',
    figures: 'person',
    individual: 'person',
    individuals: 'person',
    photographer: 'person',
    photographers: 'person',
    committee: 'body',
    committees: 'body',
    institutes: 'body',
    bodies: 'body',
    groups: 'body',
    institute: 'body',
    institution: 'body',
    body: 'body',
    organisation: 'body',
    organization: 'body',
    group: 'body',
    outlet: 'body',
    site: 'body',
    website: 'body',
    paper: 'body',
    newspaper: 'body',
    publication: 'body',
    agency: 'body',
    agencies: 'body',
    university: 'school',
    universities: 'school',
    college: 'school',
    school: 'school',
    uni: 'school',
    // "En qué universidad", "which universite": how speakers of Romance languages write it.
    universidad: 'school',
    universite: 'school',
    universita: 'school',
  }),
);

/**
 * "commitee", "goverment": a class noun typed one slip off, where the noun is long enough to tell;
 * two slips ("comitee") only for a word that is no English word of its own (`isEnglish`), since
 * "ministry" is two from "minister" and "counter" two from "country".
 */
function misspeltClass(typed: string, isEnglish: (word: string) => boolean): EntityClass | undefined {
  // "kommitté": a speaker of another language may spell it the way theirs does, accents and all.
  const word = foldText(typed);
  if (word.length < 6) return undefined;
  const slips = isEnglish(word) ? 1 : 2;
  for (const [noun, cls] of CLASS_OF_NOUN) {
    const edits = Math.min(slips, allowedEdits(noun.length));
    if (noun.length >= 6 && Math.abs(noun.length - word.length) <= edits && editDistance(noun, word) <= edits)
      return cls;
  }
  return undefined;
}

const PLACE_KINDS_OF: Record<'place' | 'country' | 'city', readonly PlaceKind[]> = {
  place: ['country', 'capital', 'city', 'region', 'sea', 'nations'],
  country: ['country', 'nations'],
  city: ['capital', 'city'],
};

/** "which country", "what kind of group", "name the official", and "where". */
const ASKS_CLASS =
  /\b(?:which|what kinds? of|what types? of|name the|names of(?: the| that| this)?|(?<!\bin )the (?:actual |real |official |exact |proper )?name of(?: the| that| this)?)((?:\s+[\p{L}\p{N}'’]+){1,4})/u;
/** "Where" asks a place, not where in the text something is said ("where does it say who wrote this"). */
const ASKS_WHERE =
  /\bwhere\b(?!\s+(?:does|did|do)\s+(?:it|the article|the piece|the author|the writer|he)\s+(?:say|says|mention|talk))/i;
const CATEGORY_WORDS = '(?:topics|issues|fields|matters|subjects|sectors|domains|arenas|spheres|areas)';
const CATEGORY = new RegExp(
  String.raw`\b(?:which|what(?: (?:kinds?|sorts?|types?) of)?) (?:\w+ )?(${CATEGORY_WORDS})\b`,
);
const LIST_OF_THREE = /\b\w+, (?:\w+, )*\w+,? (?:and|or) \w+/;
const EVENT = /\bwhich (?:[\w-]+ ){0,2}(?:episode|event|incident|period|moment|decision|precedent|grudge|example)\b/;
const NATIONALITY_SPEAKING =
  /\bwhich (?:iranian|russian|israeli|american|syrian|saudi|turkish|european) (?:said|says|claimed|claims|argued|argues|warned|warns|accused|accuses|blamed|blames|thinks|thought)\b/;
const AUTHORS_NAME =
  /\b(?:author|writer|columnist|autor)(?:['’]?s)?\s+(?:full\s+)?name\b|\bname\s+of\s+(?:the\s+)?(?:(?:article|piece|op ?-?ed|column)(?:['’]?s)?\s+)?(?:author|writer|columnist|autor)\b/i;
const NAME_ASKED_LAST = /\b(\p{L}+)\s+(?:named?|called)\W*$/u;
/** "What is the committee abadi is on called": the class noun after "what is the", the name asked at the end. */
const WHAT_THE_NOUN_CALLED =
  /\bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the|that|this|his|her|their|its)\s+(\p{L}+)\b.*\b(?:named?|called)\W*$/u;
/** "Who are the iranian analysts, by name", "name names": people, by their names. */
const NAMES_OF_PEOPLE = /^\W*(?:\w+\W+){0,3}?who\b.*\b(?:by name|names?)\b|\bname names\b/i;
const LAND = /^lands?$/;
const LAND_COMPOUND =
  /^(?:routes?|borders?|forces?|army|armies|troops|corridors?|bridges?|paths?|invasion|attacks?|war)$/;
const AGREEMENT_NOUN = '(?:deal|deals|pact|pacts|agreement|agreements|accord|accords|treaty|treaties)';
const ASKS_AGREEMENT = new RegExp(String.raw`\b(?:which|what) (?:\w+ )?${AGREEMENT_NOUN}\b`);
/**
 * "The nuclear pact": a deal the reader can tell from any other by the word before it, as "the
 * Paris agreement" or "the grain deal" would be.
 */
const AGREEMENT_NAMED = new RegExp(String.raw`\bthe (\p{L}+) ${AGREEMENT_NOUN}\b`, 'iu');
const ASKS_KIND = /\b(?:what|which|wat) (?:kinds?|types?|sorts?) of (\p{L}{3,})/u;
const SINGLE_PARTY =
  /\bwhich (?:(?:one )?of (?:the |these |those )?(?:two |both )?(?:countries|nations|powers|sides|allies|partners)|country|nation|state|power|side|government)\b(?! \w+ing)/;
/** "Which of the two will lose the most", "which of them has the upper hand": one of the two parties. */
const WHICH_OF_THEM = /\bwhich (?:one )?of (?:the two|them|these two|those two|both)\b/;
/** "Who chairs the committee", "who's the actual chairman": the holder of a post, asked by name. */
const WHO_HOLDS_POST =
  /^\W*(?:(?:so|ok|and|wait)\s+)?(?:who(?:\s+is|\s+was|['’]?s)?\s+(?:the\s+)?(?:actual\s+|real\s+|main\s+|top\s+)?(?:chairman|chairwoman|chair|head|leader|director|president|boss)\b|who\s+(?:chairs|heads|leads|runs)\b)/i;
/**
 * "Who founded the Daily Caller", "who's the editor of the daily caller": asking who did something
 * or holds a post, where the one who does may not be anyone the question itself names. Not "who is
 * Abadi", whose answer is what the passage says of him.
 */
const WHO_DID =
  /^\W*(?:(?:so|ok|okay|and|but|wait|also)\s+)?(?:who(?!\s+(?:is|was|are|were|s)\b)(?!['’]s\b)\s+\w+|who(?:\s+is|\s+was|['’]?s)\s+(?:the\s+)?(?:\w+\s+){0,2}?(editor|founder|owner|ceo|director|funder|editor in chief)s?\b)/i;
const POST_WORDS = /\b(?:chairman|chairwoman|chair|head|leader|director|president|boss)\b/i;
/** Asking for the deputy or former holder, whom a passage naming "first deputy chairman" does name. */
const ASKS_FOR_DEPUTY = /\b(?:deputy|vice|former)[\s-]+(?:\w+\s+)?(?:chairman|chair|head|leader|director|president)\b/i;
/** A post held as second or past: "first deputy chairman" does not say who the chairman is. */
const UNDER_POST = /\b(?:deputy|vice|former|ex|acting|assistant)[\s-]+(?:\w+\s+)?$/i;

/** Whether someone named or identified a thing at all, which a passage leaving it unnamed answers. */
const ASKS_IF_NAMED =
  /^\W*(?:(?:so|ok|and|but|wait)\s+)?(?:does|did|do)\b.*\b(?:name|names|identify|identifies|specify|specifies|say which|list)\b/i;
export const LEFT_UNNAMED = /\b(?:unspecified|unnamed|unidentified|undisclosed)\b/i;

/** Words with an adjective's ending that say how many, how real or whose, not what kind ("official position"). */
const NO_KIND: ReadonlySet<string> = new Set(
  'official various several general primary potential actual usual possible total additional original principal national international eventual'.split(
    ' ',
  ),
);

/** The plural a question picks from: "which (recent) developments", "what developments", "among the developments". */
const PICKED_FROM = /\b(?:(?:which|what)\s+(?:\w+\s+)?|(?:among|of|from)\s+(?:the|these|those)\s+)(\p{L}{4,})s\b/gu;

/**
 * The titles some names carry ("Prime Minister Netanyahu", "President Putin"): asking "which prime
 * minister" names the post, not the man, and the passage naming him still answers.
 */
const TITLE_TERMS = termSet([
  'president prime minister pm premier mr dr imam ayatollah supreme leader general foreign chairman first deputy former ambassador king prince sheikh secretary',
]);

/** "What channels", "which exact targets": the thing a question asks to have named. */
const ASKS_WHAT_NOUN =
  /\b(?:(?:what|which)\s+(?:exact\s+|specific\s+|particular\s+|other\s+)?['‘"]?|who\s+(?:are|r|were|is|was)\s+(?:the|these|those)\s+(?:\w+\s+)??)(\p{L}{4,})\b/u;
/** Words after "what" that are not a thing asked for: "what does", "what kind". */
const NOT_A_THING: ReadonlySet<string> = new Set(
  'does did were will would could should have kind kinds sort sorts type types about happened happens exactly else actually really even still they this that them these those it'.split(
    ' ',
  ),
);
/**
 * Whether the passage says what the thing is where it names it: the noun (as the question has it,
 * or singular) followed by whom or what it was between, on or against, or by its name quoted. "Its
 * covenants with Iran" says with whom, not which.
 */
function specifiedIn(noun: string, text: string): boolean {
  const stem = noun.replace(/(?:es|s)$/, '');
  return new RegExp(
    String.raw`\b${stem}(?:s|es)?\s+(?:(?:between|on|against|called|named)\s+(?:the\s+|its\s+|their\s+)?(?:\p{Lu}|[\p{Ll}]+\s+\p{Lu})|(?:of\s+)?['‘“"])`,
    'u',
  ).test(text);
}

/**
 * "Which slogan", "what motto": words for a phrase, which a passage names by quoting it ("the
 * principle of ‘Neither East nor West’"), whatever it calls it.
 */
const PHRASE_NOUNS =
  /\b(?:which|what)\s+(?:\w+\s+)?(?:slogans?|mottos?|sayings?|catchphrases?|catch-phrases?|phrases?|expressions?|principles?|doctrines?)\b/i;
const QUOTED_PHRASE = /[‘“"']\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+)+[’”"']/u;

const KIND_OF_PIECE =
  /\b(?:kind|type|sort|genre) of (?:piece|text|article|writing|thing|story|column)\b|\bnews or (?:an? )?(?:opinion|comment|commentary|op-?ed)|\b(?:opinion|comment|commentary|op-?ed) or (?:a )?news\b/i;
/** A name asked for ("abadi's full name?", read as "abadi's name?"). */
const FULL_NAME = /\bname\b/i;

/** What a list of happenings may be called, in the question or the passage. */
const EVENT_NOUNS = /^(?:event|development|incident|happening|move|step|action|episode|occurrence)$/;

/** Words that mention things without naming them: "various channels", "unspecified parties". */
const VAGUE: ReadonlySet<string> = new Set(
  'various several some certain unspecified unnamed unidentified many multiple numerous assorted same new other whole big'.split(
    ' ',
  ),
);

/** Named in more than this share of the body's paragraphs: a subject of the article, not a detail. */
const SUBJECT_SHARE = 1 / 3;

/**
 * Only what names a thing counts as the question naming it: "the publisher" describes the Daily
 * Caller, and "which site published this" still asks for its name.
 */
function properNames(names: readonly string[]): string[] {
  return names.filter((name) => !/^the \p{Ll}/u.test(name));
}

/** Each proper name as its typed words. */
function typedWords(names: readonly string[]): string[][] {
  return properNames(names).map((name) => tokenize(name).map((t) => t.word));
}

interface Entity {
  id: string;
  cls: EntityClass;
  /**
   * The index terms of each of its names, to leave out what the question itself names: all of one
   * name's terms. "Which photo agency … images" does not name Getty Images; "where in Syria" does
   * not name southern Syria; "met Putin" names Vladimir Putin.
   */
  names: Array<Set<string>>;
  /**
   * Its proper names as typed words, to tell whether a passage writes one out: "the author" is the
   * author's index term, but names no one.
   */
  words: string[][];
  /** A place the article names only by its adjective ("Saudi columnist"): where someone is from, no more. */
  adjectival?: boolean;
  /** A place within a country (a region, city or sea): what "where in Syria" asks for. */
  local?: boolean;
  /** A person's country, for "which russian officials": an Iranian named does not answer it. */
  country?: string;
}

/** "Which russian officials", "which iranian analyst": the country the person asked for is from. */
const NATIONALITY_OF: ReadonlyMap<string, string> = new Map([
  ['russian', 'Russia'],
  ['iranian', 'Iran'],
  ['israeli', 'Israel'],
  ['american', 'United States'],
  ['us', 'United States'],
  ['syrian', 'Syria'],
  ['turkish', 'Turkey'],
  ['saudi', 'Saudi Arabia'],
]);
const NATIONAL_PERSON =
  /\b(?:which|what|name the|names of(?: the)?)\s+(russian|iranian|israeli|american|us|syrian|turkish|saudi)\s+(?:\w+\s+)?(?:officials?|analysts?|diplomats?|politicians?|lawmakers?|leaders?|ministers?|people|persons?|guys?)\b/i;

/** "Where in Syria did the strikes hit": a place within it, not another country. */
const WHERE_IN = /\bwhere (?:in|inside|within)\b/i;
/** Where an attack landed or an event took place: asked of a physical place, not "where does Turkey fit in". */
const PHYSICAL_ACT =
  /\b(?:hit|hits|strike|struck|strikes|attack|attacks|attacked|bomb|bombs|bombed|bombing|bombings|happen|happened|take place|took place|land|landed|located|based|stationed|deployed)\b/i;
/** How many words from what a where-question asks about its place may be named. */
const PLACE_REACH = 16;
/** What names a place as where something is or goes: a preposition, or a verb of going there. */
const LOCATIVE: ReadonlySet<string> = new Set(
  'in inside into at near across over through to from within on toward towards crossing cross crossed crosses occupy occupied entering entered reach reached'.split(
    ' ',
  ),
);
const WHERE_IN_PLACE = /\bwhere (?:in|inside|within) (?:the )?(\p{L}+)/iu;
const LOCAL_KINDS: ReadonlySet<string> = new Set(['region', 'city', 'capital', 'sea']);
/** "Where is the writer from" is answered by "Saudi columnist"; "where did he get his PhD" is not. */
const ASKS_ORIGIN = /\bwhere(?:['’]s|s|\s+(?:is|s|was|are|were))\b.*\bfrom\b|\bfrom where\b|\bcomes? from\b/i;
const WHAT_SCHOOL = /\bwhat (?:university|universities|college|school|uni)\b/i;
/** "Where did he get his PhD", "PhD from where?": where someone studied, which no place answers. */
const ASKS_WHERE_STUDIED =
  /\b(?:ph\.?\s?d\.?|doctorate|doctoral|doctorado|degree|diploma|masters|bachelors?|studied|study|graduated?|alma mater)\b/i;
/** "Where does he work", "where was this published": answered by a body (the institute, the outlet), not a place. */
const ASKS_WHERE_BODY =
  /\b(?:work|works|worked|working|employed|job|published|appeared|posted|printed|run)\b|\b(?:photos?|pics?|pictures?|images?)\b.*\bfrom\b/i;

/**
 * "Which deal? nuclear deal?", "which founding father …, khomeni?", "where was this published,
 * daily caller??": the question before its guess.
 */
const GUESS_AFTER =
  /^(.*\b(?:which|what|where|who)\b[^?,]*[?,]+)\s*(?:(?:like|maybe|so|is it|was it|the)\s+)?[\p{L}\s'’-]{3,40}\??\s*(?:right|na|no|or not)?\W*$/iu;

function withoutGuess(question: string): string {
  return GUESS_AFTER.exec(question)?.[1] ?? question;
}

function adjectival(place: { name: string; namedAs: string[]; aliases: string[] }): boolean {
  const bare = (name: string): string => name.toLowerCase().replace(/^the\s+/, '');
  const nouns = new Set([place.name, ...place.aliases].map(bare));
  return place.namedAs.every((form) => !nouns.has(bare(form)));
}

/**
 * Whether a passage names the detail a question asks to pin down: "which country was Soleimani
 * ambassador to" is answered by a passage naming a country the question does not; "which targets"
 * is not answered by a passage that only says "targets", so classes the data cannot tell apart
 * never count as named.
 */
export class DetailCheck {
  readonly #corpus: Corpus;
  readonly #entities = new Map<string, Entity[]>();
  /** The countries' own index terms, to tell a capital read as its country ("Moscow is prioritizing…"). */
  readonly #countryTerms: ReadonlySet<string>;
  /** Every term of every place's names, which say where, not what happened there. */
  readonly #placeTerms: ReadonlySet<string>;
  readonly #words = new Map<string, ReadonlyArray<{ word: string; term: string }>>();
  readonly #said = new Map<string, ReadonlySet<string>>();
  /**
   * What most of the body names (Iran, Russia, Syria) is the article's subject, not a detail: a
   * passage naming Iran does not say "which European countries" Dahqani blamed.
   */
  readonly #subjects: ReadonlySet<string>;

  constructor(corpus: Corpus) {
    this.#corpus = corpus;
    this.#countryTerms = termSet(corpus.people.places.filter((p) => p.kind === 'country').map((p) => p.name));
    this.#placeTerms = termSet(corpus.people.places.flatMap((p) => [p.name, ...p.namedAs, ...p.aliases]));
    const body = corpus.article.paragraphs.filter((p) => p.kind === 'body');
    const counts = new Map<string, number>();
    for (const paragraph of body) {
      for (const id of new Set(this.#entitiesOf(paragraph).map((e) => e.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    this.#subjects = new Set([...counts].filter(([, n]) => n > body.length * SUBJECT_SHARE).map(([id]) => id));
  }

  named(question: string, paragraph: Paragraph): boolean {
    // "What is the piece called", "whats the headline": the title names itself.
    if (paragraph.kind === 'title' && /\b(?:called|title|headline|name)\b/i.test(question)) return true;
    // "Where did the photographs come from": the credit names the agency they came from.
    if (
      paragraph.kind === 'credit' &&
      PHOTOS.test(question) &&
      PHOTO_SOURCE.test(question) &&
      !PHOTO_PLACE.test(question)
    )
      return true;
    // "Author's name?": the byline and the bio name him.
    if ((paragraph.kind === 'byline' || paragraph.kind === 'bio') && AUTHORS_NAME.test(question)) return true;
    // "Did Dahqani name the European parties": "unspecified European parties" answers it, with a no.
    if (ASKS_IF_NAMED.test(question) && LEFT_UNNAMED.test(paragraph.text)) return true;
    if (this.#kindsListed(question, paragraph.text) || this.#examplesListed(question, paragraph.text)) return true;
    // "What kind of piece is this, news or opinion": the disclaimer calls it a commentary.
    if (paragraph.kind === 'disclaimer' && KIND_OF_PIECE.test(question)) return true;
    // "Abadi full name": the passage giving more of the name than the question does.
    if (FULL_NAME.test(question) && this.#fullNameGiven(question, paragraph)) return true;
    const where = ASKS_WHERE.test(question);
    const lower = question.toLowerCase();
    const whichOfThem = WHICH_OF_THEM.test(lower);
    const cls = where
      ? ASKS_WHERE_STUDIED.test(question)
        ? 'school'
        : 'place'
      : whichOfThem
        ? 'country'
        : this.#askedClass(question);
    if (!cls) return false;
    // "Which country has the upper hand" asks for one of the main parties; "which european
    // countries did Dahqani blame" is not answered by a passage naming Iran.
    const oneOfTheParties = whichOfThem || SINGLE_PARTY.test(lower);
    const origin = !where || ASKS_ORIGIN.test(question);
    // What the question names itself is not the detail: all the words of one of its names. The class
    // word alone ("which committee") names no committee.
    // A guess said after the question ("which deal? nuclear deal?", "which founding father warned
    // about the russians, khomeni?") asks to have it confirmed: the passage naming it answers.
    const asked = new Set(termsOf(withoutGuess(question)).map((t) => t.term));
    const nationality = NATIONAL_PERSON.exec(question)?.[1]?.toLowerCase();
    const from = nationality === undefined ? undefined : NATIONALITY_OF.get(nationality);
    const whereBody = where && ASKS_WHERE_BODY.test(question);
    // "Where in Syria" is answered by a place the article names as within Syria ("southern Syria"),
    // not by another it names near it (the Caspian Sea the missiles cross).
    const whereIn = WHERE_IN.test(question);
    const inPlace = WHERE_IN_PLACE.exec(question)?.[1];
    const within = inPlace === undefined ? undefined : termOfWord(inPlace.toLowerCase());
    // "Where exactly did israel hit the syrian army": a place named far from what the question asks
    // about ("ambassador to Azerbaijan", forty words on) is not where it happened.
    const near = where && PHYSICAL_ACT.test(question) ? this.#nearAsked(paragraph, asked) : () => true;
    return this.#entitiesOf(paragraph).some(
      (e) =>
        (e.cls === cls || (whereBody && e.cls === 'body')) &&
        near(e) &&
        (from === undefined || e.cls !== 'person' || e.country === from) &&
        (origin || !e.adjectival) &&
        (!whereIn || (e.local === true && (within === undefined || e.names.some((name) => name.has(within))))) &&
        (oneOfTheParties || !this.#subjects.has(e.id)) &&
        // "Where in Syria": "southern Syria" names more than the question does, and answers it.
        !e.names.some((name) => name.size > 0 && [...name].every((t) => asked.has(t))),
    );
  }

  /**
   * "What channels are they using to coordinate" is not answered by "various channels of
   * communication": the thing asked for is there only under a word that leaves it unnamed.
   */
  onlyVague(question: string, paragraph: Paragraph): boolean {
    // "Did Dahqani name the European countries" is answered by "unspecified": he did not.
    if (ASKS_IF_NAMED.test(question)) return false;
    const q = question.toLowerCase();
    const asked = ASKS_WHAT_NOUN.exec(q)?.[1];
    if (asked === undefined || NOT_A_THING.has(asked)) return false;
    const term = termOfWord(asked);
    const words = this.#wordsOf(paragraph);
    const at = words.flatMap((w, i) => (w.term === term ? [i] : []));
    return at.length > 0 && at.every((i) => words.slice(Math.max(0, i - 2), i).some((w) => VAGUE.has(w.word)));
  }

  /**
   * Whether an entity is named as a place ("in southern Syria", "to Azerbaijan", "across the Caspian
   * Sea") within PLACE_REACH words of a word the question asks about that names no place. With no
   * such word in the passage, any place named so will do. "The US' withdrawal" is no location.
   */
  #nearAsked(paragraph: Paragraph, asked: ReadonlySet<string>): (e: Entity) => boolean {
    const words = this.#wordsOf(paragraph);
    const cues = words.flatMap((w, i) => (asked.has(w.term) && !this.#placeTerms.has(w.term) ? [i] : []));
    return (e) => {
      const own = new Set(e.names.flatMap((name) => [...name]));
      const at = words.flatMap((w, i) =>
        own.has(w.term) && words.slice(Math.max(0, i - 3), i).some((b) => LOCATIVE.has(b.word)) ? [i] : [],
      );
      return at.length > 0 && (cues.length === 0 || at.some((i) => cues.some((j) => Math.abs(i - j) <= PLACE_REACH)));
    };
  }

  /** A paragraph's words as typed, for telling whether it writes a name out. */
  #saidWords(paragraph: Paragraph): ReadonlySet<string> {
    let said = this.#said.get(paragraph.id);
    if (!said) {
      said = new Set(this.#wordsOf(paragraph).map((w) => w.word));
      this.#said.set(paragraph.id, said);
    }
    return said;
  }

  /** A paragraph's words with their terms, worked out once: the check runs on every question it reads. */
  #wordsOf(paragraph: Paragraph): ReadonlyArray<{ word: string; term: string }> {
    let words = this.#words.get(paragraph.id);
    if (!words) {
      words = tokenize(paragraph.text).map((t) => ({ word: t.word, term: termOfWord(t.word) }));
      this.#words.set(paragraph.id, words);
    }
    return words;
  }

  /**
   * "Who founded the Daily Caller" is not answered by the disclaimer, which names no one but the
   * Daily Caller: a who-question needs someone named in the passage that the question does not name.
   * Only names the passage's text holds count ("the author" in the disclaimer names no one).
   */
  whoOnlyAsked(question: string, paragraph: Paragraph): boolean {
    // "Who comes out on top, russia or iran": the answer is one of the options the question names.
    const asks = WHO_DID.exec(question);
    if (!asks || /\bor\b/i.test(question)) return false;
    // An editor or founder is a person: the outlet the passage names is not its editor.
    const person = asks[1] !== undefined;
    const asked = new Set(termsOf(withoutGuess(question)).map((t) => t.term));
    const askedNames = (e: Entity): boolean =>
      e.names.some((name) => name.size > 0 && [...name].every((t) => asked.has(t)));
    const said = this.#saidWords(paragraph);
    const inText = (e: Entity): boolean => e.words.some((words) => words.length > 0 && words.every((w) => said.has(w)));
    return !this.#entitiesOf(paragraph).some((e) => (!person || e.cls === 'person') && inText(e) && !askedNames(e));
  }

  /** Whether the passage writes in full, in more words than the question, the name of someone it asks about. */
  #fullNameGiven(question: string, paragraph: Paragraph): boolean {
    const typed = new Set(tokenize(question).map((t) => t.word));
    const said = this.#saidWords(paragraph);
    return this.#entitiesOf(paragraph).some((e) => {
      if (e.cls !== 'person') return false;
      const names = e.words;
      const asked = names.some((words) => words.some((w) => typed.has(w)));
      return (
        asked &&
        names.some(
          (words) =>
            words.length > 1 && words.every((w) => said.has(w) && w.length > 1) && words.some((w) => !typed.has(w)),
        )
      );
    });
  }

  /**
   * "Who is the actual chairman of that committee" is not answered by its "first deputy chairman":
   * a passage naming the post only as someone's deputy or former post does not name its holder.
   */
  postHeldOnlyUnder(question: string, paragraph: Paragraph): boolean {
    // "Who is the first deputy chairman" asks for the deputy, whom the passage does name.
    if (!WHO_HOLDS_POST.test(question) || ASKS_FOR_DEPUTY.test(question)) return false;
    const posts = [...paragraph.text.matchAll(new RegExp(POST_WORDS.source, 'gi'))];
    return (
      posts.length > 0 && posts.every((m) => UNDER_POST.test(paragraph.text.slice(Math.max(0, m.index - 30), m.index)))
    );
  }

  /**
   * "What kind of issues do they clash on" is answered by a passage listing kinds of issues
   * ("political, economic, security and military issues"); "what kind of missiles" is not by
   * "Russian missiles".
   */
  #kindsListed(question: string, text: string): boolean {
    const noun = ASKS_KIND.exec(question.toLowerCase())?.[1];
    if (!noun) return false;
    // "Relations ranged from hostility to cooperation…": a range of kinds, named at both ends.
    if (/\brang(?:e|es|ed|ing) from \w+ to \w+/i.test(text)) return true;
    const singular = noun.replace(/e?s$/, '');
    // Two will do: "the harshest political and economic pressures".
    if (new RegExp(String.raw`\b\w+,?\s+(?:\w+,\s+)*(?:and|or)\s+\w+\s+${singular}\w*`, 'i').test(text)) return true;
    // …or one word that can only describe it ("the pragmatic alliance", "a tactical alliance"): an
    // adjective by its ending, in lower case, so no nationality or name ("Russian missiles").
    return [
      ...text.matchAll(new RegExp(String.raw`\b([a-z]{3,}(?:ic|al|ive|ous|ful|ary|ible|able))\s+${singular}\w*`, 'g')),
    ].some((m) => !NO_KIND.has(m[1]!));
  }

  /**
   * "Which recent developments made it predictable" is answered by a passage that lists them
   * ("the recent developments, including the meetings between Putin and…").
   */
  #examplesListed(question: string, text: string): boolean {
    const q = question.toLowerCase();
    // "Which recent developments", "which move is listed among the developments": the plural the
    // question picks from, when the passage goes on to exemplify it.
    const plurals = [...q.matchAll(PICKED_FROM)].map((m) => m[1]!);
    if (
      plurals.some((noun) => new RegExp(String.raw`\b${noun}s?,?\s+(?:including|such as|namely)\b`, 'i').test(text)) ||
      // "Which events made it foreseeable": "recent developments, such as the meetings…", whatever they are called.
      (plurals.some((noun) => EVENT_NOUNS.test(noun)) && /\b\w+s,?\s+(?:including|such as|namely)\b/i.test(text))
    ) {
      return true;
    }
    // "In which field is his PhD": "the field of Iranian studies" names it.
    const asked = /\b(?:which|what) (\p{L}{4,})\b/u.exec(q)?.[1];
    if (
      asked !== undefined &&
      !CLASS_OF_NOUN.has(asked) &&
      new RegExp(String.raw`\b${asked}s? of (?:the )?\p{Lu}`, 'u').test(text)
    ) {
      return true;
    }
    if (PHRASE_NOUNS.test(q) && QUOTED_PHRASE.test(text)) return true;
    // "Which meetings", "which slogan": the passage names them where the noun is followed by what
    // they were ("the meetings between Putin and…", "the slogan ‘Neither East nor West’").
    const thing = ASKS_WHAT_NOUN.exec(q)?.[1];
    if (thing !== undefined && !CLASS_OF_NOUN.has(thing) && !NOT_A_THING.has(thing) && specifiedIn(thing, text)) {
      return true;
    }
    // "Which deal did Washington walk away from": "the US' withdrawal from the nuclear pact" says
    // which, by its kind, where it says who did what with it as the question does; not "which deal
    // did Putin offer Netanyahu", someone else's deal, nor "its covenants" or "various deals".
    if (ASKS_AGREEMENT.test(q)) {
      const named = AGREEMENT_NAMED.exec(text);
      const kind = named?.[1]?.toLowerCase();
      if (named && kind !== undefined && !VAGUE.has(kind) && !withoutGuess(q).includes(kind)) {
        // The clause it stands in: "…Netanyahu, the US' withdrawal from the nuclear pact" is the US'.
        const before = text.slice(0, named.index);
        const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
        const around = new Set(termsOf(clause).map((t) => t.term));
        if (termsOf(q).some((t) => around.has(t.term))) return true;
      }
    }
    // "His Ph.D. in which subject": "the field of Iranian studies" names it.
    if (
      /\bwhich (?:subject|field|area|discipline|topic)\b/.test(q) &&
      /\b(?:field|subject|area|discipline) of \p{Lu}/u.test(text)
    ) {
      return true;
    }
    // "Where can I follow the author online", "what's his handle": the handle the bio gives.
    if (/\b(?:follow|handle|online|twitter|tweets?|socials?)\b/.test(q) && /@\w+/.test(text)) return true;
    // "On which topics do they disagree": a passage listing them ("political, economic, security and
    // military issues", "the popular and media arenas") names them, whatever word it files them under.
    const category = CATEGORY.exec(q)?.[1];
    // Any of those words will do: "in which spheres" is answered by "the popular and media arenas".
    if (
      category &&
      (LIST_OF_THREE.test(text) || new RegExp(String.raw`\b\w+ and \w+ ${CATEGORY_WORDS}`, 'i').test(text))
    ) {
      return true;
    }
    // "Which historical episode did Abadi invoke": an episode the passage dates.
    return EVENT.test(q) && /\b(?:1[5-9]\d\d|20\d\d)\b/.test(text);
  }

  #askedClass(question: string): EntityClass | undefined {
    // "Which think tank": an institute; a tank alone is a tank.
    if (/\bwhich think[\s-]?tanks?\b/i.test(question)) return 'body';
    // "From what university": "what" before a school asks which, as "which" does.
    if (WHAT_SCHOOL.test(question)) return 'school';
    // "Abadi's committee name?": the class noun before a closing "name".
    const lower = question.toLowerCase();
    for (const named of [NAME_ASKED_LAST.exec(lower)?.[1], WHAT_THE_NOUN_CALLED.exec(lower)?.[1]]) {
      const byName = named === undefined ? undefined : CLASS_OF_NOUN.get(named);
      if (byName) return byName;
    }
    const words = ASKS_CLASS.exec(lower)?.[1]?.trim().split(/\s+/) ?? [];
    for (const [i, word] of words.entries()) {
      // "Which land" is how German, Dutch or Swedish speakers ask a country; "which land route" asks a route.
      if (LAND.test(word) && LAND_COMPOUND.test(words[i + 1] ?? '')) continue;
      // "Which heads of state": people; "which heads the institute" is the verb.
      if (word === 'heads' && words[i + 1] !== 'of') continue;
      const cls = CLASS_OF_NOUN.get(word) ?? misspeltClass(word, (w) => this.#corpus.wordVectors.knows(w));
      if (cls) return cls;
    }
    // "Which iranian said…": a nationality before a speech word stands for a person; "who … by
    // name", "name names": people, asked for by their names.
    return NATIONALITY_SPEAKING.test(lower) || NAMES_OF_PEOPLE.test(question) ? 'person' : undefined;
  }

  /**
   * A capital the article reads as its country ("Moscow is prioritizing…"): every term of its name
   * a country's. "Southern Syria" and "northern Iran" are regions, places within a country.
   */
  #standsForACountry(place: { kind: PlaceKind; name: string }): boolean {
    if (place.kind !== 'capital' && place.kind !== 'city') return false;
    const terms = [...termSet([place.name])];
    return terms.length > 0 && terms.every((t) => this.#countryTerms.has(t));
  }

  #entitiesOf(paragraph: Paragraph): Entity[] {
    let entities = this.#entities.get(paragraph.id);
    if (entities) return entities;
    const { people, actorsById } = this.#corpus;
    const actors = [...paragraph.speakers.map((s) => s.actor), ...paragraph.mentions].flatMap((id) => {
      const actor = actorsById.get(id);
      return actor ? [actor] : [];
    });
    entities = [
      ...actors.map((a): Entity => ({
        id: a.id,
        cls: a.kind === 'person' ? 'person' : 'body',
        names: properNames([a.name, ...a.aliases]).map(
          (name) => new Set([...termSet([name])].filter((t) => !TITLE_TERMS.has(t))),
        ),
        words: typedWords([a.name, ...a.aliases]),
        country: a.country,
      })),
      // The places a paragraph names are in the data, checked against its words when it loads.
      ...people.places
        .filter((place) => (place.paragraphs as readonly ParagraphRef[]).includes(paragraphRef(paragraph)))
        .flatMap((place): Entity[] =>
          (Object.keys(PLACE_KINDS_OF) as Array<keyof typeof PLACE_KINDS_OF>)
            .filter((cls) => PLACE_KINDS_OF[cls].includes(place.kind))
            .map((cls) => ({
              id: place.id,
              cls,
              names: properNames([place.name, ...place.namedAs, ...place.aliases]).map((name) => termSet([name])),
              words: typedWords([place.name, ...place.namedAs]),
              adjectival: adjectival(place),
              // "Moscow is prioritizing its own interests" names Russia, not a place within it.
              local: LOCAL_KINDS.has(place.kind) && !this.#standsForACountry(place),
            })),
        ),
    ];
    this.#entities.set(paragraph.id, entities);
    return entities;
  }
}
