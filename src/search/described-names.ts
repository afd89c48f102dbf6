import type { Actor } from '../article/schema.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { tokenize } from '../text/fold.ts';
import { termsOf } from '../text/terms.ts';

/**
 * People's descriptions (data/people.json) in words neither the article nor its readers use: "the
 * late supreme leader" and "Iran's first supreme leader" are its Khomeini, whom it names but never
 * calls so. A question that gives one word for word is read with the name in its place, so the
 * search finds that person's passage instead of weighing words no passage holds. Descriptions in
 * the article's or its readers' words ("the former ambassador", "the israeli leader") are left as
 * they are: the passages and reader questions hold them.
 */
export class DescribedNames {
  readonly #rewrites: ReadonlyArray<{ pattern: RegExp; name: string }>;

  /** `inArticle`: whether the article or its readers' questions use a term (the search's index). */
  constructor(actors: readonly Actor[], inArticle: (term: string) => boolean) {
    this.#rewrites = actors.flatMap((actor) =>
      (actor.kind === 'person' ? actor.descriptions : [])
        // Several words besides "the" ("the journalist" would take every journalist a member
        // names for the author), and not a question ("who wrote this"), which asks more than the name.
        .filter(
          (description) =>
            description
              .replace(/^\s*the\s+/i, '')
              .trim()
              .includes(' ') && !/^who\b/i.test(description),
        )
        .filter((description) => termsOf(description).some((t) => !inArticle(t.term)))
        .map((description) => ({ pattern: descriptionPattern(description), name: actor.name })),
    );
  }

  /** `text` with each such description it gives word for word replaced by whose it is. */
  named(text: string): string {
    let named = text;
    for (const { pattern, name } of this.#rewrites) named = named.replace(pattern, name);
    return named;
  }
}

/** "Iran's first supreme leader" as typed: "irans first supreme leader", "the iran's first supreme leader". */
function descriptionPattern(description: string): RegExp {
  const words = tokenize(description).map((t) => description.slice(t.start, t.end).replace(/['’]s$/i, ''));
  const own = /^the$/i.test(words[0] ?? '') ? words.slice(1) : words;
  const escaped = own.map((w) => `${escapeRegExp(w)}(?:['’]?s)?`);
  return new RegExp(String.raw`\b(?:the\s+)?${escaped.join(String.raw`[\s,-]+`)}\b`, 'giu');
}
