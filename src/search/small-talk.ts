/**
 * Messages that are said to the bot rather than asked about the article: thanks, greetings,
 * reactions ("thanks bot ur the best", "hi", "lol ok"), and asking whether the piece is true,
 * which the piece itself cannot settle. Searched, their one word the article happens to use
 * ("best", "true") would be taken as a question about that passage.
 */
const OPENER =
  /^(?:thanks?|thank you|thx|thnx|ty|tysm|cheers|hi+|hello|hey+|heya|yo|sup|gm|gn|good (?:morning|evening|night|bot)|bye|goodbye|lol|lmao|haha+|ok+|okay|cool|nice|great|wow|gg|awesome)\b/;

/** What may follow an opener without turning it into a question. */
const AFTER_OPENER =
  /\b(?:bot|you|your|you re|youre|u|ur|the|a|so|very|much|lot|lots|man|bro|guys|all|everyone|again|mate|dude|buddy|lol|lmao|best|good|great|awesome|helpful|nice|cool|work|job|there|it|that|this|for|thanks?|thank|is|are|one|ok|okay|appreciate|appreciated|love|help|helped|helps|helpful|useful|bye|see|ya|later|morning|evening|night|hi|hello|hey|and)\b/g;

const ASKS_IF_TRUE =
  /^(?:is|are|was) (?:any of |all of |some of )?(?:this|that|it|these|the article|this article|the piece|this piece|the op ?ed|this op ?ed|the author|he)(?: \w+)? (?:even |really |actually |all |just )?(?:true|real|accurate|legit|fake|correct|reliable|right|lying|propaganda|biased)(?: (?:lol|lmao|tho|though|tbh|ngl|or not|at all|or what|even))*$/;

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True for a message that talks to the bot, not about the article. Chat-speak should be expanded first. */
export function isSmallTalk(text: string): boolean {
  const q = normal(text);
  if (ASKS_IF_TRUE.test(q)) return true;
  const opener = OPENER.exec(q);
  return opener !== null && q.slice(opener[0].length).replace(AFTER_OPENER, ' ').trim() === '';
}
