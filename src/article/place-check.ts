import { wholeWordIndex } from '../text/whole-word.ts';
import { DataError } from './data-error.ts';
import { checkRefs, inReadingOrder, paragraphRef } from './numbering.ts';
import type { Article, Paragraph, ParagraphRef, People } from './schema.ts';

const PEOPLE = 'data/people.json';

/** The paragraphs whose text uses any of the forms as a whole word, in reading order. */
export function paragraphsNaming(article: Article, forms: readonly string[]): ParagraphRef[] {
  return article.paragraphs.filter((p) => forms.some((form) => wholeWordIndex(p.text, form) >= 0)).map(paragraphRef);
}

/**
 * Places are checked against the article's own words, so their paragraph lists cannot drift
 * from the text, and every name a reader may type points to one thing only.
 */
export function crossCheckPlaces(
  article: Article,
  people: People,
  paragraphsByRef: ReadonlyMap<ParagraphRef, Paragraph>,
): void {
  const owners = new Map<string, string>();
  for (const actor of people.actors) {
    for (const name of [actor.name, ...actor.aliases, ...actor.descriptions]) owners.set(name.toLowerCase(), actor.id);
  }
  const ids = new Set(people.actors.map((a) => a.id));
  people.places.forEach((place, i) => {
    const at = `places[${i}]`;
    if (ids.has(place.id))
      throw new DataError(PEOPLE, `${at}.id`, `"${place.id}" is already used by an actor or place`);
    ids.add(place.id);
    place.namedAs.forEach((form, j) => {
      if (paragraphsNaming(article, [form]).length === 0) {
        throw new DataError(PEOPLE, `${at}.namedAs[${j}]`, `"${form}" does not occur in data/article.json`);
      }
    });
    checkRefs(place.paragraphs, paragraphsByRef, PEOPLE, `${at}.paragraphs`);
    const listed = inReadingOrder(place.paragraphs, article).join(',');
    const found = paragraphsNaming(article, place.namedAs).join(',');
    if (listed !== found) {
      throw new DataError(
        PEOPLE,
        `${at}.paragraphs`,
        `lists [${listed}] but the article names "${place.name}" in paragraphs [${found}]`,
      );
    }
    for (const name of new Set([place.name, ...place.namedAs, ...place.aliases].map((n) => n.toLowerCase()))) {
      const owner = owners.get(name);
      if (owner) {
        throw new DataError(PEOPLE, `${at}.aliases`, `"${name}" also names "${owner}"; a name must point to one entry`);
      }
      owners.set(name, place.id);
    }
  });
}
