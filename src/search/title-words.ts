/**
 * "How is this article called", "how is called this article", "how the piece is called": the way
 * speakers of many languages ask a title (French "comment s'appelle", German "wie heißt"). Read
 * word for word, "how" and "called" find passages where someone calls something by a name.
 */
const HOW_CALLED =
  /\bhow\s+(?:is\s+(?:this|the)\s+(?:article|piece|op\s?-?ed|column|text|essay)\s+called|is\s+called\s+(?:this|the)\s+(?:article|piece|op\s?-?ed|column|text|essay)|(?:this|the)\s+(?:article|piece|op\s?-?ed|column|text|essay)\s+is\s+called)\b/gi;

/** The question with a title asked as "how is it called" asked as "what is the title". */
export function readAsTheTitle(text: string): string {
  return text.replace(HOW_CALLED, 'what is the title of this article');
}

/** "dahqani's title", "abadi's official title": whose title, and how it was put. */
const OWNED_TITLE = /\b([\p{L}-]+['’]s\s+)((?:official|job|exact|full|formal)\s+)?title\b/giu;

/**
 * A person's title is the post they hold, not the article's title: "dahqani's title?" asks what
 * he is. `isPerson` says whether a typed word (folded) names someone; "the article's title" and
 * "the piece's title" are left alone.
 */
export function readPersonsTitle(text: string, isPerson: (word: string) => boolean): string {
  return text.replace(OWNED_TITLE, (whole, owned: string, how: string | undefined) =>
    isPerson(owned.replace(/['’]s\s+$/, '').toLowerCase()) ? `${owned}${how ?? ''}post` : whole,
  );
}
