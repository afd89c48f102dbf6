import { DataError } from './data-error.ts';
import { paragraphsNaming } from './place-check.ts';
import type { Article, ParagraphRef, People } from './schema.ts';

/**
 * The words the article uses for an actor (`mentionedAs`) are shown on their card as the article's
 * own: each must occur, as written, in a paragraph the actor appears in.
 */
export function crossCheckMentions(article: Article, people: People): void {
  people.actors.forEach((actor, i) => {
    const appearsIn: readonly ParagraphRef[] = actor.paragraphs;
    actor.mentionedAs.forEach((form, j) => {
      if (!paragraphsNaming(article, [form]).some((n) => appearsIn.includes(n))) {
        throw new DataError(
          'data/people.json',
          `actors[${i}].mentionedAs[${j}]`,
          `"${form}" does not occur in the paragraphs "${actor.id}" appears in`,
        );
      }
    });
  });
}

/** "“the Iranian regime” (¶1, ¶5)" in a role: the quoted words, then the paragraphs said to hold them. */
const CITED_PHRASE = /[“‘]([^”’]+)[”’][^“‘(]*\(((?:¶\s?\d+(?:,\s*)?)+)\)/g;

/**
 * A role that cites where the article uses a name (“the leadership” (¶10)) shows readers those
 * numbers: each cited paragraph must hold the quoted words, so renumbering or an edit cannot
 * leave a card pointing at the wrong paragraph.
 */
export function crossCheckRoleCitations(article: Article, people: People): void {
  const plain = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');
  people.actors.forEach((actor, i) => {
    for (const [, phrase = '', cites = ''] of actor.role.matchAll(CITED_PHRASE)) {
      for (const cite of cites.matchAll(/¶\s?(\d+)/g)) {
        const number = Number(cite[1]);
        const paragraph = article.paragraphs.find((p) => p.number === number);
        if (!paragraph || !plain(paragraph.text).includes(plain(phrase))) {
          throw new DataError(
            'data/people.json',
            `actors[${i}].role`,
            `cites “${phrase}” in ¶${number}, but ¶${number} does not contain those words`,
          );
        }
      }
    }
  });
}
