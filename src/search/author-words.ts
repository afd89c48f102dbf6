import { tokenize } from '../text/fold.ts';

/**
 * "What country is this guy from", "what does the dude do for a living": asked in a channel that
 * reads one column, a man pointed at and not named is its writer. Not "the guy who warned…", "this
 * guy Abadi", "the man in Damascus" or "the guy from the committee", which say who is meant.
 */
const THIS_GUY =
  /\b(?:this|that|the)\s+(?:guy|dude|bloke|fella|fellow|chap|man)\b(?!\s+(?:who|that|which|whose|named|called|in|at|of|on|behind|running|quoted|mentioned|cited)\b)(?!\s+from\s+\w)/gi;
const A_MAN = /\b(?:guy|dude|bloke|fella|fellow|chap|man)\b/i;
/**
 * Words that describe someone the article quotes rather than its writer: "the dude's role on the
 * committee", "the man quoted first".
 */
const SOMEONE_ELSE =
  /\b(?:committee|parliament|lawmaker|mp|deputy|chairman|ambassador|envoy|diplomat|founder|ayatollah|president|minister|quoted|quote|mentioned|cited|named)\b/i;

/**
 * "The person behind this piece", "the one who penned this": the writer, said without naming him,
 * whatever else the question goes on to ask.
 */
const BEHIND_THE_PIECE =
  /\b(?:the|this|that)\s+(?:person|guy|dude|man|one|individual|mind|brain|human)\s+(?:behind|who\s+(?:wrote|penned|authored))\s+(?:this|the|that)(?:\s+(?:piece|article|op-?ed|column|essay|text|thing))?\b/gi;

/** The question with "this guy" read as the author, where it names no one of the article. */
export function readThisGuyAsTheAuthor(text: string, isPerson: (word: string) => boolean): string {
  text = text.replace(BEHIND_THE_PIECE, (said: string) => (/^[A-Z]/.test(said) ? 'The author' : 'the author'));
  if (!A_MAN.test(text) || SOMEONE_ELSE.test(text)) return text;
  if (tokenize(text).some((t) => isPerson(t.word))) return text;
  return text.replace(THIS_GUY, (said: string, at: number) => {
    // A capital after it is a name: "this guy Putin".
    if (/^\s+[A-Z]/.test(text.slice(at + said.length))) return said;
    return /^[A-Z]/.test(said) ? 'The author' : 'the author';
  });
}
