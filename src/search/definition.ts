import type { Actor, Place } from '../article/schema.ts';
import { termSet, termsOf } from '../text/terms.ts';

/** "what is X", "who are X", "what does X mean", "define X": the question asks what X is. */
const ASKS_WHAT_IT_IS =
  /^(?:so |and |but |ok )?(?:what is|what s|whats|what are|what was|who is|who s|whos|who are|who was|define|meaning of)\s+(.+?)\s*\??$|^(?:so |and |but |ok )?what (?:does|do) (.+?) mean\s*\??$/i;

/**
 * Asking someone's post; not "position", as often a view ("the outlet's official position"), nor
 * "title", as often the article's ("the title of al-sulami's article").
 */
const ASKS_POST = /\b(?:post|job|role|office|rank)\b/i;
/**
 * …but "what position does Abadi hold", "Kamal Dahqani Abadi, he is what position in Iran
 * government?": a post, of the person named as holding it (group 1: where that name stands).
 * "What position does Iran have" or "what is Iran's position in the Assad regime" is a stance.
 */
const POSITION_HELD = [
  /\bposition((?:\s+[\p{L}'’-]+){0,5})\s+(?:have|has|hold|holds|had|held|occupy|occupies)\b/iu,
  /^(.*)\bposition\s+(?:in|within)\s+(?:the\s+)?(?:[\p{L}'’]+\s+)?(?:government|regime|committee|parliament|cabinet)\b/iu,
];
/**
 * "Who is Kamal Dehkani Firuzabadi": a name and nothing more, not "who is moscow coordinating with"
 * nor "who is coordinating against iran".
 */
const ASKS_WHO_IS =
  /^\W*(?:(?:so|ok|and|wait)\s+)?(?:who is|who was|who['’ ]?s)(?!\s+\p{L}+ing\b)(?:\s+[\p{L}'’-]+){1,4}\W*$/iu;

/**
 * A role that only says how the article names someone ("named without a title", "unnamed analysts",
 * "Iranian newspapers (unnamed)").
 */
const ONLY_NAMED = /^(?:named|unnamed)\b|\(unnamed\)/i;

interface Entity {
  name: string;
  /** A person the article names, as against a group, body or place. */
  person: boolean;
  /** Terms of its names, then of everything it is looked up by (descriptions too). */
  names: Set<string>;
  terms: Set<string>;
  /** Whether the article says what or who it is, beyond naming it. */
  defined: boolean;
  /** The terms of what the article says it is (its role), to find the passage that says so. */
  role: Set<string>;
}

const ASKS_WHO = /^\W*(?:(?:so|and|but|ok)\s+)?(?:who|whos)\b/i;

/**
 * "What's the Caspian Sea got to do with it", "what is the caspian sea about in the article": what
 * part it plays in the piece, which the passage that names it answers, not what it is.
 */
const PART_IN_THE_PIECE =
  /\bto\s+do\s+with\b|\babout\s*$|\b(?:in|for)\s+(?:the|this)\s+(?:article|piece|op\s?-?ed|column|text|story)\b|\bhere\s*$/i;

/**
 * "Who is on the committee", "who's behind the institute", "what's the committee thing, whos on
 * it": who belongs to it or runs it, which a passage naming its member answers; not what it is.
 */
const ASKS_WHO_BELONGS =
  /^(?:on|in|at|inside|within|behind|part of|(?:a )?members? of|running|leading|heading|chairing|in charge of)\b|,\s*(?:and\s+)?(?:who|whos|who['’]s)\b/i;

/** Words for a person that say nothing of who: "the photo guy", "the committee man". */
const GENERIC_PERSON_TERMS = termSet(['guy guys man men person people dude fellow lady woman one folks']);

export type AskedSubject = Pick<Entity, 'name' | 'names' | 'defined' | 'role'> & {
  /** Asked by a description ("who's the photo credit"): its terms, which a passage may itself hold. */
  describedBy?: ReadonlySet<string>;
};

/**
 * Questions that ask what something is, where the article only names it: "what is the National
 * Security and Foreign Policy Committee" is not answered by "Abadi, the first deputy chairman of
 * the regime's National Security and Foreign Policy Committee". The data says which actors the
 * article describes (a role beyond how it names them); it describes no place.
 */
export class DefinitionCheck {
  readonly #entities: Entity[];
  readonly #placeTerms: ReadonlySet<string>;

  constructor(actors: readonly Actor[], places: readonly Place[]) {
    const placeEntities = places.map((p): Entity => {
      const names = termSet([p.name, ...p.namedAs, ...p.aliases]);
      return { name: p.name, person: false, names, terms: names, defined: false, role: new Set<string>() };
    });
    this.#entities = [
      ...actors.map((a) => ({
        name: a.name,
        person: a.kind === 'person',
        names: termSet([a.name, ...a.aliases]),
        terms: termSet([a.name, ...a.aliases, ...a.descriptions]),
        defined: !ONLY_NAMED.test(a.role),
        role: termSet([a.role]),
      })),
      ...placeEntities,
    ];
    this.#placeTerms = new Set(placeEntities.flatMap((e) => [...e.names]));
  }

  /**
   * "What post does Firoozabadi hold", "whats abadis job", "who is Kamal Dehkani Firuzabadi": asking
   * someone's post, or who they are, whom the search found under one name (`found`: the terms the
   * search read the question as, misspellings corrected) where the name as typed names no one.
   */
  postAsked(question: string, found: ReadonlySet<string>): AskedSubject | undefined {
    // "Who is Kamal Dahkani? what position he have?": each sentence may ask it.
    const sentences = question.split(/(?<=[?!.])\s+/);
    const asks = (re: RegExp): boolean => sentences.some((sentence) => re.test(sentence));
    const asksPost = asks(ASKS_POST) || asks(ASKS_WHO_IS);
    const holders = sentences.flatMap((sentence) =>
      POSITION_HELD.flatMap((re) => {
        const where = re.exec(sentence)?.[1];
        return where === undefined ? [] : [new Set(termsOf(where).map((t) => t.term))];
      }),
    );
    if (!asksPost && holders.length === 0) return undefined;
    // A place's name names nothing else: "Iranian" is in the institute's name too.
    const named = this.#entities.filter(
      (e) => e.defined && [...e.names].some((t) => found.has(t) && !this.#placeTerms.has(t)),
    );
    const one = named.length === 1 ? named[0]! : undefined;
    if (!one || asksPost) return one;
    return one.person && holders.some((terms) => [...one.names].some((t) => terms.has(t))) ? one : undefined;
  }

  /** What the question asks to have defined or identified, when it names one thing the article names. */
  subject(question: string): AskedSubject | undefined {
    const match = ASKS_WHAT_IT_IS.exec(question.trim());
    const subject = match?.[1] ?? match?.[2];
    if (!subject || PART_IN_THE_PIECE.test(subject) || ASKS_WHO_BELONGS.test(subject)) return undefined;
    const asked = termsOf(subject).map((t) => t.term);
    if (asked.length === 0) return undefined;
    // The whole subject must name one thing: "what is Russia's request" asks about more than Russia.
    // A name beats a description ("Putin" names Putin; Trump is described by "rapprochement with Putin").
    const byName = this.#entities.filter((e) => asked.every((t) => e.names.has(t)));
    // "The photo guy" is described by "photo": the passage naming the photographer need not say "guy".
    const describing = asked.filter((t) => !GENERIC_PERSON_TERMS.has(t));
    // "Who is the ambassador": the unnamed "veteran diplomats" are called so, but so is the one
    // person the article names and describes as one: him, as asked by description. Only of "who":
    // "what is the islamic republic" asks a thing, not its founder.
    if (byName.length === 1 && !byName[0]!.person && !byName[0]!.defined && ASKS_WHO.test(question)) {
      const people = this.#entities.filter((e) => e.person && e.defined && asked.every((t) => e.terms.has(t)));
      if (people.length === 1) return { ...people[0]!, describedBy: new Set(describing) };
    }
    if (byName.length > 0) return byName.length === 1 ? byName[0] : undefined;
    const described = this.#entities.filter((e) => asked.every((t) => e.terms.has(t)));
    return described.length === 1 ? { ...described[0]!, describedBy: new Set(describing) } : undefined;
  }
}
