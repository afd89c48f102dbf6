import { DataError } from './data-error.ts';
import { paragraphsNaming } from './place-check.ts';
import type { Article, People } from './schema.ts';

/**
 * The words the article uses for an actor (`mentionedAs`) are shown on their card as the article's
 * own: each must occur, as written, in a paragraph the actor appears in.
 */
export function crossCheckMentions(article: Article, people: People): void {
  people.actors.forEach((actor, i) => {
    actor.mentionedAs.forEach((form, j) => {
      if (!paragraphsNaming(article, [form]).some((n) => actor.paragraphs.includes(n))) {
        throw new DataError(
          'data/people.json',
          `actors[${i}].mentionedAs[${j}]`,
          `"${form}" does not occur in the paragraphs "${actor.id}" appears in`,
        );
      }
    });
  });
}
