import Fuse from 'fuse.js';
import { wholeWordIndex } from '../text/whole-word.ts';
import type { Corpus } from '../article/load.ts';
import type { AbsentPerson, Actor, ParagraphRef, Place } from '../article/schema.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { foldText } from '../text/fold.ts';
import { readInput, type Clipped } from '../text/read-input.ts';
import { allowedEdits, editDistance } from '../text/edit-distance.ts';
import { sentenceSpans } from '../text/sentences.ts';
import {
  compareFits,
  fitPerson,
  fitWhole,
  isOptionalWord,
  namePool,
  wordEdits,
  type NameFit,
} from './name-matching.ts';
import { DESCRIPTION_FIT, describedQuery, descriptionWords, fitDescription } from './role-matching.ts';
import { nameTokens, stripWrappers } from './who-query.ts';

/** Names are short; nobody needs more to find one, and the cut keeps hostile input cheap. */
export const MAX_NAME_CHARS = 100;
/**
 * What autocomplete matches on: every name in the article is shorter, and fuse.js's bitap search
 * costs a chunk per 32 characters of pattern, so a longer paste would only slow the keystroke.
 */
const MAX_AUTOCOMPLETE_CHARS = 32;
/** Discord shows at most 25 autocomplete choices. */
export const MAX_CHOICES = 25;
/** Words a group's or place's name may carry or lose: "the Daily Caller", "Caspian Sea". */
const NAME_FILLER = new Set(['the', 'of', 'and', 'for', 'a', 'an']);
/**
 * A fit this far off (edits per letter typed) is a guess: offered as "did you mean", not shown as
 * the answer. "putn" (1 in 4) is a match; a word needing an edit every third letter is not.
 */
const WEAK_EDITS_PER_LETTER = 0.3;
/** Several people fitting a description equally are offered, but not a crowd. */
const MAX_DESCRIPTION_SUGGESTIONS = 3;

export interface WhoAnswer {
  query: string;
  match: Actor | null;
  /** People in the article the query is close to, for "did you mean"; empty on a match. */
  suggestions: Actor[];
  /** Set when the query names a known person who is not in the article. */
  absent: AbsentPerson | null;
  /** On a match: a person not in the article the reader may have meant instead. */
  notToConfuseWith: AbsentPerson | null;
  /** Set when the query names a country, city or region the article mentions: not a person. */
  place: Place | null;
  /** Set when what was typed was longer than MAX_NAME_CHARS: only its start was read. */
  clipped?: Clipped;
}

/** One paragraph on a card: the sentence that names who or what was looked up. */
export interface Appearance {
  paragraph: ParagraphRef;
  sentence: string;
  /** Where in `sentence` the name (or the speaker's words) is, so a card's cut can keep it in view. */
  mention: { start: number; end: number } | null;
  /** The author's own words, which name no one: the card says whose they are. */
  ownVoice: boolean;
}

type Target = { actor: Actor } | { absent: AbsentPerson } | { place: Place };

interface PersonEntry {
  target: { actor: Actor } | { absent: AbsentPerson };
  pool: Set<string>;
}
interface WholeEntry {
  target: { actor: Actor } | { place: Place };
  names: string[][];
}

function joined(text: string): string {
  return nameTokens(text).join('');
}

function nameWords(text: string): string[] {
  return nameTokens(text).filter((w) => !NAME_FILLER.has(w));
}

function actorOf(target: Target): Actor | undefined {
  return 'actor' in target ? target.actor : undefined;
}

export class PeopleLookup {
  readonly #exact = new Map<string, Target>();
  readonly #persons: PersonEntry[];
  readonly #wholes: WholeEntry[];
  readonly #descriptions: Array<{ actor: Actor; texts: string[][] }>;
  /** Words of place names ("iran", "israeli"): part of some names, never enough to name anyone. */
  readonly #placeWords: Set<string>;
  readonly #complete: Fuse<{ label: string; actor: Actor }>;
  readonly #actors: readonly Actor[];
  readonly #absent: readonly AbsentPerson[];
  /**
   * The article's people who share a surname with someone it does not name (`see` in
   * data/people.json), with the words only the other's names hold, as nouns ("the general who got
   * killed", not "the general situation"), and the other's first names.
   */
  readonly #namesakes: ReadonlyArray<{
    ours: Actor;
    surnames: readonly string[];
    markerWords: readonly string[];
    markers: readonly RegExp[];
    givenNames: readonly string[];
  }>;
  /** Any marker word of `#namesakes`, as a quick filter. */
  readonly #namesakeMarker: RegExp;
  /** The words of their names one of which a question must hold to name them: to pass over the rest quickly. */
  readonly #absentWords: ReadonlySet<string>;
  readonly #english: Corpus['english'];
  /** Every word of every name of the people in the article, titles and the like left out. */
  readonly #castWords: ReadonlySet<string>;
  readonly #paragraphs: Corpus['paragraphsByRef'];

  constructor(corpus: Corpus) {
    const { actors, absent, places } = corpus.people;
    this.#actors = actors;
    this.#absent = absent;
    this.#english = corpus.english;
    this.#namesakes = absent.flatMap((person) => {
      const ours = person.see === null ? undefined : actors.find((a) => a.id === person.see);
      if (!ours) return [];
      const ourWords = new Set([ours.name, ...ours.aliases].flatMap(nameTokens));
      const theirNames = [person.name, ...person.aliases].map(nameTokens);
      const surnames = [...new Set(theirNames.flat().filter((w) => ourWords.has(w)))];
      const markerWords = [
        // Not a small word of a name ("Supreme Leader of Iran"): "of a squeeze" asks after no one.
        ...new Set(
          theirNames.flat().filter((w) => !ourWords.has(w) && !STOP_WORDS.has(w) && corpus.english.inDictionary(w)),
        ),
      ];
      const givenNames = theirNames
        .filter((words) => words.length > 1 && surnames.includes(words.at(-1)!))
        .map((words) => words[0]!)
        .filter((w) => !corpus.english.inDictionary(w));
      const markers = markerWords.map(
        (m) =>
          new RegExp(
            String.raw`\b${m}\b(?!\s+(?!(?:who|that|guy|dude|man|or|from|of|killed|right|lol|himself|i|is|was|the|we|they|you|us|usa|america|trump)\b)[a-z])`,
          ),
      );
      // Khamenei and Khomeini share no name: nothing to tell apart there.
      return surnames.length > 0 && markerWords.length > 0
        ? [{ ours, surnames, markers, givenNames, markerWords }]
        : [];
    });
    const allMarkers = this.#namesakes.flatMap((n) => n.markerWords);
    this.#namesakeMarker = allMarkers.length > 0 ? new RegExp(String.raw`\b(?:${allMarkers.join('|')})\b`, 'i') : /$^/;
    this.#castWords = new Set(
      actors
        .filter((a) => a.kind === 'person')
        .flatMap((a) => [a.name, ...a.aliases].flatMap(nameTokens))
        .filter((w) => !isOptionalWord(w) && w.length > 2),
    );
    // Only the words absentNamedIn needs a name to hold: no word of a name the article has (its
    // people, groups and places) nor an English word ("soleimani", "iran", "supreme"). Folded and as
    // written ("erdogan", "erdoğan"), for the question lower-cased, not folded.
    const namedInArticle = new Set([...actors, ...places].flatMap((a) => [a.name, ...a.aliases]).flatMap(nameTokens));
    const absentWords = absent
      .flatMap((a) => [a.name, ...a.aliases])
      .flatMap((name) => [...nameTokens(name), ...name.toLowerCase().split(/[^\p{L}\p{N}]+/u)])
      .filter((w) => w.length > 2 && !namedInArticle.has(w) && !corpus.english.inDictionary(w));
    this.#absentWords = new Set(absentWords);
    this.#paragraphs = corpus.paragraphsByRef;
    const namesOf = (a: { name: string; aliases: string[] }): string[] => [a.name, ...a.aliases];
    // People in the article go in last so that, where a name is shared, they win.
    for (const a of absent) for (const name of namesOf(a)) this.#exact.set(joined(name), { absent: a });
    for (const p of places)
      for (const name of [...namesOf(p), ...p.namedAs]) this.#exact.set(joined(name), { place: p });
    for (const a of actors) for (const name of namesOf(a)) this.#exact.set(joined(name), { actor: a });

    const pool = (names: string[]): Set<string> => namePool(names.map(nameTokens));
    this.#persons = [
      ...actors
        .filter((a) => a.kind === 'person')
        .map((a): PersonEntry => ({ target: { actor: a }, pool: pool(namesOf(a)) })),
      ...absent.map((a): PersonEntry => ({ target: { absent: a }, pool: pool(namesOf(a)) })),
    ];
    this.#wholes = [
      ...actors
        .filter((a) => a.kind !== 'person')
        .map((a): WholeEntry => ({ target: { actor: a }, names: namesOf(a).map(nameWords) })),
      ...places.map((p): WholeEntry => ({ target: { place: p }, names: [...namesOf(p), ...p.namedAs].map(nameWords) })),
    ];
    this.#placeWords = new Set(places.flatMap((p) => [...namesOf(p), ...p.namedAs].flatMap(nameTokens)));
    this.#descriptions = actors.map((actor) => ({
      actor,
      // A role that only says how the article names them ("named only where …") describes no one.
      texts: [...(/^named\b/i.test(actor.role) ? [] : [actor.role]), ...actor.descriptions].map(descriptionWords),
    }));
    this.#complete = new Fuse(
      actors.flatMap((actor) => namesOf(actor).map((label) => ({ label, actor }))),
      { keys: ['label'], includeScore: true, threshold: 0.4, ignoreLocation: true },
    );
  }

  /** Whether a typed word (folded, or lower-cased as written) is one only an absent person's name has: a quick test before absentNamedIn. */
  namesAbsentWord(word: string): boolean {
    return this.#absentWords.has(word);
  }

  /** Whether a typed word names a person in the article, misspelt too ("khomeni"). */
  #namesCast(word: string): boolean {
    if (this.#castWords.has(word)) return true;
    if (word.length < 5) return false;
    for (const cast of this.#castWords) if (wordEdits(word, cast) !== undefined) return true;
    return false;
  }

  /**
   * Someone the article does not name whom a question names ("what's khamenei's view", "what does
   * the supreme leader think"), where it names no person the article does (countries and groups
   * aside): by one of their names written out, holding a word that is no name of a person in the
   * article or an English word ("General Soleimani" is not one: "soleimani" is Afshar Soleimani's;
   * nor is "Supreme Leader").
   */
  absentNamedIn(question: string): AbsentPerson | undefined {
    const typed = nameTokens(question);
    if (!typed.some((w) => this.#absentWords.has(w))) return undefined;
    const spans = (words: readonly string[]): Array<[number, number]> =>
      typed.flatMap((_, i) =>
        words.every((w, k) => typed[i + k] === w) ? [[i, i + words.length] as [number, number]] : [],
      );
    for (const person of this.#absent) {
      for (const name of [person.name, ...person.aliases]) {
        const words = nameTokens(name);
        // A name, not a post: "Supreme Leader" was Khomeini's too ("the old supreme leader").
        if (words.every((w) => this.#castWords.has(w) || this.#english.inDictionary(w))) continue;
        for (const [from, to] of spans(words)) {
          const rest = [...typed.slice(0, from), ...typed.slice(to)];
          if (!rest.some((w) => this.#namesCast(w))) return person;
        }
      }
    }
    return undefined;
  }

  /**
   * "Is this Soleimani the Quds Force general?", "soleimani is the general that got killed right?":
   * the surname the article's person shares with someone it does not name, asked with a word only
   * the other one's names hold ("general", "force"). The question asks which of the two the article
   * means, and the article's description of its own answers it: that person is returned. Not when
   * the other is named outright ("qassem soleimani"), which `absentNamedIn` finds.
   */
  namesakeAsked(question: string): Actor | undefined {
    // Most questions hold no marker word at all: only they are read further.
    if (this.#namesakes.length === 0 || !this.#namesakeMarker.test(question)) return undefined;
    const typed = nameTokens(question);
    const folded = foldText(question);
    const near = (t: string, w: string): boolean =>
      t === w || (t[0] === w[0] && editDistance(t, w) <= allowedEdits(w.length));
    for (const { ours, surnames, markers, givenNames } of this.#namesakes) {
      if (!typed.some((t) => surnames.some((w) => near(t, w)))) continue;
      // Their own first name ("Qasem Soleymani, general of the Quds force") names them outright.
      if (typed.some((t) => givenNames.some((w) => near(t, w)))) continue;
      if (markers.some((re) => re.test(folded)) && !this.absentNamedIn(question)) return ours;
    }
    return undefined;
  }

  /**
   * The person in the article a question names and asks nothing more of: "who is Benjamin
   * Netanyahu", "tell me about abadi", "Benjamin Netanyahu?". A name written out, not a guess.
   */
  onlyNamed(question: string): Actor | undefined {
    const target = this.#exact.get(joined(stripWrappers(question)));
    const actor = target && actorOf(target);
    return actor?.kind === 'person' ? actor : undefined;
  }

  get actors(): readonly Actor[] {
    return this.#actors;
  }

  /**
   * Finds who (or what) a lookup names, in order: an exact name; the name inside "who is …",
   * "tell me about …" and the like; the closest name when every word typed fits it; a
   * description ("the columnist", "the former ambassador to Azerbaijan"); else "did you mean".
   */
  who(rawQuery: string): WhoAnswer {
    const { text: query, clipped } = readInput(rawQuery, MAX_NAME_CHARS);
    // Every answer below is built from `none`, so each carries the clipping.
    const none: WhoAnswer = {
      query,
      match: null,
      suggestions: [],
      absent: null,
      notToConfuseWith: null,
      place: null,
      ...(clipped ? { clipped } : {}),
    };
    const byId = this.#actors.find((a) => a.id === query);
    if (byId) return { ...none, match: byId };
    const exact = this.#exact.get(joined(query));
    if (exact) return this.#answer(none, exact);
    const named = stripWrappers(query);
    const exactNamed = this.#exact.get(joined(named));
    if (exactNamed) return this.#answer(none, exactNamed);

    const words = nameTokens(named);
    if (words.length === 0) return none;
    // "The iranian official" is how the article describes Abadi, word for word: before a name one
    // slip from it ("Iranian officials", a group's) is taken for it.
    const described = this.#describedExactly(named);
    if (described) return { ...none, match: described };
    const byName = this.#byName(words, none);
    if (byName) return byName;
    const byDescription = this.#byDescription(named, none);
    if (byDescription) return byDescription;
    const byTitle = this.#byTitle(words, none);
    if (byTitle) return byTitle;
    return { ...none, suggestions: this.#near(words) };
  }

  /** The closest name, when one is clearly closest; two as close, or a weak fit, are suggestions. */
  #byName(words: string[], none: WhoAnswer): WhoAnswer | undefined {
    const fits: Array<{ target: Target; fit: NameFit }> = [];
    // Decided once per word, not once per person: the misspelt-title check is the costly part.
    const optional = new Map(words.map((w) => [w, this.#placeWords.has(w) || isOptionalWord(w)]));
    const optionalWord = (w: string): boolean => optional.get(w) ?? false;
    for (const entry of this.#persons) {
      const fit = fitPerson(words, entry.pool, optionalWord);
      if (fit) fits.push({ target: entry.target, fit });
    }
    const plain = words.filter((w) => !NAME_FILLER.has(w));
    for (const entry of this.#wholes) {
      let best: NameFit | undefined;
      for (const name of entry.names) {
        const fit = fitWhole(plain, name);
        if (fit && (!best || compareFits(fit, best) < 0)) best = fit;
      }
      if (best) fits.push({ target: entry.target, fit: best });
    }
    // On a tie the person in the article is the likelier meaning than one who is not.
    fits.sort((a, b) => compareFits(a.fit, b.fit) || Number('absent' in a.target) - Number('absent' in b.target));
    const [best, second] = fits;
    if (!best) return undefined;
    const bestActor = actorOf(best.target);
    const rival = second && compareFits(best.fit, second.fit) === 0 ? actorOf(second.target) : undefined;
    if (bestActor && rival && rival !== bestActor) return { ...none, suggestions: [bestActor, rival] };
    const letters = words.filter((w) => !isOptionalWord(w)).join('').length;
    if (best.fit.edits > WEAK_EDITS_PER_LETTER * letters) {
      return bestActor?.kind === 'person' ? { ...none, suggestions: [bestActor] } : undefined;
    }
    return this.#answer(none, best.target, words);
  }

  /** The one actor one of whose descriptions is the lookup, word for word. */
  #describedExactly(named: string): Actor | undefined {
    const typed = descriptionWords(named).join(' ');
    if (typed === '') return undefined;
    const fitting = this.#descriptions.filter(({ texts }) => texts.some((words) => words.join(' ') === typed));
    return fitting.length === 1 ? fitting[0]!.actor : undefined;
  }

  /**
   * "The ayatollah", "the imam": a title alone, which names no one, but which one person in the
   * article holds. One several hold ("president") says too little to offer anyone.
   */
  #byTitle(words: string[], none: WhoAnswer): WhoAnswer | undefined {
    const titles = words.filter((w) => w !== 'the');
    if (titles.length === 0 || !titles.every((w) => isOptionalWord(w))) return undefined;
    const holding = this.#actors.filter(
      (a) =>
        a.kind === 'person' && [a.name, ...a.aliases].some((name) => titles.every((t) => nameTokens(name).includes(t))),
    );
    return holding.length === 1 ? { ...none, match: holding[0]! } : undefined;
  }

  /** The one actor a description fits best ("the columnist"); a few equally good are suggestions. */
  #byDescription(named: string, none: WhoAnswer): WhoAnswer | undefined {
    const query = describedQuery(named);
    let bestFit: number = DESCRIPTION_FIT.none;
    let best: Actor[] = [];
    for (const { actor, texts } of this.#descriptions) {
      if (query.personOnly && actor.kind !== 'person') continue;
      const fit = fitDescription(query, texts);
      if (fit === DESCRIPTION_FIT.none || fit < bestFit) continue;
      if (fit > bestFit) [bestFit, best] = [fit, []];
      best.push(actor);
    }
    if (best.length === 1) return { ...none, match: best[0]! };
    // One word shared by several ("officials", "Iranian") says too little to offer anyone.
    if (best.length > 1 && best.length <= MAX_DESCRIPTION_SUGGESTIONS && query.words.length > 1) {
      return { ...none, suggestions: best };
    }
    return undefined;
  }

  /**
   * "Did you mean": only the surname position counts (the last word typed), so a different person
   * who shares a first name ("Vladimir Zelensky", "Benjamin Franklin") is not offered anyone.
   */
  #near(words: string[]): Actor[] {
    const surname = words.filter((w) => !isOptionalWord(w)).at(-1);
    if (!surname || surname.length < 5) return [];
    const limit = allowedEdits(surname.length) + 1;
    let best: { actor: Actor; edits: number } | undefined;
    for (const { target, pool } of this.#persons) {
      if (!('actor' in target)) continue;
      for (const word of pool) {
        if (Math.abs(word.length - surname.length) > limit) continue;
        const edits = editDistance(surname, word);
        if (edits <= limit && (!best || edits < best.edits)) best = { actor: target.actor, edits };
      }
    }
    return best ? [best.actor] : [];
  }

  #answer(none: WhoAnswer, target: Target, words: string[] = nameTokens(none.query)): WhoAnswer {
    if ('place' in target) return { ...none, place: target.place };
    if ('actor' in target) {
      const typed = words.filter((w) => !isOptionalWord(w));
      const confusable = this.#persons.find(
        (e) => 'absent' in e.target && e.target.absent.see === target.actor.id && typed.every((w) => e.pool.has(w)),
      );
      const notToConfuseWith = confusable && 'absent' in confusable.target ? confusable.target.absent : null;
      return { ...none, match: target.actor, notToConfuseWith };
    }
    const see = target.absent.see ? this.#actors.find((a) => a.id === target.absent.see) : undefined;
    return { ...none, suggestions: see ? [see] : [], absent: target.absent };
  }

  /**
   * Where an actor appears: each paragraph with the sentence that first names them, or where their
   * part starts when it names no one (the author's remarks), else the paragraph's first sentence.
   */
  appearances(actor: Actor): Appearance[] {
    const names = [actor.name, ...actor.aliases, ...actor.mentionedAs];
    return actor.paragraphs.map((number) => {
      const speaker = this.#paragraphs.get(number)?.speakers.find((s) => s.actor === actor.id);
      // The author's own remarks name no one: the sentences the data gives as his are the ones to show.
      const own = speaker?.reported === 'own-voice' ? speaker.sentences : null;
      const found = this.#naming(number, own ?? names);
      return { ...found, ownVoice: speaker?.reported === 'own-voice' };
    });
  }

  /** Where the article names a place: each paragraph with the sentence that uses its name. */
  placeAppearances(place: Place): Appearance[] {
    return place.paragraphs.map((number) => ({ ...this.#naming(number, place.namedAs), ownVoice: false }));
  }

  /**
   * The sentence holding the paragraph's first whole-word use of a form (else its first sentence),
   * and where that use is.
   */
  #naming(number: ParagraphRef, forms: readonly string[]): Omit<Appearance, 'ownVoice'> {
    const text = this.#paragraphs.get(number)?.text ?? '';
    const first = forms
      .map((form) => ({ index: wholeWordIndex(text, form), length: form.length }))
      .filter((m) => m.index >= 0)
      .sort((a, b) => a.index - b.index)[0];
    const spans = sentenceSpans(text);
    const at = first?.index ?? 0;
    const span = spans.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: text.length };
    const mention = first ? { start: first.index - span.start, end: first.index + first.length - span.start } : null;
    return { paragraph: number, sentence: text.slice(span.start, span.end), mention };
  }

  /** Autocomplete: people whose name or alias fits what has been typed so far, best first. */
  complete(partial: string): Array<{ name: string; value: string }> {
    const typed = Array.from(partial.trim()).slice(0, MAX_AUTOCOMPLETE_CHARS).join('');
    const actors: Actor[] = [];
    if (typed.length === 0) {
      actors.push(...this.#actors.filter((a) => a.kind === 'person'));
    } else {
      const folded = foldText(typed);
      const prefixed = this.#actors.filter((a) =>
        [a.name, ...a.aliases].some(
          (alias) => nameTokens(alias).some((t) => t.startsWith(folded)) || foldText(alias).startsWith(folded),
        ),
      );
      actors.push(...prefixed, ...this.#complete.search(typed, { limit: 50 }).map((hit) => hit.item.actor));
      const answer = this.who(typed);
      if (answer.match) actors.unshift(answer.match);
    }
    return [...new Set(actors)]
      .slice(0, MAX_CHOICES)
      .map((actor) => ({ name: actor.name.slice(0, 100), value: actor.id }));
  }
}
