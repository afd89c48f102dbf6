import { tokenize } from '../text/fold.ts';

/**
 * "What country is this guy from", "what does the dude do for a living": asked in a channel that
 * reads one column, a man pointed at and not named is its writer. Not "the guy who warned…", "this
 * guy Abadi" or "the man in Damascus", which say who is meant, nor a question that names anyone of
 * the article.
 */
const THIS_GUY =
  /\b(?:this|that|the)\s+(?:guy|dude|bloke|fella|fellow|chap|man)\b(?!\s+(?:who|that|which|whose|named|called|in|at|of|on|behind|running|from\s+\w)\b)(?!\s+[A-Z])/g;

/** The question with "this guy" read as the author, where it names no one of the article. */
export function readThisGuyAsTheAuthor(text: string, isPerson: (word: string) => boolean): string {
  if (!/\b(?:guy|dude|bloke|fella|fellow|chap|man)\b/.test(text)) return text;
  if (tokenize(text).some((t) => isPerson(t.word))) return text;
  return text.replace(THIS_GUY, 'the author');
}
