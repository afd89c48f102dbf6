import Fuse from 'fuse.js';
import type { Corpus } from '../article/load.ts';
import type { AbsentPerson, Actor } from '../article/schema.ts';
import { foldText } from '../text/fold.ts';
import { sentenceSpans } from './excerpt.ts';
import { SpellingCorrector } from './spelling.ts';

/** Names are short; nobody needs more to find one, and the cut keeps hostile input cheap. */
export const MAX_NAME_CHARS = 100;
/**
 * What autocomplete matches on: every name in the article is shorter, and fuse.js's bitap search
 * costs a chunk per 32 characters of pattern, so a longer paste would only slow the keystroke.
 */
const MAX_AUTOCOMPLETE_CHARS = 32;
/** Discord shows at most 25 autocomplete choices. */
export const MAX_CHOICES = 25;

/** Words people put before a name that are not part of it. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'prime',
  'minister',
  'pm',
  'ayatollah',
  'imam',
  'sheikh',
  'shaikh',
  'the',
  'sir',
  'general',
  'ambassador',
  'former',
  'of',
]);

export interface WhoAnswer {
  query: string;
  match: Actor | null;
  /** People in the article the query is close to, for "did you mean"; empty on a match. */
  suggestions: Actor[];
  /** Set when the query names a known person who is not in the article. */
  absent: AbsentPerson | null;
  /** On a match: a person not in the article the reader may have meant instead. */
  notToConfuseWith: AbsentPerson | null;
}

interface Entry {
  tokens: string[];
  actor?: Actor;
  absent?: AbsentPerson;
}

function nameTokens(text: string): string[] {
  return foldText(text)
    .replace(/^@/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function joined(text: string): string {
  return nameTokens(text).join('');
}

export class PeopleLookup {
  readonly #entries: Entry[];
  readonly #exact = new Map<string, Entry>();
  readonly #spelling: SpellingCorrector;
  readonly #complete: Fuse<{ label: string; actor: Actor }>;
  readonly #actors: readonly Actor[];
  readonly #paragraphs: Corpus['paragraphsByNumber'];

  constructor(corpus: Corpus) {
    this.#actors = corpus.people.actors;
    this.#paragraphs = corpus.paragraphsByNumber;
    const actorEntries = corpus.people.actors.flatMap((actor) =>
      [actor.name, ...actor.aliases].map((alias): Entry => ({ tokens: nameTokens(alias), actor })),
    );
    const absentEntries = corpus.people.absent.flatMap((absent) =>
      [absent.name, ...absent.aliases].map((alias): Entry => ({ tokens: nameTokens(alias), absent })),
    );
    this.#entries = [...actorEntries, ...absentEntries];
    // Actors go in last so that, where an alias is shared, the person in the article wins.
    for (const entry of [...absentEntries, ...actorEntries]) this.#exact.set(entry.tokens.join(''), entry);
    this.#spelling = new SpellingCorrector(this.#entries.flatMap((e) => e.tokens));
    this.#complete = new Fuse(
      corpus.people.actors.flatMap((actor) => [actor.name, ...actor.aliases].map((label) => ({ label, actor }))),
      { keys: ['label'], includeScore: true, threshold: 0.4, ignoreLocation: true },
    );
  }

  get actors(): readonly Actor[] {
    return this.#actors;
  }

  who(rawQuery: string): WhoAnswer {
    const query = Array.from(rawQuery.replace(/\s+/g, ' ').trim()).slice(0, MAX_NAME_CHARS).join('');
    const none: WhoAnswer = { query, match: null, suggestions: [], absent: null, notToConfuseWith: null };
    const byId = this.#actors.find((a) => a.id === query);
    if (byId) return { ...none, match: byId };
    const exact = this.#exact.get(joined(query));
    if (exact) return this.#answer(query, exact);

    const all = nameTokens(query);
    const meaningful = all.filter((t) => !HONORIFICS.has(t));
    const tokens = meaningful.length > 0 ? meaningful : all;
    if (tokens.length === 0) return none;

    const best = this.#bestEntry(tokens, 0);
    if (best) return this.#answer(query, best);
    const near = this.#near(tokens);
    return { ...none, suggestions: near };
  }

  /** The entry all of whose query words match (after spelling correction) with the fewest edits. */
  #bestEntry(tokens: string[], slack: number): Entry | undefined {
    const corrected = tokens.map((t) => this.#spelling.correct(t, slack));
    if (corrected.some((c) => c === undefined)) return undefined;
    let best: { entry: Entry; edits: number; extra: number } | undefined;
    for (const entry of this.#entries) {
      if (!corrected.every((c) => entry.tokens.includes(c!.word))) continue;
      // A group is named by its whole phrase: "officials" alone must not pick one of several groups.
      if (entry.actor && entry.actor.kind !== 'person' && entry.tokens.length > corrected.length) continue;
      const edits = corrected.reduce((sum, c) => sum + c!.edits, 0);
      const extra = entry.tokens.length - tokens.length;
      const better =
        !best ||
        edits < best.edits ||
        (edits === best.edits && extra < best.extra) ||
        // On a tie, the person in the article is the likelier meaning.
        (edits === best.edits && extra === best.extra && entry.actor !== undefined && best.entry.actor === undefined);
      if (better) best = { entry, edits, extra };
    }
    return best?.entry;
  }

  /**
   * "Did you mean": only the surname position counts (the last word typed), so a different person
   * who shares a first name ("Vladimir Zelensky", "Benjamin Franklin") is not offered anyone.
   */
  #near(tokens: string[]): Actor[] {
    const surname = tokens.at(-1);
    if (!surname || surname.length < 5) return [];
    const entry = this.#bestEntry([surname], 1);
    return entry?.actor && entry.actor.kind === 'person' ? [entry.actor] : [];
  }

  #answer(query: string, entry: Entry): WhoAnswer {
    if (entry.actor) {
      const confusable =
        this.#entries.find(
          (e) => e.absent && e.absent.see === entry.actor!.id && nameTokens(query).every((t) => e.tokens.includes(t)),
        )?.absent ?? null;
      return { query, match: entry.actor, suggestions: [], absent: null, notToConfuseWith: confusable };
    }
    const absent = entry.absent!;
    const see = absent.see ? this.#actors.find((a) => a.id === absent.see) : undefined;
    return { query, match: null, suggestions: see ? [see] : [], absent, notToConfuseWith: null };
  }

  /** Where an actor appears: each paragraph with the sentence that names them (or its first). */
  appearances(actor: Actor): Array<{ paragraph: number; excerpt: string }> {
    const names = new Set([actor.name, ...actor.aliases].flatMap(nameTokens).filter((t) => t.length >= 4));
    return actor.paragraphs.map((number) => {
      const text = this.#paragraphs.get(number)?.text ?? '';
      const sentences = sentenceSpans(text).map((span) => text.slice(span.start, span.end));
      const naming = sentences.find((sentence) => nameTokens(sentence).some((t) => names.has(t)));
      return { paragraph: number, excerpt: naming ?? sentences[0] ?? text };
    });
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
