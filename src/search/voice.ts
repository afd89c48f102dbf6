import type { Actor, Paragraph, Place } from '../article/schema.ts';
import { sentenceSpans, type Span } from '../text/sentences.ts';
import { termsOf } from '../text/terms.ts';

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

/** The actors whose voice a span of the paragraph (an excerpt) gives, in the order they speak. */
export function voicesWithin(sentences: VoicedSentence[], span: Span): string[] {
  return [...new Set(sentences.filter((s) => s.start < span.end && s.end > span.start).flatMap((s) => s.actors))];
}

/** "according to X", "in X's view": the source named after these is the voice asked for. */
const SOURCE_CUE = /\b(?:according to|in the (?:view|opinion|words) of|per)\s+/i;

/**
 * Finds whose voice a question asks for: "what does the author say about Abadi" asks for the
 * author's, "according to Soleimani, …" for Soleimani's. Only names that pick out one or two
 * actors count ("Iranian" alone names half the cast), and a country names its officials only
 * with the next word ("Russia" is not "Russian officials"). The first such name wins, unless a
 * source cue names another.
 */
export class VoiceFinder {
  readonly #actorsByTerm = new Map<string, string[]>();
  readonly #placeTerms: ReadonlySet<string>;

  constructor(actors: readonly Actor[], places: readonly Place[]) {
    const termsOfNames = (names: string[]): Set<string> =>
      new Set(names.flatMap((name) => termsOf(name).map((t) => t.term)));
    for (const actor of actors) {
      for (const term of termsOfNames([actor.name, ...actor.aliases])) {
        this.#actorsByTerm.set(term, [...(this.#actorsByTerm.get(term) ?? []), actor.id]);
      }
    }
    this.#placeTerms = termsOfNames(places.flatMap((place) => [place.name, ...place.aliases]));
  }

  find(question: string): string | undefined {
    const cue = SOURCE_CUE.exec(question);
    if (cue) {
      const named = this.#first(question.slice(cue.index + cue[0].length));
      if (named) return named;
    }
    return this.#first(question);
  }

  #first(text: string): string | undefined {
    const terms = termsOf(text).map((t) => t.term);
    for (const [i, term] of terms.entries()) {
      const actors = this.#actorsByTerm.get(term);
      if (!actors || actors.length > 2) continue;
      // A neighbouring word decides between two ("Iranian analysts" vs "analysts").
      const beside = [terms[i - 1], terms[i + 1]];
      const named = actors.find((id) => beside.some((t) => t !== undefined && this.#actorsByTerm.get(t)?.includes(id)));
      if (this.#placeTerms.has(term)) {
        if (named) return named;
        continue;
      }
      return named ?? actors[0];
    }
    return undefined;
  }
}
