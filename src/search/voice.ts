import type { Actor, Paragraph, Place } from '../article/schema.ts';
import { sentenceSpans, type Span } from '../text/sentences.ts';
import { termOfWord, termSet, termsOf } from '../text/terms.ts';
import { wordsOf } from '../text/fold.ts';

/** A sentence of a paragraph and the actors whose words or view it gives. */
export interface VoicedSentence extends Span {
  actors: string[];
}

/**
 * Whose voice each sentence of a paragraph is in, from the speakers' `sentences` phrases (checked
 * against the text when the data is loaded). The author writes every sentence of the body that
 * gives no one else's words, so those are his.
 */
export function sentenceVoices(paragraph: Paragraph, authorId: string): VoicedSentence[] {
  return sentenceSpans(paragraph.text).map((span) => {
    const sentence = paragraph.text.slice(span.start, span.end);
    const actors = paragraph.speakers
      .filter((speaker) => speaker.sentences.some((phrase) => sentence.includes(phrase)))
      .map((speaker) => speaker.actor);
    return { ...span, actors: actors.length === 0 && paragraph.kind === 'body' ? [authorId] : actors };
  });
}

/** A speaker's phrase that opens a relative clause ("Ayatollah Khomeini, who warned") starts their own words. */
const OPENS_CLAUSE = /,\s+who\b/;

/**
 * The parts of a paragraph in an actor's own words or view. A sentence is cut where a speaker's
 * relative clause begins ("Iranian newspapers demanded …, following … Ayatollah Khomeini, who
 * warned …"): each part belongs to the voices whose phrases start in it, so speakers sharing a
 * subject ("analysts, including Afshar Soleimani, … suggested") share the whole part.
 */
export function spansOf(paragraph: Paragraph, actorId: string, authorId: string): Span[] {
  return sentenceSpans(paragraph.text).flatMap((span) => {
    const sentence = paragraph.text.slice(span.start, span.end);
    const phrases = paragraph.speakers.flatMap((speaker) =>
      speaker.sentences
        .filter((phrase) => sentence.includes(phrase))
        .map((phrase) => ({ actor: speaker.actor, at: span.start + sentence.indexOf(phrase), phrase })),
    );
    if (phrases.length === 0) return actorId === authorId && paragraph.kind === 'body' ? [span] : [];
    const cuts = [...new Set(phrases.filter((p) => OPENS_CLAUSE.test(p.phrase)).map((p) => p.at))]
      .filter((at) => at > span.start)
      .sort((a, b) => a - b);
    const bounds = [span.start, ...cuts, span.end];
    return bounds.slice(0, -1).flatMap((start, i) => {
      const end = bounds[i + 1]!;
      const theirs = phrases.some((p) => p.actor === actorId && p.at >= start && p.at < end);
      return theirs ? [{ start, end }] : [];
    });
  });
}

/** The actors whose voice a span of the paragraph (an excerpt) gives, in the order they speak. */
export function voicesWithin(sentences: VoicedSentence[], span: Span): string[] {
  // A loop, not filter/flatMap/Set: /ask asks this some nine times, and the arrays added up.
  const voices: string[] = [];
  for (const sentence of sentences) {
    if (sentence.start >= span.end || sentence.end <= span.start) continue;
    for (const actor of sentence.actors) if (!voices.includes(actor)) voices.push(actor);
  }
  return voices;
}

/**
 * "Who took the photos" describes Getty Images by what it took, not by taking: only the object
 * names it, or "which countries took northern iran" and "who supplied the weapons" would ask for
 * the photo agency's voice. "Who wrote this" keeps its verb: writing is what names the author.
 */
const RELATIVE_VERB = /^(?:who|which|that)\s+(?:took|supplied|shot|snapped)\s+/i;

/** "according to X", "in X's view": the source named after these is the voice asked for. */
const SOURCE_CUE = /\b(?:according to|in the (?:view|opinion|words) of|per)\s+/i;
const SOURCE_WORDS = 2;

/**
 * Finds whose voice a question asks for: "what does the author say about Abadi" asks for the
 * author's, "according to Soleimani, …" for Soleimani's. Only names that pick out one or two
 * actors count ("Iranian" alone names half the cast), and a country names its officials only
 * with the next word ("Russia" is not "Russian officials"). The first such name wins, unless a
 * source cue names another.
 */
export class VoiceFinder {
  /** Actors by the terms of their names, then by those of their descriptions too. */
  readonly #byName = new Map<string, string[]>();
  readonly #byDescription = new Map<string, string[]>();
  readonly #placeTerms: ReadonlySet<string>;
  readonly #mend: (word: string) => string | undefined;
  /**
   * Each description of two words or more, as folded words with a space either side (made once:
   * built per question, these strings were 4 KB of every /ask's garbage), and whose it is.
   */
  readonly #phrases: Array<{ spaced: string; id: string }> = [];
  /** Each actor's names and descriptions, as folded words without a leading "the", a space either side. */
  readonly #names = new Map<string, string[]>();

  /**
   * `mend`: the article's word a misspelt one stands for ("abbadi" → "abadi"), so a question names
   * a voice however its name is typed.
   */
  constructor(
    actors: readonly Actor[],
    places: readonly Place[],
    mend: (word: string) => string | undefined = () => undefined,
  ) {
    this.#mend = mend;
    const add = (index: Map<string, string[]>, terms: Set<string>, id: string): void => {
      for (const term of terms) index.set(term, [...(index.get(term) ?? []), id]);
    };
    const spaced = (name: string): string => ` ${wordsOf(name).replace(/^the /, '')} `;
    for (const actor of actors) {
      add(this.#byName, termSet([actor.name, ...actor.aliases]), actor.id);
      const described = actor.descriptions.map((description) => description.replace(RELATIVE_VERB, ''));
      add(this.#byDescription, termSet([actor.name, ...actor.aliases, ...described]), actor.id);
      const descriptions = described.map(spaced);
      this.#names.set(actor.id, [...[actor.name, ...actor.aliases].map(spaced), ...descriptions]);
      for (const words of descriptions)
        if (words.trim().includes(' ')) this.#phrases.push({ spaced: words, id: actor.id });
    }
    this.#placeTerms = termSet(places.flatMap((place) => [place.name, ...place.aliases]));
  }

  /**
   * Whether the words name the actor by a proper name among its names ("iranian officials" by
   * "Iranian"), not only by a common word of them ("official").
   */
  namedIn(question: string, id: string, isProperName: (term: string) => boolean): boolean {
    return termsOf(question).some((t) => isProperName(t.term) && this.#byName.get(t.term)?.includes(id) === true);
  }

  /** The actors one of whose names holds the term ("netanyahou", an alias, is Netanyahu's). */
  actorsNamedBy(term: string): readonly string[] {
    return this.#byName.get(term) ?? [];
  }

  find(question: string): string | undefined {
    const cue = SOURCE_CUE.exec(question);
    // The source a cue introduces is the next few words ("per the former envoy, …"), named or described.
    const source = cue
      ? termsOf(question.slice(cue.index + cue[0].length))
          .slice(0, SOURCE_WORDS)
          .map((t) => t.term)
      : [];
    const words = termsOf(question).map((t) => {
      if (this.#byDescription.has(t.term) || this.#placeTerms.has(t.term) || t.word.includes(' ')) return t.term;
      const mended = this.#mend(t.word);
      return mended === undefined ? t.term : termOfWord(mended);
    });
    // Names first; then what members call people ("the former envoy", "that lawmaker"). A description
    // the question gives word for word goes before a name it only shares words with: "the iranian
    // official" is Abadi, the article's "one senior Iranian official", not the "Iranian officials"
    // of the regime. Among descriptions the first asked still wins ("does the author think the deputy
    // chairman is consistent" asks the author).
    const sourced = this.#best(source);
    if (sourced) return sourced;
    const byName = this.#first(words, this.#byName);
    if (byName === undefined) return this.#first(words, this.#byDescription);
    // Only a name found is weighed against a description: most questions name no one.
    const asked = ` ${wordsOf(question)} `;
    const described = this.#describedWordForWord(asked);
    const namedWhole = (this.#names.get(byName) ?? []).some((name) => asked.includes(name));
    return described !== undefined && described !== byName && !namedWhole ? described : byName;
  }

  /**
   * The one actor with the longest description of two words or more that the question (its folded
   * words, a space either side) holds whole.
   */
  #describedWordForWord(asked: string): string | undefined {
    let best: { spaced: string; id: string } | undefined;
    let tied = false;
    for (const phrase of this.#phrases) {
      if (!asked.includes(phrase.spaced)) continue;
      if (!best || phrase.spaced.length > best.spaced.length) [best, tied] = [phrase, false];
      else if (phrase.spaced.length === best.spaced.length && phrase.id !== best.id) tied = true;
    }
    return tied ? undefined : best?.id;
  }

  /** Of a few words naming one source, the actor whose names and descriptions hold most of them. */
  #best(terms: readonly string[]): string | undefined {
    const held = new Map<string, number>();
    for (const term of terms)
      for (const id of this.#byDescription.get(term) ?? []) held.set(id, (held.get(id) ?? 0) + 1);
    const ranked = [...held].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    return first && (!second || first[1] > second[1]) ? first[0] : undefined;
  }

  #first(terms: readonly string[], index: ReadonlyMap<string, string[]>): string | undefined {
    for (const [i, term] of terms.entries()) {
      const actors = index.get(term);
      if (!actors || actors.length > 2) continue;
      // A neighbouring word decides between two ("Iranian analysts" vs "analysts").
      const beside = [terms[i - 1], terms[i + 1]];
      const named = actors.find((id) => beside.some((t) => t !== undefined && index.get(t)?.includes(id)));
      if (this.#placeTerms.has(term)) {
        if (named) return named;
        continue;
      }
      return named ?? actors[0];
    }
    return undefined;
  }
}
