/**
 * "What role does Azerbaijan play", "why is Netanyahu important here", "what's the significance of
 * 1941 in the article": what part something plays in the piece, which is what the article says
 * about it, asked of a name or a few words. Read so, the question is answered from the passage that names it; as typed, "role",
 * "play" and "important" weigh as if the passage had to hold them, and questions worded like it
 * about what the article never names ("what role does hezbollah play") drew it to "not in the
 * article".
 */
/** "so", "and", "ok" before the question. */
const LEAD = String.raw`^\W*(?:(?:so|and|but|ok|wait)\s+)?`;
/** The thing whose part is asked: a name or a few words ("azerbaijan", "the caspian sea"). */
const THING = String.raw`((?:[\p{L}\p{N}'’.-]+\s+){0,2}?[\p{L}\p{N}'’.-]+)`;
const PIECE = String.raw`(?:article|piece|story|op\s?-?ed)`;

const PART_PLAYED = [
  new RegExp(
    String.raw`${LEAD}(?:what|which)\s+(?:role|part)\s+(?:does|do|did)\s+${THING}\s+(?:play|have)(?:\s+(?:here|in\s+(?:it|this|all\s+(?:of\s+)?this|the\s+${PIECE}|this\s+${PIECE})))?\W*$`,
    'iu',
  ),
  new RegExp(
    String.raw`${LEAD}why\s+(?:is|are|was|were)\s+${THING}\s+(?:so\s+)?(?:important|relevant|significant|mentioned|brought\s+up)(?:\s+(?:here|in\s+(?:it|this|the\s+${PIECE}|this\s+${PIECE})))?\W*$`,
    'iu',
  ),
  new RegExp(
    String.raw`${LEAD}(?:what\s+is|what['’]?s|whats)\s+the\s+(?:significance|importance|relevance)\s+of\s+(?:the\s+)?${THING}(?:\s+(?:reference|mention|part|bit|thing))?(?:\s+(?:here|in\s+(?:the|this)\s+${PIECE}))?\W*$`,
    'iu',
  ),
];

/** The question as asking what the article says about the thing whose part it asks, else as it was. */
export function readAsPartPlayed(text: string): string {
  for (const pattern of PART_PLAYED) {
    const thing = pattern.exec(text)?.[1];
    if (thing !== undefined && thing.trim() !== '') return `what does the article say about ${thing.trim()}`;
  }
  return text;
}
