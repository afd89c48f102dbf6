/**
 * "Is this article old?", "how old is this piece", "is this old news": how recent the piece is,
 * which is when it was written. Without this reading, "old" and "recent" meet the article's own
 * "old historical pattern" and "recent developments" and are answered from them. "Is this … old"
 * needs a piece word ("is this falling-out something new" asks about the events); "how old is this"
 * and "how recent is this", asked of "this" alone, are taken as asked of the piece.
 */
const PIECE = String.raw`(?:article|piece|op[ -]?ed|column|story|commentary|write[ -]?up)`;
const AGE_OF_THE_PIECE = new RegExp(
  String.raw`^\W*(?:[\p{L}\p{N}']+(?: [\p{L}\p{N}']+){0,2}\s*[,.!:;]\s*)?(?:(?:so|ok|okay|wait|hey|and|but|lol|lmao|haha|yo|um|uh)\W+)*(?:` +
    String.raw`is (?:this|the|that|it)(?: ${PIECE}) (?:(?:really|even|kinda|kind of|pretty|very|super) )?(?:old|recent|new|outdated|dated|fresh|current|up[ -]to[ -]date)(?: (?:news|or (?:not|new|old|recent)))?` +
    String.raw`|is (?:this|that|it|the ${PIECE}) (?:(?:really|even|kinda|kind of|pretty) )?old news` +
    String.raw`|how (?:old|recent|new) is (?:this|the|that|it)(?: ${PIECE})?` +
    String.raw`)\b(?:\W+(?:lol|lmao|haha|tho|though|then|tbh|ngl|or what|or nah))*[^\p{L}\p{N}]*$`,
  'iu',
);

/** The question read as when the piece was written, where it asks how old the piece is. */
export function readAsWhenPublished(text: string): string {
  return AGE_OF_THE_PIECE.test(text) ? 'when was this article published' : text;
}
