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
 * "whats going on there", "what does the text say?"; "what did he say?" too, unless the message
 * speaks of the author. Alone it would be answered about something else. Not the "it" of "does it
 * say", which is the article: "anyway what does it say about the caspian sea".
 */
const LEANS_ON_THE_REST =
  /\bit\b(?<!\b(?:does|did) it)|\b(?:does|did) it\b(?! (?:(?:even|actually|really) )?(?:say|says|mention|mentions|talk about|cover|covers)\b)|\b(?:they|them|that|those|these|there)\b|\bwhat (?:does|do|did) (?:the |this )?(?:text|article|piece|author|writer|it) (?:say|says|think)\W*$/i;

/** "… or is he just some guy with opinions", "… or just some rando": another guess, made small. */
const OTHER_GUESS =
  /,?\s+or\s+(?:(?:is|was)\s+(?:he|she|it|this|that)\s+|(?:are|were)\s+they\s+)?(?:just|only|simply|merely)\b/i;

/** Fewer letters than this is no question of its own ("ok?", "ba?"). */
const MIN_PART_LETTERS = 8;

/** "He" or "she", which lean on a person the rest names, unless the rest speaks of the author. */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/i;
/** The author named as such, not only the piece: then "he" in a part may be read as him. */
const AUTHOR_NAMED = /\b(?:author|writer|columnist|al-?\s?sulami|sulami)\b/i;
/** The author or the piece itself: then "he" in a part may lean on the author. */
const THE_AUTHOR = new RegExp(String.raw`${AUTHOR_NAMED.source}|\b(?:op-?ed|article|piece)\b`, 'i');

/**
 * Where one sentence ends and the next begins: after a question mark, an exclamation mark or a full
 * stop, but not the stop after a one-letter word ("U.S.", "plan b."), a title ("Dr.") or "etc.".
 * "fun fact the 2016 olympiad was in baku! who in the article has an azerbaijan connection" is a
 * remark and then the question.
 */
const SENTENCE_END = /(?<=[?!]|(?<!(?<![\p{L}\p{N}])(?:\p{L}|mr|mrs|ms|dr|st|vs|etc))\.)\s+/iu;

/**
 * A remark that sets what the question is about: "I'm asking about Libya, not Syria. what is
 * russia's role?", "my question is about 2024. is the alliance over?". The question does not stand
 * without it.
 */
const SETS_THE_SCOPE =
  /\b(?:asking|talking|speaking|thinking|curious|question(?:\s+is)?|i\s+mean|i\s+meant)\s+(?:only\s+|just\s+)?(?:about|regarding|re|of)\b|^\W*(?:(?:this|it)\s+is\s+about|about|regarding|re|in\s+terms\s+of|i\s+mean)\b|\bnot\s+(?:about\s+|in\s+)?(?:syria|the\s+article)\b/i;

/**
 * After a comma, words that narrow the question before it, which does not stand without them: "is
 * russia winning, in ukraine?", "the caspian sea, like oil and gas?", "what did iran do, before 2015?".
 */
const NARROWS =
  /^(?:in|on|at|for|to|before|after|during|since|until|like|specifically|especially|particularly|mainly|mostly|only|just|next|last|this|that|these|those|according|per|from|with|without|about|regarding|not|but|except|or|and|as|than|by|between|against|over|under|within|outside|inside|among|toward|towards)\b/i;

/**
 * Said to the reader before a question, run into it without a comma: "be honest does the author
 * think …", "ngl who even wrote this". The question is what follows.
 */
const LEAD_IN = /^\s*(?:(?:to\s+)?be\s+(?:honest|real)|real\s+talk|honestly|seriously|ngl|tbh|lol|lmao)\s+(?=\S)/i;

/**
 * The questions a message asks, in order, when it asks more than one: the sentences that open as a
 * question does, a lead-in run into one left off. Of one sentence, the question a lead-in or an
 * aside after a comma hides, or nothing. A comma is not split at otherwise: "Iran and Saudi, why are
 * they enemies" leaves "why are they enemies" with no one to ask about, and "is russia winning, in
 * ukraine?" is not asked of Syria. `namesSomeoneElse` says whether a text names a person other than
 * the author: where it does, "he" in a part is not read as the author.
 */
export function questionParts(text: string, namesSomeoneElse: (text: string) => boolean = () => false): string[] {
  const sentences = text.split(SENTENCE_END).map((sentence) => withoutLeadIn(sentence.trim()));
  if (sentences.length < 2) {
    const one = sentences[0] ?? '';
    // The whole message, a lead-in left off: nothing else for it to lean on.
    const parts = one !== text.trim() && asksOnItsOwn(one, true) ? [one] : [];
    // "who is don emmert lol, is he in the astro club": a question, then a comma and an aside.
    const comma = /,\s+/.exec(one);
    const clause = comma ? one.slice(0, comma.index) : '';
    const rest = comma ? one.slice(comma.index + comma[0].length) : '';
    // "…, and what is his favourite food": a second question, not a narrowing. Not "…, or is it losing
    // in ukraine", "…, like is it winning the war in ukraine": the same question, narrowed.
    const goesOnAsking = OPENS_A_QUESTION.test(rest);
    if (comma && (goesOnAsking || !NARROWS.test(rest)) && asksOnItsOwn(clause)) parts.push(clause);
    // "does the author actually have a phd or is he just some guy with opinions": a question of the
    // author, then a dismissive other guess, which is the member's remark. Of anything else the
    // guess is half the question ("is the war over or just paused", "is russia bombing syria or
    // just isis"), and of the bot a question about itself.
    const dismissed = OTHER_GUESS.exec(one);
    const guessedFirst = dismissed ? one.slice(0, dismissed.index) : '';
    if (dismissed && AUTHOR_NAMED.test(guessedFirst) && !parts.includes(guessedFirst) && asksOnItsOwn(guessedFirst)) {
      parts.push(guessedFirst);
    }
    return parts;
  }
  const asking = sentences.filter((sentence) => asksOnItsOwn(sentence));
  // A remark setting the scope leaves no question that stands without it.
  const scoped = sentences.some((s) => !asking.includes(s) && !s.endsWith('?') && SETS_THE_SCOPE.test(s));
  if (scoped) return [];
  const ofTheAuthor = THE_AUTHOR.test(text);
  const heIsTheAuthor = AUTHOR_NAMED.test(text) && !namesSomeoneElse(text);
  return asking
    .filter((sentence) => !PERSON_PRONOUN.test(sentence) || ofTheAuthor)
    .map((sentence) => (heIsTheAuthor ? theAuthorFor(sentence) : sentence));
}

/** A sentence without the lead-in run into it: "be honest does the author …" is "does the author …". */
function withoutLeadIn(sentence: string): string {
  const lead = LEAD_IN.exec(sentence);
  return lead ? sentence.slice(lead[0].length) : sentence;
}

/**
 * A part that opens as a question, long enough to ask something, that does not lean on the rest
 * (unless it is `whole`: the message itself, a lead-in left off).
 */
function asksOnItsOwn(part: string, whole = false): boolean {
  return (
    OPENS_A_QUESTION.test(part) &&
    (whole || !LEANS_ON_THE_REST.test(part)) &&
    (part.match(/\p{L}/gu) ?? []).length >= MIN_PART_LETTERS
  );
}

/**
 * "He" in a part, where the message names the author and no one else, is the author: "the author is
 * Saudi. does he say anything about saudi-iran relations?" asks what the author says, and is read so.
 */
function theAuthorFor(part: string): string {
  return part.replace(/\b(?:his|her|hers)\b/gi, "the author's").replace(/\b(?:he|she|him)\b/gi, 'the author');
}
