import type { ParagraphRef, UnnumberedKind } from '../article/schema.ts';

/** What replies call the paragraphs readers do not count. */
const UNNUMBERED_NAMES: Record<UnnumberedKind | 'heading', string> = {
  title: 'title',
  credit: 'photo credit',
  byline: 'byline',
  bio: "author's note",
  disclaimer: 'disclaimer',
  heading: 'section heading',
};

/** "¶ 3" for the third body paragraph; "byline", "author's note"… for the rest, which have no number. */
export function paragraphLabel(ref: ParagraphRef): string {
  return typeof ref === 'number' ? `¶ ${ref}` : UNNUMBERED_NAMES[ref];
}

/** The label where it starts a line or a field: "¶ 3", "Byline", "Author's note". */
export function paragraphHeading(ref: ParagraphRef): string {
  const label = paragraphLabel(ref);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The label inside a sentence: "¶ 3", "the byline". */
export function paragraphInSentence(ref: ParagraphRef): string {
  return typeof ref === 'number' ? paragraphLabel(ref) : `the ${paragraphLabel(ref)}`;
}
