/**
 * A message that asks two things at once ("where's the writer from, what's his passport say",
 * "isnt this just saudi propaganda? who even is this guy"): the questions it asks, each on its own.
 * Read whole, the part the article cannot answer sinks the part it can.
 */

/**
 * A part that opens as a question does: "what's …", "who even is …", "does he …", after a word or
 * two and a comma too ("halo kak, who is the writer?"). Not "would be useful for my essay", which
 * is said, nor "could you …", which asks a favour.
 */
const OPENS_A_QUESTION =
  /^\s*(?:\p{L}+(?:\s+\p{L}+)?,\s*)?(?:(?:and|so|but|ok|okay|also|anyway|anyways|btw)\s+)?(?:(?:who|what|wat|why|how|where|when|which)(?:['’]?s\b|\s+(?:\w+\s+)?(?:is|are|was|were|did|does|do|has|have|had|will|would|can)\b)|(?:who|which)\s+(?:in|of|from|among)\b|whos\b|whats\b|wheres\b|(?:is|are|was|were|did|does|do)\s+\w)/iu;

/**
 * A part that leans on the rest of the message for what it asks about: "is Trump quoted on it?",
 * "whats going on there",
 * "what does the text say?"; "what did he say?" too, unless the message speaks of the author. Alone it would be answered about something else.
 */
const LEANS_ON_THE_REST =
  /\b(?<!\b(?:does|did|do|will|would) )it\b|\b(?:they|them|that|those|these|there)\b|\bwhat (?:does|do|did) (?:the |this )?(?:text|article|piece|author|writer|it) (?:say|says|think)\W*$/i;

/** Fewer letters than this is no question of its own ("ok?", "ba?"). */
const MIN_PART_LETTERS = 8;

/**
 * The questions a message asks, in order, when it asks more than one: the sentences that open as
 * a question does, split after a question mark. A comma is not split at: "Iran and Saudi, why are
 * they enemies" leaves "why are they enemies" with no one to ask about. One question gives [].
 */
/** "He" or "she", which lean on a person the rest names, unless the rest speaks of the author. */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/i;
const THE_AUTHOR = /\b(?:author|writer|columnist|al-?\s?sulami|sulami|op-?ed|article|piece)\b/i;

/**
 * Where one sentence ends and the next begins: after a question mark, an exclamation mark or a full
 * stop, but not the stop of "U.S." or "Dr.". "fun fact the 2016 olympiad was in baku! who in the
 * article has an azerbaijan connection" is a remark and then the question.
 */
const SENTENCE_END = /(?<=[?!]|(?<!\b(?:\p{Lu}|mr|mrs|ms|dr|st|vs|etc))\.)\s+/iu;

/**
 * Said to the reader before a question, run into it without a comma: "be honest does the author
 * think …", "ngl who even wrote this". The question is what follows.
 */
const LEAD_IN = /^\s*(?:(?:to\s+)?be\s+(?:honest|real)|real\s+talk|honestly|seriously|ngl|tbh|lol|lmao)\s+(?=\S)/i;

export function questionParts(text: string): string[] {
  const sentences = text.split(SENTENCE_END).map((sentence) => sentence.trim());
  if (sentences.length < 2) {
    const after = LEAD_IN.exec(text);
    const rest = after ? text.slice(after[0].length) : '';
    if (after) return OPENS_A_QUESTION.test(rest) ? [rest] : [];
    // "who is don emmert lol, is he in the astro club": a question, then a comma and an aside.
    const [clause] = text.split(/,\s+/);
    return clause !== undefined && clause !== text && asksOnItsOwn(clause) ? [clause] : [];
  }
  const ofTheAuthor = THE_AUTHOR.test(text);
  return sentences
    .filter((sentence) => asksOnItsOwn(sentence) && (!PERSON_PRONOUN.test(sentence) || ofTheAuthor))
    .map((sentence) => (ofTheAuthor ? theAuthorFor(sentence) : sentence));
}

/** A part that opens as a question, long enough to ask something, that does not lean on the rest. */
function asksOnItsOwn(part: string): boolean {
  return (
    OPENS_A_QUESTION.test(part) &&
    !LEANS_ON_THE_REST.test(part) &&
    (part.match(/\p{L}/gu) ?? []).length >= MIN_PART_LETTERS
  );
}

/**
 * "He" in a part, where the rest of the message speaks of the author, is the author: "the author is
 * Saudi. does he say anything about saudi-iran relations?" asks what the author says, and is read so.
 */
function theAuthorFor(part: string): string {
  return part.replace(/\b(?:his|her|hers)\b/gi, "the author's").replace(/\b(?:he|she|him)\b/gi, 'the author');
}
