/*
 * Questions about someone's private life, which the article gives of no one.
 */

/**
 * Someone's private life: the article says nothing of anyone's family, faith, birth or pastimes
 * ("is the author married", "does putin have kids"). Not a role ("which religious leader").
 */
const PRIVATE_LIFE =
  /\b(?:married|marry|wife|wives|husband|spouse|girlfriend|boyfriend|kids|children|daughters?|religion|religious(?!\s+(?:leaders?|figures?|clerics?|authorit(?:y|ies)|establishment|regime|state|founder))|hobby|hobbies|birthday|born)\b/i;
/**
 * The member speaking of themselves just before it: "i was born in tehran", "my late husband said",
 * "im iranian born and raised"; not "can you tell me if the author is married".
 */
const OWN_LIFE_BEFORE = /\b(?:i|im|i['’]m|i am|i was|my|our|we)\b(?:\s+[\w'’-]+){0,2}\s+$/i;
/** A view between the person and the word: "does the author think the alliance was born of need". */
const VIEW_BEFORE =
  /\b(?:think|thinks|believe|believes|say|says|said|see|sees|argue|argues|claim|claims|feel|feels|mention|mentions|write|writes|wrote|call|calls|describe|describes)\b/i;
/** A person pointed at by a pronoun: "is he married". */
const PERSON_PRONOUN = /\b(?:he|his|him|she|her|hes|shes)\b/i;

/**
 * Whether the question asks about a person's private life (PRIVATE_LIFE), not the member's own: a
 * person must be pointed at or named (`namesAPerson`: "is the author married", "does putin have
 * kids"); "is iran married to russia" asks of no one's life, and "does the author think the alliance
 * was born of need" asks his view.
 */
export function asksAPrivateLife(text: string, namesAPerson: (text: string) => boolean): boolean {
  const asked = PRIVATE_LIFE.exec(text);
  if (!asked) return false;
  const before = text.slice(0, asked.index);
  if (OWN_LIFE_BEFORE.test(before) || VIEW_BEFORE.test(before)) return false;
  return PERSON_PRONOUN.test(text) || namesAPerson(text);
}
