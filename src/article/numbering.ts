import { DataError } from './data-error.ts';
import type { Article, Paragraph, ParagraphRef } from './schema.ts';

/** A paragraph as readers refer to it: 3 for the third body paragraph, "byline" for the byline. */
export function paragraphRef(paragraph: Paragraph): ParagraphRef {
  // checkNumbering guarantees that body paragraphs, and only they, carry a number.
  return paragraph.kind === 'body' ? paragraph.number! : paragraph.kind;
}

/**
 * Checks the article's numbering as readers count it: body paragraphs 1, 2, 3… in reading order,
 * every other kind unnumbered and present at most once, since data files name it by its kind.
 */
export function checkNumbering(article: Article): Map<ParagraphRef, Paragraph> {
  const byRef = new Map<ParagraphRef, Paragraph>();
  let body = 0;
  article.paragraphs.forEach((paragraph, i) => {
    const at = `paragraphs[${i}]`;
    if (paragraph.kind === 'body') {
      body++;
      if (paragraph.number !== body) {
        throw new DataError(
          'data/article.json',
          `${at}.number`,
          `is ${paragraph.number} but body paragraphs must be numbered 1, 2, 3… in reading order (expected ${body})`,
        );
      }
    } else if (paragraph.kind === 'heading') {
      throw new DataError(
        'data/article.json',
        `${at}.kind`,
        'cannot be "heading": a section heading is written once, as sections[].heading, and its passage is made from that',
      );
    } else if (paragraph.number !== null) {
      throw new DataError(
        'data/article.json',
        `${at}.number`,
        `must be null: readers count body paragraphs only, and the ${paragraph.kind} is referred to as "${paragraph.kind}"`,
      );
    }
    const ref = paragraphRef(paragraph);
    if (byRef.has(ref)) {
      throw new DataError(
        'data/article.json',
        `${at}.kind`,
        `is a second "${ref}"; data files name it, so it may appear once`,
      );
    }
    byRef.set(ref, paragraph);
  });
  return byRef;
}

/** Checks that every reference in a data file's list names a paragraph of the article. */
export function checkRefs(
  refs: readonly ParagraphRef[],
  byRef: ReadonlyMap<ParagraphRef, Paragraph>,
  file: string,
  field: string,
): void {
  const count = [...byRef.keys()].filter((r) => typeof r === 'number').length;
  refs.forEach((ref, i) => {
    if (byRef.has(ref)) return;
    throw new DataError(
      file,
      `${field}[${i}]`,
      typeof ref === 'string'
        ? `the article has no ${ref}`
        : `paragraph ${ref} does not exist: the body paragraphs are numbered 1 to ${count}`,
    );
  });
}

/** References sorted as the article reads, for comparing lists and showing them in order. */
export function inReadingOrder(refs: Iterable<ParagraphRef>, article: Article): ParagraphRef[] {
  const position = new Map(article.paragraphs.map((p, i) => [paragraphRef(p), i]));
  return [...refs].sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity));
}
