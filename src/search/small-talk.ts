import { wordsOf, tokenize } from '../text/fold.ts';
import { LEAD_IN_WORDS } from '../text/lead-ins.ts';
import { namesANewcomer, namesTheWholePiece } from './question-type.ts';

/**
 * Messages that are said to the bot rather than asked about the article: thanks, greetings,
 * reactions ("thanks bot ur the best", "hi", "lol ok"), and asking whether the piece is true,
 * which the piece itself cannot settle. Searched, their one word the article happens to use
 * ("best", "true") would be taken as a question about that passage.
 */
const OPENER =
  /^(?:thanks?|thank you|thx|thnx|ty|tysm|cheers|appreciate it|much appreciated|appreciated|nvm|never mind|hi+|hello|hey+|heya|yo|sup|gm|gn|good (?:morning|evening|night|bot)|bye|goodbye|see (?:you|ya|u)|have a (?:good|nice|great|lovely) (?:one|day|night|evening|weekend)|lol|lmao|haha+|ok+|okay|cool|nice|great|wow|gg|awesome|(?:(?:very|so|really|super|such an?) )?(?:useful|usefull|helpful|handy|smart|neat|brilliant|amazing|great|nice|cool|awesome|good) (?:bot|tool))\b/;

/** What may follow an opener without turning it into a question. */
const AFTER_OPENER =
  /\b(?:bot|you|your|you re|youre|u|ur|the|a|so|very|much|lot|lots|man|bro|guys|all|everyone|again|mate|dude|buddy|lol|lmao|best|good|great|awesome|helpful|nice|cool|work|job|there|it|that|this|for|thanks?|thank|is|are|one|ok|okay|appreciate|appreciated|love|help|helped|helps|helpful|useful|bye|see|ya|later|morning|evening|night|tonight|today|hi|hello|hey|and|legend|hero|lifesaver|star|champ|mvp|anyway|anyways|nvm|soon|have|day|weekend|ton|tons|loads|heaps|bunch|with|my|our|presentation|essay|homework|assignment|notes|project|exam|quiz|really|super)\b/g;

/** A goodbye said after thanks: "Off to bed now before I start another essay." */
const FAREWELL =
  /^(?:(?:ok|okay|anyway|anyways|right|well)\s+)?(?:off to (?:bed|sleep|class|work)|gotta go|got to go|g2g|gtg|good ?night|gn|night|see (?:you|ya|u)|later|bye|signing off|logging off|heading (?:out|off)|time for bed|going to (?:bed|sleep)|have a (?:good|nice|great|lovely) (?:one|day|night|evening|weekend))\b/;

/** Words asking whether the piece is fair to both sides, which an opinion column does not set out to be. */
const FAIRNESS = String.raw`(?:biased|neutral|impartial|objective|unbiased|balanced|one sided|partisan)`;
/** The bot asked to judge the piece or its author: true, legit, biased, "far from neutral". */
const ASKS_IF_TRUE = new RegExp(
  String.raw`^(?:(?:is|are|was) (?:any of |all of |some of )?(?:this|that|it|these|(?:the|this) (?:article|piece|op ed|oped|column|story)|the author)(?: even| really| actually| all| just)? (?:far from )?(?:true|real|accurate|legit|fake|fake news|correct|reliable|trustworthy|credible|right|lying|propaganda|misinformation|disinformation|${FAIRNESS})|(?:should|can|could) (?:(?:i|we|one) (?:even |really |actually )?(?:trust|believe)|(?:u|you) (?:even |really |actually )?trust) (?:this|that|it|him|(?:the|this) (?:article|piece|op ed|oped|column|story|author|writer)))(?: (?:lol|lmao|tho|though|tbh|ngl|or not|at all|or what|even))*$`,
);
/** Of those, the ones asking whether it is fair to both sides. */
const JUDGES_FAIRNESS = new RegExp(String.raw`\b${FAIRNESS}\b`);

/** Asking about the bot itself: whether it is a person, up, or who made it. */
const ABOUT_THE_BOT = [
  /^(?:(?:be )?honest(?:ly)? )?(?:bot )?(?:are|r) (?:you|u) (?:even |actually |really |still |just |secretly |truly |honestly |literally )?(?:an? )?(?:bot|real|human|person|robot|ai|online|offline|down|up|working|broken|dead|alive|awake|there|chatgpt|gpt|sentient|conscious|biased)(?: (?:toward|towards|against|for|to) (?:\w+ )?\w+)?(?: (?:person|human|bot|lol|lmao|tho|rn|or smth|or something|or not|or what|or (?:just )?(?:an? )?\w+))*(?: be honest| honestly| tbh)?$/,
  // "bot, you are human or robot?": asked in the order of a statement.
  /^(?:bot )?(?:you|u) (?:are|r|re) (?:an? )?(?:human|person|robot|bot|ai|real)(?: or (?:an? )?(?:human|person|robot|bot|ai|real|not))?(?: (?:lol|lmao|tho|bot))*$/,
  // "bot did u write this article lol": the piece has an author, and it is not the bot.
  /^(?:bot )?(?:did|do) (?:you|u) (?:write|wrote|author|make|made) (?:this|that|the)(?: (?:article|piece|op ed|oped|column|thing|essay))?(?: (?:lol|lmao|tho|bot|too|yourself|urself))*$/,
  // "bot ur kinda slow ngl", "you are so dumb": said of the bot, not asked of the article (praise is thanks).
  /^(?:bot )?(?:ur|you re|youre|u r|you are|u re) (?:kinda |so |really |very |pretty |a bit |lowkey |quite )?(?:slow|fast|quick|dumb|smart|stupid|useless|broken|laggy)(?: (?:lol|lmao|tho|ngl|tbh|bot|today|rn|now))*$/,
  /^is (?:the |this |ur |your )?(?:discord )?bot (?:even |actually |really |still )?(?:a |an )?(?:real|human|person|online|offline|down|up|working|broken|dead|alive|awake|there|ai|chatgpt|gpt|biased|neutral|fair|accurate|reliable|censored)(?: (?:toward|towards|against|for|to) (?:\w+ )?\w+)?(?: (?:lol|lmao|tho|rn|or smth|or something|or not|or what|again|today|now|or is it just me|for anyone else))*$/,
  // "who wrote this thing" asks for the author: only the bot itself is "you".
  /^(?:who|what company|which company) (?:made|built|created|programmed|coded|owns|runs|trained|developed) (?:you|u|this bot|the bot)(?: lol| lmao| tho| anyway| anyways)?$/,
  // "why does this bot always side with the west lol": whether the bot takes a side.
  /^(?:why )?(?:does|do|is) (?:the |this |ur |your )?bot (?:always |even |just |really )?(?:side|sides|siding|lean|leans|leaning|take|takes|taking) (?:with|toward|towards|to|against|sides?)\b(?: \w+){0,3}$/,
  /^(?:what|wat) (?:are|r) (?:you|u)(?: lol| exactly| even)?$/,
  /^(?:what|wat)(?: s| is|s)? (?:ur|your) name$/,
  // Using the bot or Discord itself: "how do i get the bot to post in another channel", "is discord down".
  /^(?:how do i|how can i|can i|can you|can u|how do you|how do u)\b.*\b(?:the bot|this bot)\b.*\b(?:post|pin|channel|server|dm|dms|invite|add|set up|setup|role|roles|permission|permissions|nickname|admin)\b/,
  // "bot can u write my essay on ww2": a task for the bot that is not about the article.
  /^(?:bot )?(?:(?:can|could|will|would) (?:you|u) |pls |please )?(?:please |pls )?(?:write|do|finish|make|draw|code|generate|compose) (?:my|me|us|a|an|some)(?: \w+){0,2} (?:essay|essays|homework|assignment|paper|poem|song|joke|code|script|program|meme|picture|image|drawing|letter|email|resume|cv)\b(?!.*\b(?:article|piece|op ed|oped|column|author|writer|iran|russia|syria|alliance)\b)/,
  /^(?:is|r|are|anyone|yo)\s+(?:\w+\s+)?discord\s+(?:down|lagging|laggy|broken|working|crashed|crashing)\b/,
  /^(?:(?:yo|hey|hi|hello|sup|good (?:morning|evening|afternoon|day))\s+)?(?:everyone\s+)?(?:please\s+)?(?:bot\s+)?(?:how s|hows|how is|how are|hru|how r|how) (?:ur|your|u|you)(?: day| doing| going| today)?(?: going| today)?(?: lol| bot)?$/,
  /^(?:what can (?:you|u) do|how do (?:you|u) work|what do (?:you|u) do)(?: lol| exactly)?$/,
  // "Do you agree with the author", "what's your opinion on this": the bot's own view, which it has none of
  // ("your take on abadi's comments" asks about his comments, as the article gives them).
  /^(?:bot )?(?:do|would|did) (?:you|u) (?:agree|disagree)(?: with (?:the |this |that )?(?:author|writer|columnist|article|piece|him|it|this|that))?(?: (?:lol|tho|bot|or not))*$/,
  /^(?:bot )?(?:what|wat|whats)(?: is| s| re| are)? (?:your|ur) (?:own |personal |honest )?(?:opinion|opinions|view|views|take|thoughts?|stance|position)(?: (?:on|about|of) (?:it|this|that|the article|the piece|this article|this piece|the author|him|all this|all of this))?(?: (?:lol|tho|bot))*$/,
  /^(?:bot )?(?:what|wat) do (?:you|u) (?:personally )?think(?: (?:about|of) (?:it|this|that|the article|the piece|the author|him|all this|all of this))?(?: (?:lol|tho|bot))*$/,
  // "help", "commands?", "what is this bot", "what does this bot do": how to use it, asked of the bot.
  /^(?:(?:bot )?(?:help|halp)(?: me)?|(?:what are )?(?:the |ur |your )?commands|(?:what|wat)(?: is| s|s)? (?:this|the|that) bot(?: for)?|(?:what|wat) (?:does|do) (?:this|the|that) bot (?:even |actually |really )?do)(?: (?:pls|please|plz|lol|bot|exactly|even))*$/,
  // "the bot is working today?": asked in the order of a statement, as speakers of many languages ask.
  /^(?:the |this |ur |your )?bot (?:is |s )?(?:even |actually |still )?(?:working|online|offline|up|down|broken|alive|awake|there)(?: (?:today|rn|now|again|lol|or not))*$/,
  // "how do i use this bot", "how does the bot work": asked of the bot, not of the article's "use".
  /^(?:so |ok |okay |um |hey |hi )?(?:how (?:do|can|should) (?:i|we|u|you)|how to|how (?:does|do) (?:one|people))(?: even| actually)? use (?:the |this |ur |your )?(?:bot|u|you|thing)(?: (?:lol|lmao|tho|exactly|properly|here|again|pls|please))*$/,
  /^(?:so |ok |okay |um |hey |hi )?how (?:does|do) (?:the |this |ur |your )?bot (?:even |actually )?work(?: (?:lol|lmao|tho|exactly|here))*$/,
  // "how do you work", "how you are working": the same, asked of "you".
  /^(?:so |ok |okay |um |hey |hi )?how (?:(?:does|do) (?:you|u) (?:even |actually )?work|(?:you|u) (?:are|r) working|(?:you|u) work)(?: (?:lol|lmao|tho|exactly|here|bot))*$/,
  // "what sources does the bot use", "what does this bot run on, chatgpt?", "is this bot gonna
  // replace our writers": what the bot is made of or for, asked of it by name. "Use" and "get" only
  // with what a bot is made of ("does the bot use ai"): "can the bot get me abadi's quote" asks the
  // article. Not the article's words before it ("does the article say the bot…").
  /^(?:(?:may|can) i ask |just curious |curious |quick q |quick question )?(?:what|which|how|does|do|is|can|will|would|where)\b(?:(?! (?:article|piece|op ed|oped|column|author|writer|iran|russia|syria|putin|israel|alliance)\b).)* (?:the|this|that|ur|your) bot (?:(?:even|actually|really|just|gonna|going to|ever|also) )?(?:run|runs|running|powered|learn|learns|learned|train|trained|store|stores|save|saves|log|logs|track|tracks|replace|replaces|replacing|cost|costs|made|built|coded|programmed|(?:use|uses|using|get|gets|getting) (?:(?:its|his|their|the|any|an?|other) )?(?:sources?|data|ai|chatgpt|gpt|model|internet|web|google|wikipedia|info|information|answers?))\b/,
  /\b(?:what|which) (?:sources?|data|info|information|model|ai|websites?|sites?) (?:does |do |is )?(?:the|this|ur|your) bot (?:use|uses|using|get|gets|rely on|relies on|pull from|pulls from)\b/,
  // "are you just making stuff up", "did u make that up": whether the bot invents its answers.
  /^(?:bot )?(?:are|r) (?:you|u) (?:just |even |really |actually )?(?:making (?:stuff|things|this|that|it|shit) up|hallucinating|guessing|lying|trolling)(?: (?:lol|lmao|tho|or what|or not|rn|again|bot))*$/,
  /^(?:bot )?(?:did|do) (?:you|u) (?:just )?(?:make|made) (?:that|this|it|stuff|things) up(?: (?:lol|lmao|tho|or what|or not|bot))*$/,
  /^(?:bot )?(?:are|r) (?:you|u) (?:actually |really |even )?(?:reading|quoting|using) (?:the |this )?(?:text|article|piece|op ed)(?: or (?:just )?(?:making (?:stuff|things|this|that|it) up|guessing|hallucinating))?(?: (?:lol|lmao|tho|bot))*$/,
];

/**
 * What a message says to the bot rather than asks of the article: thanks or goodbye, other chat
 * (hi, lol ok), whether the piece is true, or about the bot.
 */
export type SmallTalk = 'thanks' | 'chat' | 'asks-if-true' | 'asks-if-neutral' | 'about-the-bot';

/** One word said to the bot before a question, a greeting in the member's language: "habari bot". */
const GREETING_TO_THE_BOT = /^\p{L}+ bot$/u;
/** The same greeting before the questions, in one sentence: "szia bot who made you". */
const GREETING_BEFORE = /^\p{L}+ bot (?=\p{L})/u;
/** "…and how do you work": "and" opening a second question. */
const AND_THEN_ASKS = / and (?=(?:how|who|what|are|is|do|does|did|can|why|where|r|u|you)\b)/;

/** Chat that thanks the bot or takes leave, which a greeting in reply would misread. */
const THANKS_OR_BYE =
  /\b(?:thanks?|thank you|thx|thnx|ty|tysm|cheers|appreciate|appreciated|bye|goodbye|gn|good night|later|see (?:you|ya|u)|have a (?:good|nice|great|lovely) (?:one|day|night|evening|weekend)|(?:useful|usefull|helpful|handy) (?:bot|tool))\b/;

/**
 * Thanks or praise for the reply itself, which names what it gave: "thanks for the summary", "ty
 * for the gist", "great recap thanks". The whole-piece words in it ask for nothing.
 */
const THANKS_FOR_THE_REPLY =
  /^(?:(?:ok|okay|cool|great|nice|perfect|awesome) )?(?:(?:thanks?|thank you|thx|thnx|ty|tysm|cheers)(?: (?:so much|a lot|bot|mate|man|bro))? for (?:the |this |that |your |ur )?|(?:great|nice|good|cool|awesome|perfect|helpful|solid|clear) )(?:(?:great|nice|quick|short|helpful|clear) )?(?:summary|recap|tl ?dr|gist|explanation|explaining|breakdown|rundown|overview|summarizing|summarising)(?: (?:thanks?|thank you|thx|ty|bot|lol|mate|man|bro))*$/;

/** Read the message as typed: chat-speak rewriting drops "thanks" and "lol" as filler. */
export function smallTalkIn(text: string): SmallTalk | undefined {
  const q = wordsOf(text);
  if (!text.includes('?') && THANKS_FOR_THE_REPLY.test(q)) return 'thanks';
  if (ASKS_IF_TRUE.test(q)) return JUDGES_FAIRNESS.test(q) ? 'asks-if-neutral' : 'asks-if-true';
  // "lol who made this bot": a laugh or "ok so" before it does not make it a question of the article.
  const unprefaced = q.replace(LEADING_LEAD_INS, '');
  if (ABOUT_THE_BOT.some((re) => re.test(q) || re.test(unprefaced))) return 'about-the-bot';
  // "is the bot biased? who programmed u": two questions, each of the bot.
  const asked = sentenceWords(text, /(?<=[.!?…])\s+/);
  if (asked.length > 1 && asked.every((s) => ABOUT_THE_BOT.some((re) => re.test(s)))) return 'about-the-bot';
  // "szia bot who made you and how you are working": a greeting to the bot, then questions of it joined by "and".
  const greeted = GREETING_BEFORE.exec(unprefaced);
  const joined = (greeted ? unprefaced.slice(greeted[0].length) : unprefaced).split(AND_THEN_ASKS);
  if (joined.length > 1 && joined.every((s) => ABOUT_THE_BOT.some((re) => re.test(s)))) return 'about-the-bot';
  // "Habari bot! You are a robot or a person?": a greeting to the bot, in any language, then about it.
  const [greeting, ...afterIt] = asked;
  if (
    afterIt.length === 1 &&
    (isChat(greeting!) || GREETING_TO_THE_BOT.test(greeting!)) &&
    ABOUT_THE_BOT.some((re) => re.test(afterIt[0]!))
  ) {
    return 'about-the-bot';
  }
  if (isChat(q)) return THANKS_OR_BYE.test(q) ? 'thanks' : 'chat';
  // "Cheers for all the help tonight, bot, you're a legend. Off to bed now.": thanks, then goodbye.
  const sentences = sentenceWords(text, /(?<=[.!…])\s+/);
  if (sentences.length < 2 || text.includes('?') || !isChat(sentences[0]!)) return undefined;
  const rest = sentences.slice(1).filter((s) => s !== '');
  if (!rest.every((s) => isChat(s) || FAREWELL.test(s))) return undefined;
  return THANKS_OR_BYE.test(q) || rest.some((s) => FAREWELL.test(s)) ? 'thanks' : 'chat';
}

/** Each sentence as its words, split where `breaks` says. */
function sentenceWords(text: string, breaks: RegExp): string[] {
  return text.split(breaks).map(wordsOf);
}

function isChat(q: string): boolean {
  const opener = OPENER.exec(q);
  return opener !== null && q.slice(opener[0].length).replace(AFTER_OPENER, ' ').trim() === '';
}

/**
 * A clause that opens as a question does: "…, what did abadi say", "…, and why is iran angry",
 * "what site is this from".
 */
const OPENS_A_QUESTION =
  /^\s*(?:(?:and|so|but|ok)\s+)?(?:(?:who|what|wat|why|how|where|when|which)(?:['’]?s\b|\s+(?:is|are|was|were|did|does|do|can|could|will|would|has|have)\b)|(?:what|which|whose)\s+\p{L}+\s+(?:is|are|was|were|did|does|do|can|could|will|would|has|have)\b|whos\b|whats\b|wheres\b|(?:is|are|was|were|did|does|do|can|could|will|would)\s+\w)/iu;

/** A chatty sentence said before a question: "haha sorry was making tea", "sorry brb", "ok cool thanks". */
const CHATTER =
  /^(?:sorry|soz|haha+|lol|lmao|ok+|okay|brb|back|hey+|hi+|hmm+|um+|uh+|oops|ugh|omg|yo|welp|alright|cool|nice|thanks?|thx|ty)\b/;
/** "sorry,", "sry late to the convo,": an apology before the comma, which says nothing the question leans on. */
const LATE_APOLOGY =
  /^(?:sorry|sry|srry|soz)(?: (?:(?:i m|im|i am|for being) )?late(?: to the (?:convo|conversation|chat|party|discussion))?)?$/;

/** "be honest, is this rift new", "be real, does the writer think…": a plea for candour, not what is asked. */
const FRANKLY =
  /^(?:(?:ok|okay|so|but|and)\s+)?(?:be (?:honest|real|straight|frank)(?: with me)?|honestly|real talk|no offen[cs]e|not gonna lie|ngl|tbh|seriously|genuinely)$/;

/** "quick version, whats israels role", "short answer pls, who wrote this": how briefly to answer, not what. */
const BRIEFLY =
  /^(?:(?:ok|okay|so|but|and)\s+)?(?:(?:quick|short|brief|simple|simplest)\s+(?:version|answer|summary)(?:\s+(?:pls|please|plz))?|in short|briefly|quickly|in a word)$/;

/** Chat before an announced question ("ok so", "lol sorry,"): the openers both announcements allow. */
const ANNOUNCEMENT_OPENERS = String.raw`(?:(?:ok|okay|so|also|and|hey|lol|sorry|ngl)\s*,?\s+)*`;

/**
 * A change of subject announced before the question: "unrelated but who is netanyahu in this",
 * "ok random but whats israel got to do with it", "quick q: …", "ok real q does russia…". It says
 * nothing the question asks.
 */
const CHANGE_OF_SUBJECT = new RegExp(
  String.raw`^\s*${ANNOUNCEMENT_OPENERS}(?:(?:totally|completely|kinda|kind of|slightly|a bit|somewhat|bit)\s+)?(?:unrelated|random|off[- ]?topic|(?:random|quick|dumb|silly|side|another|other|real|serious|honest|genuine) (?:q|qs|question|questions|one)|(?:real|serious|honest) talk|side ?note|tangent)(?:\s*(?:but\b|[,:–—-])\s*|\s+(?=(?:does|did|do|is|are|was|were|who|what|whats|why|how|where|when|which|can|could|will|would)\b))`,
  'i',
);

/** "quick question about abadi, what did he say": the announcement goes, what it is about stays. */
const QUESTION_ABOUT = new RegExp(
  String.raw`^\s*${ANNOUNCEMENT_OPENERS}(?:(?:a|one|another|one more)\s+)?(?:(?:quick|random|real|serious|honest|dumb|silly|small|little)\s+)?(?:q|question)\s+(?=(?:about|on|re|regarding)\s+(?!(?:this|that|it|the (?:article|piece|op-?ed))\b))`,
  'i',
);

/**
 * "…, how do i stop it", "…, how do i fix that": a remedy for what the story before it told ("my wifi
 * keeps dropping"), which is then what is asked about, not an aside.
 */
const MENDS_IT =
  /\b(?:stop|fix|solve|mend|cure|prevent|get rid of|deal with|handle|sort out|sort)\s+(?:it|this|that|them)\b/i;

/** Longer than this, a sentence says something the question may lean on. */
const CHATTER_WORDS = 7;
const ASIDE_WORDS = 10;

/**
 * The question without the chat said before it, sentence by sentence: "haha sorry was making tea.
 * what's the title again?" asks for the title. A sentence naming anything of the subject stays
 * ("ok so soleimani. what did he say?"): `namesSubject` tells, for a folded word, whether it does.
 */
export function withoutChatLeadIn(
  text: string,
  namesSubject: (word: string) => boolean,
  asksOnItsOwn: (sentence: string) => boolean = () => false,
  asksForAFact: (sentence: string) => boolean = () => false,
): string {
  // "Appreciate it, what did abadi say": thanks before a comma, then the question. So is the
  // member's own story in one sentence ("sorry if this is dumb but I want to cite him in my essay,
  // what's his doctorate in?") that names nothing of the subject, not even a name the article lacks
  // ("my professor mentioned the Astana talks, how do they fit").
  const about = QUESTION_ABOUT.exec(text);
  if (about) return withoutChatLeadIn(text.slice(about[0].length), namesSubject, asksOnItsOwn, asksForAFact);
  const change = CHANGE_OF_SUBJECT.exec(text);
  if (change && OPENS_A_QUESTION.test(text.slice(change[0].length))) {
    return withoutChatLeadIn(text.slice(change[0].length), namesSubject, asksOnItsOwn, asksForAFact);
  }
  const comma = text.search(/[,:]/);
  const lead = comma > 0 ? text.slice(0, comma) : '';
  if (
    comma > 0 &&
    (smallTalkIn(lead) !== undefined ||
      LATE_APOLOGY.test(wordsOf(lead)) ||
      FRANKLY.test(wordsOf(lead)) ||
      BRIEFLY.test(wordsOf(lead)) ||
      (isOwnStoryOnly(lead, namesSubject) &&
        !SAYS_MORE.test(lead) &&
        !REPORTS.test(lead) &&
        !MENDS_IT.test(text.slice(comma + 1)))) &&
    OPENS_A_QUESTION.test(text.slice(comma + 1))
  ) {
    return withoutChatLeadIn(text.slice(comma + 1).trim(), namesSubject, asksOnItsOwn, asksForAFact);
  }
  const sentences = text.split(/(?<=[.!?…])\s+/);
  let first = 0;
  // Chat, and the member's own story before a statement that names the subject: "so i had a debate
  // with my roommate last night. he says the article thinks the US and Russia might fight. is that
  // in there?" asks about the US and Russia, not debates. Not before a question alone, which may
  // lean on the story ("i want to @ the guy on twitter. does the article give his handle?").
  while (
    first < sentences.length - 1 &&
    (isChatter(sentences[first]!, namesSubject) ||
      (isOwnStoryOnly(sentences[first]!, namesSubject) &&
        sentences.slice(first + 1).some((s) => !s.includes('?') && names(s, namesSubject))))
  ) {
    first++;
  }
  // However long the story before it, a question that names the subject, or asks about the piece as
  // a whole (`asksOnItsOwn`), stands on its own: "my study group has argued for 20 min lol. what does
  // the pullback cost damascus?" asks about the pullback.
  const standsAlone = sentences.findIndex(
    (s, i) =>
      i > first &&
      s.includes('?') &&
      // "ugh sorry I closed the tab by accident. what's the headline again?": a story of the member's
      // own that names nothing the question could lean on, so any question after it stands alone;
      // not one the question points back to ("i liked the bit about eggs. who said that?").
      (names(s, namesSubject) ||
        asksOnItsOwn(s) ||
        (!POINTS_BACK.test(s) &&
          sentences
            .slice(first, i)
            .every((b) => OWN_STORY.test(b) && !TELLS_THE_PART.test(b) && !names(b, namesSubject)))),
  );
  while (first < standsAlone && !sentences[first]!.includes('?') && !names(sentences[first]!, namesSubject)) first++;
  // And after it: "what is the main point? I need it for my homework" asks the main point.
  let end = sentences.length;
  // Several in a row too: "…? like in one sentence if possible. thanks in advance!!"
  const asked = (upTo: number): boolean => sentences.slice(first, upTo).some((s) => s.endsWith('?'));
  // Not a follow-up that asks a fact of what the first asked about ("…2015 right? when exactly did it
  // begin"): it says what is asked.
  while (
    end - 1 > first &&
    asked(end - 1) &&
    isAside(sentences[end - 1]!, namesSubject) &&
    !asksForAFact(sentences[end - 1]!)
  ) {
    end--;
  }
  const kept = first === 0 && end === sentences.length ? text : sentences.slice(first, end).join(' ');
  return withoutOwnRemarkAfter(kept, namesSubject);
}

/**
 * A remark on the member's own situation, opening a clause: "im on mobile…", "forgot from class";
 * not "i mean …", which goes on asking.
 */
const OWN_SITUATION =
  /^\s*(?:i(?!\s+(?:mean|meant|guess|think|suppose|wonder)\b)|i['’]?m|im|i am|i was|i['’]?ve|ive|i['’]?d|my|me too|forgot|forget|cant remember|can['’]t remember)\b/i;
const LEADING_LEAD_INS = new RegExp(String.raw`^\s*(?:${LEAD_IN_WORDS}\s+)+`, 'i');

/**
 * The question without the member's own remark after its last comma: "what does the headline say
 * again, im on mobile and it got cut off" asks the headline; "also whos khomeini again, forgot from
 * class lol" asks who he is. Not a remark naming the subject ("…, i thought russia was winning").
 */
function withoutOwnRemarkAfter(text: string, namesSubject: (word: string) => boolean): string {
  const comma = text.lastIndexOf(',');
  if (comma <= 0) return text;
  const remark = text.slice(comma + 1);
  const question = text.slice(0, comma);
  return OWN_SITUATION.test(remark) &&
    !remark.includes('?') &&
    !names(remark, namesSubject) &&
    OPENS_A_QUESTION.test(question.replace(LEADING_LEAD_INS, ''))
    ? question
    : text;
}

/**
 * The member's own purpose, said after the question: "whats his twitter handle, i wanna check if
 * hes legit", "…, bc i need it for my essay", "…, wanna follow him" (chat drops the "i").
 * Its words are the member's, not the question's.
 */
const OWN_PURPOSE =
  /[,;–—-]\s*(?:(?:bc|cuz|cause|because|since|as)\s+)?(?:(?:i|im|i['’]m|i am|i['’]d|id)\s+(?:wanna|want to|wanted to|need to|need it|need this|gotta|got to|have to|am trying to|m trying to|trying to|would like to|d like to|like to|plan to|am going to|m going to|gonna)|wanna (?:follow|check|cite|quote|tag|dm|message|share|send|post|save|use|screenshot))\b[^?]*$/i;

/** "…, i need to know who wrote this", "…, i want to find out why russia did it": the question itself. */
const KNOWING =
  /\b(?:know|find out|figure out|understand|learn|ask|hear|see|read)\s+(?:who|what|whats|why|how|where|when|which|whether|if|about)\b/i;
/** What a question that stands alone opens with or ends on. */
const ASKS =
  /\?|\b(?:who|whos|what|whats|wat|why|how|where|wheres|when|which|whose|is|are|was|were|did|does|do|can|could|will|would)\b/i;

/**
 * A request framing the question: "could you summarise what the article says about Israel's role",
 * "pls explain why russia wants iran out", "explain like im 5 why russia left iran". What it asks
 * is the question after the frame, where that names the subject; "could you summarise what it
 * says" still asks for the piece as a whole.
 */
const REQUEST_FRAME =
  /^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+|plz\s+|kindly\s+)?(?:summari[sz]e|sum up|explain|describe|outline|recap|eli ?5|help\s+(?:me\s+|us\s+)?understand)(?:\s+(?:it\s+|this\s+)?(?:to\s+me\s+)?(?:like\s+)?(?:i\s*['’]?\s*m|i\s+am)\s+(?:5|five|a\s+(?:kid|child)))?\s+(?=(?:what|how|why|who|where|which|when)\b)/i;

/**
 * What opens the member's own remark when it follows the request with no comma: "real quick",
 * "pls", "im…", "while my bisque load cools down". Not "before" or "since", which go on asking
 * ("the bottom line since the war started").
 */
const REMARK_OPENERS = String.raw`(?:real quick|quick|quickly|rn|right now|asap|pls|please|plz|lol|lmao|haha\w*|i['’]?m|i am|i|my|bc|cuz|cause|because|thx|thanks|ty|while|whilst)\b`;
const REMARK_OPENER = new RegExp(`^${REMARK_OPENERS}`, 'i');
/** Whether any word after the first opens a remark: most messages have none, and cost no more. */
const REMARK_OPENS_WITHIN = new RegExp(`(?:^|\\s)${REMARK_OPENERS}`, 'i');
/** A remark that asks something is a question of its own: "tldr pls who is abadi". */
const REMARK_ASKS = /\b(?:who|whos|what|whats|wat|why|how|where|wheres|when|which|whose)\b/i;
/** Words that narrow a request to one thing: "(just the israel stuff)", "(compared to the us)". */
const NARROWS = /\b(?:only|just|mainly|mostly|esp|especially|focus\w*|compar\w*|re|except|without|vs|versus)\b/i;
/** A part of the piece named in the remark narrows the request: "…main point i should take from the conclusion". */
const PART_OF_THE_PIECE =
  /\b(?:conclusion|intro|introduction|ending|end|beginning|start|paragraph|para|section|part|bit|headline|title|heading|subheading|first|last|second|third)\b/i;

/**
 * "give me the gist real quick im mid-run and cant alt tab for long", "summarize the article pls im
 * so tired": the piece as a whole asked for (`asksTheWholePiece`), then, with no comma or stop
 * between, the member's own remark, which asks nothing and names nothing of the article
 * (`ofTheArticle`: its names and its words, "eggs", "loser"). The request is what is asked;
 * "summarize the eggs in one basket bit" asks for a part, and stays as typed.
 */
export function withoutRemarkAfterTheWholePiece(
  text: string,
  ofTheArticle: (word: string) => boolean,
  asksTheWholePiece: (text: string) => boolean,
  namesSubject: (word: string) => boolean = () => false,
): string {
  // An aside in brackets at the end ("explain this article like im 5 (or like im a faded 1950s
  // negative, whatever works)") is the member's own, when it asks nothing and narrows nothing: no
  // part of the piece, no one or nothing it names ("tldr (abadi)"), no "only", "mainly" or
  // "compared to". The article's common words are not weighed: its readers' hold "works" and "load".
  const aside = /^(.*\S)\s*\(([^()]*)\)\s*$/.exec(text);
  if (
    aside &&
    !REMARK_ASKS.test(aside[2]!) &&
    !PART_OF_THE_PIECE.test(aside[2]!) &&
    !NARROWS.test(aside[2]!) &&
    !names(aside[2]!, namesSubject) &&
    asksTheWholePiece(aside[1]!)
  ) {
    return aside[1]!;
  }
  // A comma or a stop mid-message is read by the rules for remarks after a comma and for
  // sentences ("tl;dr" is no stop); and most messages ask for no whole piece at all.
  if (/,|;\s|[.?!]\s*\S/.test(text)) return text;
  const words = text.trim().split(/\s+/);
  // Checked first as the cheapest: reading the message for a whole-piece word costs some 40 µs.
  if (!REMARK_OPENS_WITHIN.test(words.slice(1).join(' ')) || !namesTheWholePiece(text) || asksTheWholePiece(text)) {
    return text;
  }
  // Only where a remark opens is the message cut, earliest first: "give me the gist | real quick…".
  for (let k = 1; k < words.length; k++) {
    const remark = words.slice(k).join(' ');
    if (!REMARK_OPENER.test(remark) || REMARK_ASKS.test(remark) || PART_OF_THE_PIECE.test(remark)) continue;
    if (names(remark, ofTheArticle)) continue;
    const request = words.slice(0, k).join(' ');
    // "explain it like | im 5": whom it is for, not a remark ("sum it up like | i have 5 seconds" is one).
    if (/\blike$/i.test(request) && namesANewcomer(remark)) continue;
    if (asksTheWholePiece(request)) return request;
  }
  return text;
}

/**
 * "Do you agree with the author that iran will lose": the bot takes no side, so what it can give is
 * where the article says the rest, asked as a claim.
 */
const AGREE_THAT =
  /^\s*(?:bot\s+)?(?:do|would|did)\s+(?:you|u)\s+agree\s+(?:with\s+(?:the\s+)?(?:author|writer|columnist|him|article|piece)\s+)?that\s+/i;

/** The piece and its writer, which "summarise how the author concludes the piece" asks about as a whole. */
const THE_PIECE_ITSELF = /\b(?:author|authors|writer|writers|columnist|article|piece|op-?ed|column|text|essay)\b/gi;

export function withoutRequestFrame(text: string, namesSubject: (word: string) => boolean): string {
  const frame = REQUEST_FRAME.exec(text) ?? AGREE_THAT.exec(text);
  if (!frame) return text;
  const rest = text.slice(frame[0].length);
  return names(rest.replace(THE_PIECE_ITSELF, ' '), namesSubject) ? rest : text;
}

/** The question without a statement of the member's own purpose after it. */
export function withoutOwnPurpose(text: string): string {
  const purpose = OWN_PURPOSE.exec(text);
  if (!purpose || KNOWING.test(purpose[0])) return text;
  const question = text.slice(0, purpose.index);
  return tokenize(question).length >= 2 && ASKS.test(question) ? question : text;
}

/** A remark after the question that names nothing of the subject and asks nothing. */
function isAside(sentence: string, namesSubject: (word: string) => boolean): boolean {
  const words = tokenize(sentence).map((t) => t.word);
  // "o que os jornais iranianos pediram? what newspapers want": the question again, in English, with
  // no question mark.
  // Not one that leans on the question before it ("where does that come from"), an aside to it.
  if (sentence.includes('?') || words.length > ASIDE_WORDS) return false;
  if (ASKED_AGAIN.test(sentence) && !LEANS_BACK.test(sentence)) return false;
  // "My notes just say 'some sea' haha": about the member's own work, whatever it names; not "I
  // mean the 1941 one", which says what the question meant.
  return !names(sentence, namesSubject) || OWN_REMARK.test(sentence);
}

const ASKED_AGAIN =
  /^\W*(?:who|whos|what(?!\s+an?\b)|whats|wat|why|how(?!\s+(?:sad|cool|nice|funny|weird|crazy|wild|interesting|lovely)\b)|where|when|which)\s+\w[^!]*$/i;
const LEANS_BACK =
  /\b(?:it|that|they|them|those|these|or what|this(?!\s+(?:article|piece|op-?ed|column|story|text)))\b/i;

const OWN_REMARK =
  /^\W*(?:my|our)\s+(?:notes?|prof|professor|teacher|essay|paper|slides?|group|friend|roommate|textbook|printout|class)\b/i;

/**
 * Whether a sentence names anything of the subject. A length of time ("20 min") or a number of the
 * member's own work ("slide 4") is not a figure of the article's.
 */
function names(sentence: string, namesSubject: (word: string) => boolean): boolean {
  return tokenize(sentence.replace(DURATION, ' ').replace(OWN_WORK_NUMBER, ' '))
    .map((t) => t.word)
    .some(namesSubject);
}

const OWN_WORK_NUMBER =
  /\b(?:slide|slides|page|pages|pg|q|question|exercise|task|hw|homework|essay|assignment|week|lecture|class|seminar)\s*#?\d+\b/gi;
const DURATION = /\b\d+\s*(?:min|mins|minutes?|hrs?|hours?|secs?|seconds?|days?|weeks?|pages?|words?)\b/gi;

/** A sentence the member tells of themselves: "I closed the tab", "my prof is picky". */
const OWN_STORY = /\b(?:i|i['’]?m|im|i['’]?ve|ive|my|me|we|our)\b/i;
/**
 * A question that points back to what was said before it: "who said that?", "who is he?", "is that
 * true". Not "that" opening a clause after a noun: "the pictures that go with this piece" points
 * at nothing said before.
 */
const POINTS_BACK =
  /\b(?:he|him|his|she|her|it|its|they|them|their|those)\b|(?:^|\b(?:about|of|on|by|with|for|said|say|says|mean|means|meant|is|was|does|did|do|like|mention|mentions|mentioned)\s+)that\b|\bthat\s*(?:[?.!,]|$)/i;

/** Whether a question points back to something said before it (POINTS_BACK). */
export function pointsBack(question: string): boolean {
  return POINTS_BACK.test(question);
}
/**
 * A story before a comma that says more than the member's own situation: a sentence ended inside
 * it, or a name (a capital after the first word, not "I").
 */
const SAYS_MORE = /[.!?]|\s(?!I\b|I['’])[A-Z]/;
/**
 * …or something heard, read or thought, or what something is about, whose subject the question
 * then asks about ("my class covered the jcpoa, what does he say about it?").
 */
const REPORTS =
  /\b(?:mention|mentions|mentioned|cover|covers|covered|discuss|discussed|talked|heard|hear|read|said|says|told|learned|learnt|studied|saw|seen|think|thinks|thought|important|about)\b/i;
/** A story that says which part of the piece the question is about: "the bit about the founder". */
const TELLS_THE_PART = /\b(?:bit|part|section|paragraph|para|line|passage|quote)\b/i;

/** A sentence about the member alone: their own story, naming nothing of the subject nor the part. */
function isOwnStoryOnly(sentence: string, namesSubject: (word: string) => boolean): boolean {
  return (
    OWN_STORY.test(sentence) &&
    !sentence.includes('?') &&
    !TELLS_THE_PART.test(sentence) &&
    !names(sentence, namesSubject)
  );
}

function isChatter(sentence: string, namesSubject: (word: string) => boolean): boolean {
  const words = tokenize(sentence).map((t) => t.word);
  if (names(sentence, namesSubject)) return false;
  if (smallTalkIn(sentence) !== undefined) return true;
  return words.length <= CHATTER_WORDS && CHATTER.test(words.join(' ')) && !sentence.includes('?');
}

/**
 * Chat, then a turn to the question: "lol this is a lot for a bee server but what are iran and
 * russia even fighting about", "yo before the ride sunday lol, quick q whats the article say about
 * the nuclear deal", "sounds like a netflix doc plot. anyway who wrote this article". What comes
 * before the turn holds no word of the article (`ofTheArticle`: its names and its words, "eggs",
 * "loser"), so it is the member's chat, not what is asked; "the eggs in one basket bit is confusing
 * so what does that mean" is asked of what comes before.
 */
const TURN_TO_THE_QUESTION =
  /(?:[,.;!?…]\s*|\s+)(?:(?:ok|okay|so|but|anyway|anyways|quick q|quick question|real q|random q|serious q)\s*[:,]?\s+)+(?=(?:who|whos|what|whats|wat|why|how|where|when|which|is|are|was|were|did|does|do|can|could)\b)/i;
/** Fewer words than this before the turn are an opener ("ok so"), which the other lead-in rules read. */
const CHAT_BEFORE_TURN_WORDS = 3;

export function withoutChatBeforeTheTurn(text: string, ofTheArticle: (word: string) => boolean): string {
  const turn = TURN_TO_THE_QUESTION.exec(text);
  if (!turn || turn.index === 0) return text;
  const before = text.slice(0, turn.index);
  // A question before the turn ("who wrote this? but what does abadi say") is a question of its own.
  const asksBefore = text.slice(0, turn.index + turn[0].length).includes('?');
  const after = text.slice(turn.index + turn[0].length);
  // "the handle at the end lol so what is it", "… but how": what follows leans on what came before.
  const leansBack = POINTS_BACK.test(after) || tokenize(after).length < CHAT_BEFORE_TURN_WORDS;
  if (tokenize(before).length < CHAT_BEFORE_TURN_WORDS || names(before, ofTheArticle) || asksBefore || leansBack) {
    return text;
  }
  return after;
}
