import { placesInEnglish } from '../text/exonyms.ts';
import { foldText } from '../text/fold.ts';
import { withoutMentions } from '../text/read-input.ts';

/**
 * Words a lookup is wrapped in ("who is …", "tell me about …", "what does … think"), stripped
 * from either end until none is left, so what remains is the name or description itself.
 */
const LEADING = new RegExp(
  '^(?:' +
    [
      'hey',
      'hi',
      'yo',
      'ok',
      'okay',
      'so',
      'and',
      'um+',
      'uh+',
      'pls',
      'plz',
      'please',
      'bot',
      'who(?: (?:exactly|tf|the hell|on earth))? (?:is|was|are|were|s)',
      'whos',
      'who',
      'tell me (?:more )?(?:about|abt|on)',
      'tell me who (?:is|was)',
      '(?:can|could) (?:you|u) tell me (?:about|who is)',
      'what (?:does|do|did|is|was|about|s)',
      'whats',
      'wat(?: (?:does|do|is|about))?',
      'wats',
      'what',
      'how about',
      'info(?:rmation)? (?:on|about)',
      'anything (?:on|about)',
      'do (?:you|u) know(?: anything about)?',
      'know anything about',
      'look ?up',
      'search(?: for)?',
      'find',
      'show(?: me)?',
      'describe',
      // "How is Netanyahu described", "how does the article describe him": asked as a lookup.
      'how (?:is|was|are|were)',
      'how (?:does|did) (?:the |this )?(?:article|author|piece|writer|op ?ed) (?:describe|portray|present)d?',
      'explain',
      'details (?:on|about)',
      'more (?:on|about)',
      'i mean',
    ].join('|') +
    ') ',
);
const TRAILING = new RegExp(
  ' (?:' +
    [
      'thinks?',
      'thought',
      'says?',
      'said',
      'believes?',
      'wants?',
      'stands? for',
      'do',
      'does',
      'views?',
      'opinions?',
      'stance',
      'position',
      'role',
      'take',
      'deal',
      'story',
      'again',
      'exactly',
      'pls',
      'plz',
      'please',
      'lol',
      'lmao',
      'tho',
      'then',
      'in (?:this|the) (?:article|piece|op ?ed|column|story)',
      // When: the article has one holder of each post, "at the time" or not.
      'at the time(?: of (?:the|this) (?:article|piece|op ?ed|column|story|writing))?',
      'back then',
      'at that time',
      'when (?:this|it) was written',
      'in it',
      'here',
      'mentioned',
      'described',
      'portrayed',
      'depicted',
      'presented',
      'about',
      // "Who was Ayatollah Khomeini, as described in the article".
      'as (?:described|mentioned|portrayed|presented|depicted|shown)',
      'according to (?:the |this )?(?:article|piece|op ?ed|column|story|author|writer)',
    ].join('|') +
    ')$',
);

/** The query folded to plain words: lower case, no accents, possessives and punctuation gone. */
export function plainWords(text: string): string {
  // "/who moskau" is Moscow: place names written in other languages are looked up in English.
  return placesInEnglish(
    foldText(text)
      .replace(/'s\b/g, '')
      // The article and its descriptions say "the US": "the usa president" is the same post.
      .replace(/\busa\b/g, 'us')
      .replace(/[^\p{L}\p{N}@]+/gu, ' ')
      .trim(),
  );
}

/** The name or description a lookup asks for, with the words wrapped around it removed. */
export function stripWrappers(query: string): string {
  // "@everyone putin", "<@123> who is abadi": a mention is whom the member addressed, not the name.
  let text = plainWords(withoutMentions(query));
  for (;;) {
    const next = text.replace(LEADING, '').replace(TRAILING, '').trim();
    if (next === text || next === '') return text;
    text = next;
  }
}

/** Folded words of a name: "al-Sulami" → ["al", "sulami"]; a leading @ (a handle) is dropped. */
export function nameTokens(text: string): string[] {
  return foldText(text)
    .replace(/^@/, '')
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
