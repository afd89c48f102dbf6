import { placesInEnglish } from '../text/exonyms.ts';
import { expandChatSpeak } from '../text/chat-speak.ts';
import { allowedEdits, editDistance } from '../text/edit-distance.ts';
import { tokenize, type Token } from '../text/fold.ts';
import { LEAD_IN_WORDS } from '../text/lead-ins.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { RecentTexts } from '../text/recent-texts.ts';

/**
 * What kind of answer a question wants. Most questions want a passage; some want a fact of a kind
 * the passage must actually state (a date, a number, an outcome, how things stand now), and some
 * are about the piece as a whole rather than any one passage.
 */
export type Need = 'date' | 'number' | 'outcome' | 'current' | 'reason';

export interface QuestionType {
  /** The kind of fact the answer must state, or null when any passage on the subject answers. */
  need: Need | null;
  /** For "how many troops": the word after "how many", which the stated number must count. */
  counted: string | null;
  /** "what is this about", "main argument", "tl;dr": the thesis and conclusion answer it. */
  wholePiece: boolean;
  /** "What is this article even about": the piece as a whole asked by its subject, which its headline names. */
  asksTopic: boolean;
  /**
   * "What's the main argument", "what is it about": the thesis as stated, which readers find where
   * the author states it before his conclusion (in 94 of 121 such labelled questions, against 71).
   * Not the conclusion, prediction or view asked for, which the conclusion gives.
   */
  asksArgument: boolean;
  /** "What does the author conclude about the future", "how does it end": the conclusion, first. */
  asksConclusion: boolean;
  /** "Whats his prediction", "what does he think happens next": the forecast he states outright, first. */
  asksPrediction: boolean;
  /** "Who all is quoted in this", "whos the main ppl he cites": the people the article quotes. */
  asksWhoIsQuoted: boolean;
  /** Years and months the question itself names: "when did they leave after 1941" is not answered by "1941". */
  datesGiven: string[];
  /** For a reason asked: the question's own words for the act, one of which the stated reason must follow. */
  reasonFor: string[];
  /**
   * For a yes/no "did …" about an act: the question's words, which the passage must not state only
   * as a possibility ("did assad step down" is not answered by "could ultimately force him to step down").
   */
  happened: string[];
  /** "When did the occupation end": a date that ends something, not any date. */
  asksEnd: boolean;
  /**
   * "When did abadi say this", "what date did dahqani make these comments": the date of the words
   * themselves, which a year they cite ("as in 1941") does not give.
   */
  asksWhenSaid: boolean;
  /**
   * "When did the hostility first show up", "how long did it take to show up": when or how soon
   * something began, which the occasion it began on answers ("at the first and simplest real test")
   * as well as a date or a span. The question's words for
   * what began, one of which must come shortly before the occasion; empty when not asked so.
   */
  occasionFor: string[];
  /** "Is iran still in syria": where someone is now, which "no longer serves Putin's needs" does not say. */
  stillThere: boolean;
  /** "Is the alliance still standing today": a present after the article's, which it cannot give. */
  afterThePiece: boolean;
}

const DATE = [
  /^(?:so |and |but |ok )?when\b/,
  // "Since when is Tehran praising Russia"; asked last, as terse members do: "meeting date?", "founded when?".
  /\b(?:since|from) when\b|\b(?:when|date)\W*$|\btimeline\b/,
  // "phd year?", "meeting year": a terse question ending on the word; not "that year", "within a year".
  /^\W*(?:[\w-]+\s+){0,2}year\W*$/,
  // "soleimani ambassador years?": the years of a post, asked as tersely; not "how many years".
  /^(?!\W*how\b)(?!.*\b(?:recent|last|past|few|many|several|some|coming|next)\s+years)\W*(?:[\w-]+\s+){1,2}years\W*$/,
  /\b(?:when|since when) (?:did|was|were|is|are|will|does|do|has|have|had|exactly)\b/,
  // "does anyone know when the photos were taken": the question asked inside another. Not "say when",
  // as often a clause of time ("what did the papers say when russia called for withdrawal").
  /\b(?:know|knows|tell me|tell us|wondering|wonder|idea|sure) when\b/,
  /\b(?:what|which) (?:exact |precise |specific )?(?:year|years|date|dates|month|months|day|days|decade|century)\b/,
  /\bhow long ago\b/,
  /\b(?:deadline|by when)\b/,
  // "The Israeli attacks, when they were?": asked last, after the subject, by speakers of other languages.
  /^(?!.*\b(?:how|who|what|why|which)\b).*\bwhen (?:they|it|he|she|this|that) (?:were|was|happened|happen|took place)\W*$/,
  // "date of israeli strikes?", "year of the meetings": the date asked by its noun.
  /\bdates? of\b|^\W*(?:the\s+)?(?:exact\s+)?(?:year|day|month) of\b/,
];
const WHEN_ASKED = /\bwhen\s*\?/i;
/**
 * A clause setting the time of another question: "when moscow floated it, how did tehran take it";
 * not "when is the pullback supposed to happen, is there a deadline", which asks when.
 */
const WHEN_CLAUSE =
  /^\W*(?:(?:so|and|but|ok|okay)\s+)?when\b(?!\s+(?:is|was|are|were|will|would|did|does|do|has|have|had|can|could|should|exactly)\b)[^?,]*,\s*(?!(?:what|which)\s+(?:exact\s+)?(?:years?|dates?|months?|days?|time)\b)(?:how|what|whats|who|why|which|where|did|does|do|were|was|is|are)\b/i;
/** "sulami's age?", "his age": an age asked by its noun, not "how old". */
const AGE_ASKED = /\b(?:his|her|their|\w+ s) age\b/;
const NUMBER = [
  /\bhow (?:many|much|old|long|big|large|often)\b/,
  // "how deep is the caspian sea": a measure of a thing in the world, not a degree ("how deep is the distrust").
  /\bhow (?:deep|tall|high|wide|long|big|large) (?:is|are) (?:the )?(?:\w+ )?(?:sea|seas|lake|lakes|river|rivers|mountain|mountains|ocean|gulf|strait|tower|building|wall|dam|canal)\b/,
  /\b(?:what|which) (?:number|percentage|percent|amount|distance)\b/,
  // "author follower count?", "death toll": a count asked by its noun.
  /\b(?:follower|followers|subscriber|subscribers|word|death|casualty|body|head|troop|vote|member)\s+(?:count|toll|tally)\b|\b(?:death|casualty)\s+toll\b|\bheadcounts?\b/,
  // "number of missiles?": terse; not "a number of analysts", which the article has.
  /^\W*(?:the\s+)?(?:exact\s+|total\s+)?(?:number|count|amount) of\b/,
  // "sulami's age?": an age asked by its noun.
  AGE_ASKED,
  // "iranian troop numbers in syria?": a count asked by its noun.
  /\b(?:troop|troops|soldier|soldiers|force|forces|casualty|death|refugee|fighter|fighters) (?:numbers|count|size|strength)\b/,
  // "odds of a us strike?", "does he put any figure on it": a likelihood or a size in figures.
  /(?<!\bat )\bodds\b(?! and ends)|\b(?:put|puts|give|gives|attach|attaches) (?:a |any |an exact |a precise )?(?:figure(?! of speech)|number(?! of)|percentage|probability)\b/,
];
/** "How bad are the pressures in actual numbers, like GDP": a figure, however the rest is asked. */
const IN_FIGURES =
  /\bin (?:actual |hard |real )?(?:numbers|figures|stats|statistics|percent|percentages|dollars|euros|rubles|money terms)\b|\b(?:gdp|inflation rate)\b|\bpolls?\b|\bpolling\b(?! (?:station|booth)s?\b)|\b(?:any|the|opinion|public) surveys?\b|\b(?:any|actual|hard|exact) (?:numbers|stats|statistics)\b/;
const HOW_FAR = /\bhow (?:far|close)\b/;
const HOW_MUCH_OF =
  /\bhow much (?!(?:did|does|do|is|are|was|were|has|have|will|would|can|could|of|more|longer|further)\b)(\p{L}{3,})/u;
/** "How long will the alliance last", "how long the alliance will last, what author think?": the author's prediction, given in words. */
const PREDICTED_SPAN =
  /\bhow (?:long|much longer) (?:will|would|could|can|might|is it going to|is it gonna|(?:does|do|did) (?:the )?(?:author|writer|he|columnist) (?:give|think|expect|predict|reckon))\b|\bhow (?:long|much longer) (?:the |their |this |that )?(?:alliance|partnership|relationship|friendship|axis) (?:will|would|can|could|is going to|is gonna) (?:last|survive|hold|endure)\b|\bhow (?:long|much longer) (?:is|are) (?:the |their |this |that )?(?:alliance|partnership|relationship|friendship|axis|team ?up|pact) (?:going to|gonna|likely to) (?:last|survive|hold|endure)\b|\bhow (?:long|much longer|much time) (?:does|do) (?:the |this |their |it )?(?:\w+ )?(?:have|got) left\b/;
/** "How old is Abadi" wants an age: "1941" is a year, not how old anyone is. */
const HOW_OLD = /\bhow old\b/;
export const AGE = 'age';
const AGE_STATED = /\b\d+[- ]years?[- ]old\b|\baged? \d+\b/i;
/** "How long did the occupation last" wants a span of time: "1941" is a date, not a duration. */
const HOW_LONG = /\bhow long\b(?! ago)/;
export const DURATION = 'duration';
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|decades?|hours?|centur(?:y|ies))$/;
const OUTCOME = [
  // Not "end up" alone: "how does the lawmaker end up contradicting himself" asks what the article says.
  /\b(?:ended up|ever since|aftermath|outcome|what came of|what came out of)\b/,
  // "In the end, did Assad step down", "it eventually collapsed?": whether it came about. Not a
  // why/how/what question ("why are they drifting apart in the end", "are eventually coordinating",
  // where many speakers of other languages mean "possibly"), nor a prediction ("will eventually end").
  /^(?!(?:so |ok |and |but )?(?:why|how|what|whats|who|which|where|when)\b)(?!.*\b(?:will|would|could|can|might|may|going to|gonna)\b).*\b(?:eventually|in the end)\b/,
  // "Asad at the end resigned or not?": "at the end" as speakers of other languages say "in the
  // end", with the choice asked; "the bio at the end" is a place in the piece.
  /(?<!\b(?:bio|handle|disclaimer|line|paragraph|piece|article|text|credit|note|part|section)\s)\bat the end (?:\w+ )?\w+ed(?: (?:down|out|back|off))? or not\W*$/,
  /\bwhat happened (?:to \w+(?: \w+)? )?(?:next|after|afterwards|then|later|since)\b/,
  // A yes/no "did … actually": "what did he actually call it" asks what the article says.
  // Not what a speaker did in his words ("did dahqani actually name the europeans"): the article reports those.
  // "Putin and Trump, did they really…": the ones asked about may come first, before a comma.
  /^(?:(?!(?:what|whats|why|how|who|which|where|when)\b)[a-z-]+(?: (?:and|n) [a-z-]+)? (?=did (?:they|he|she|it)\b))?(?:so |and |but |ok |wait )?did\b.*\b(?:actually|really|finally|ultimately|ever|end up|go through|happen)\b(?!(?: (?:actually|really|ever|even|finally))* (?:name|say|mention|identify|specify|list|call|accuse|blame|claim|cite|warn|argue|admit|see|expect|predict|foresee|anticipate|want|demand|back(?! (?:down|off|out|away)\b)|urge|trust|believe|think|praise|criticize|criticise|condemn)s?\b)/,
  /\bhow did\b.*\bultimately\b/,
  // "Were the foreign forces ultimately pulled back": whether it was done in the end.
  /^(?:so |and |but |ok |wait )?(?:were|was)\b.*\b(?:ultimately|finally|eventually)\s+(?:pulled|withdrawn|removed|forced|moved|expelled|ousted|toppled|kicked|carried|implemented|completed|signed|reached|agreed)\b/,
  // "putin trump deal happen?": terse, whether it came about; not "the meetings happened?", which
  // asks whether the article reports them.
  /^(?!.*\b(?:why|how|what|whats|who|which|where|when|will|would|could|can|might)\b)\W*(?:[\w-]+\s+){1,4}(?:happen|ever happen)\W*$/,
  // "Putin and Trump, they become friends finally or not?", "Iran finally went out of Siria or it stayed?";
  // not a choice asked ("who ultimately wins, russia or iran") nor a last question ("finally, is abadi …").
  /^(?!.*\b(?:who|which|what|whats)\b)(?!\W*finally\b).*\b(?:finally|ultimately)\b.*\bor (?:not|no|nah|(?:it|they|he|she|iran|russia) \w+)\W*$/,
  // "how did that 1941 occupation eventually end": how it came out, after the article's account.
  /\bhow did\b.*\b(?:eventually|finally|in the end)\s+(?:end|finish|turn out|play out|get resolved)\b/,
  /\bdid\b.*\bend up\b/,
  /\bdid (?:that|it|this) (?:ever |actually |really )?(?:happen|get done|go ahead|go through|come about)\b/,
  // "The withdrawal is done actually, at the moment?": "actually" as Romance speakers say "now".
  /\b(?:is|was|are|were) (?:done|decided|applied|implemented|carried out) (?:actually|already|now|yet)\b/,
  /^(?:so |and |but |ok |wait )?(?:were|was)\b.*\bin fact\b/,
  // "did they patch things up later" asks what came after; "did abadi later contradict himself" does not.
  /\bdid\b.*\b(?:later|afterwards|since then)$/,
  // A yes/no about what came after, not what someone said or did in the article's own time.
  /^(?:so |and |but |ok |wait )?(?:(?!(?:what|whats|why|how|who|which|where|when)\b)[a-z-]+(?: (?:and|n) [a-z-]+)? )?did\b(?!.*\b(?:say|said|respond|react|reply|answer|demand|warn|claim|argue|do)\b).*\bafter (?:this|that|all this|all that)(?: (?:right|then|tho|though|or not|yeah))?\W*$/,
  // "Has a deal been reached": whether it came about.
  /\b(?:has|have) (?:a |an |the |any )?\w+ (?:ever )?been (?:reached|agreed|signed|struck|implemented|carried out)\b/,
  /\b(?:has|have)\b.*\byet\b/,
  // "Iran is already out from Syria now or not yet?": whether it has come about.
  /\balready\b.*\bor not yet\b/,
  /\bever (?:actually |really )?(?:implemented|carried out|enforced|put in place|signed|executed|realized|realised|happened|went through|gone through|took place)\b/,
  // "was the 70-80 km zone from israels border actually implemented": whether it was done.
  /^(?:so |and |but |ok |wait )?(?:was|were|has|have|had)\b.*\b(?:actually|really|finally|already) (?:been )?(?:implemented|carried out|enforced|put in place|executed|completed)\b/,
  // "Has the pullback actually happened", "did that actually end up happening", "is it already
  // decided and applied", "Iran finally left Syria or not?": whether it came about.
  /\b(?:has|have|had)\b.*\b(?:actually|really|finally|ever|already) (?:happened|taken place|gone ahead|been (?:done|carried out|implemented|applied))\b/,
  /\bdid (?:that|it|this) (?:actually |really |ever )?end up happening\b/,
  /\b(?:is|was|it s|has been|have been) already (?:\w+ and )?(?:decided|applied|implemented|done|carried out)\b/,
  /\bfinally \w+\b.*\bor not\b/,
  // "The withdrawal is actually done or not?": whether it came about.
  /\b(?:is|was|has been|have been|got|get) (?:\w+ )?(?:actually|really|already|finally) (?:done|completed|finished|implemented|carried out|over)\b/,
  // "Does it say whether the plan actually went through": whether it came about.
  /\bwhether\b.*\b(?:actually |really |ever )?(?:went|gone|go|goes) through\b/,
  /\bwho won\b/,
];
/**
 * Asking whether someone is still where, or what, they were: the article cannot say. Asking how
 * things stand "now" or "these days" reads the article's own present ("how bad is Iran's situation
 * rn", "does Putin still need Iran"), which it states; readers who labelled questions took it so
 * in three of four such questions.
 */
/** "Still have forces there", not "still has no presence", which the article itself says of Iran. */
const STILL_HAS_FORCES = String.raw`(?:have|has|got|keeps?) (?!no\b|not\b)(?:\w+ ){0,2}(?:forces|troops|soldiers|militias|fighters|presence|boots)`;
/** Where someone still is: a place, not "still in an alliance". */
const STILL_THERE = new RegExp(
  String.raw`\bstill (?:(?:in|inside) (?:syria|iran|there|the country|the region|lebanon|iraq|the south|southern syria)|there|around|present|deployed|based|stationed|${STILL_HAS_FORCES})\b`,
);
/**
 * Words that ask what the piece itself says ("what does the article say is going on", "according
 * to the author"): its own present, not the member's. The rules of the member's present below read
 * a question only where none of them stands (`notOfThePiece`), some with words of their own.
 */
const OF_THE_PIECE = String.raw`article|piece|text|author|writer|says?|said|according|per`;
function notOfThePiece(...more: string[]): string {
  return String.raw`^(?!.*\b(?:${[OF_THE_PIECE, ...more].join('|')})\b)`;
}
/**
 * A present set against the article's, which it cannot state whatever its own "currently" says:
 * "now that time has passed since this was written", "in 2025", "stand today", and
 * whether a tie lasts to now ("still a thing today").
 */
const AFTER_THE_PIECE = [
  /\bsince (?:this|it|the article|the piece|the column|then) was (?:written|published|posted)\b|\bnow that (?:some )?time has passed\b/,
  /\bin 20(?:19|[2-9]\d)\b/,
  // "Are Iranian forces still in Syria as of today": the reader's today, not the article's.
  /\bas of (?:today|now|this (?:moment|week|month|year)|right now)\b/,
  /\bstand (?:today|now|rn|right now|at the moment|currently|these days)\b/,
  /\bstill (?:a thing|going|together|allies|allied|friends|partners|intact|standing|holding|on good terms)\b.*\b(?:today|now|rn|right now|anymore|these days|nowadays)\b/,
  // …the other way round too: "Today Iran and Russia are still allies or not".
  /\b(?:today|nowadays|these days)\b.*\bstill (?:a thing|going|together|allies|allied|friends|partners|intact|standing|holding|on good terms)\b/,
  // "How are russia iran relations doing these days", "whats the situation between iran and russia
  // today": how the two stand now, which readers ask of their own day, not the article's (11 of 12
  // such questions in the read parts were labelled so). Not asked of the piece ("what does the
  // author say about iran russia ties rn"), and not "currently", the article's own word.
  new RegExp(
    String.raw`${notOfThePiece('described')}.*\b(?:relations?|relationship|ties|getting along|get along|situation between|on (?:good|bad|speaking) terms|friends|allies|buddies)\b.*\b(?:today|rn|right now|these days|nowadays)\b`,
  ),
  new RegExp(
    String.raw`${notOfThePiece('described')}.*\b(?:today|rn|right now|these days|nowadays)\b.*\b(?:relations?|relationship|ties|getting along|get along|situation between|on (?:good|bad|speaking) terms|friends|allies|buddies)\b`,
  ),
  // "whats the status of the nuclear deal now": how it stands in the member's day.
  new RegExp(String.raw`${notOfThePiece()}.*\bstatus\b.*\b(?:now(?! that\b)|today|these days|rn|right now|nowadays)\b`),
  // "whats going on in syria right now": the news of the member's day, not the article's.
  new RegExp(
    String.raw`${notOfThePiece(String.raw`op ?-?ed|column|tl ?;? ?dr|tldr`)}.*\b(?:going on|happening)\b.*\b(?:right now|rn|today|these days|nowadays|at the moment)\b`,
  ),
  // "…, like today": the member's own today, said as such.
  /\blike (?:today|right now|rn|nowadays)\b/,
];
const CURRENT = [
  ...AFTER_THE_PIECE,
  new RegExp(
    String.raw`\bstill (?:in|inside|there|around|present|deployed|based|stationed|alive|${STILL_HAS_FORCES})\b`,
  ),
  // "Iran army still stay in Syria?": whether it is there now; not what will or would happen.
  /^(?!.*\b(?:will|would|going to|gonna|if|said|says|why)\b).*\bstill (?:stay|stays|remain|remains)\b/,
  // "is abadi still heading…", not "they disagree while still staying in contact".
  /\b(?:is|are|was|were)\b[^?]*\bstill (?!(?:any|some|no|every)thing\b)\w+ing\b/,
  // "Is the nuclear pact still valid": whether it holds now.
  /\bstill (?:valid|in force|in effect|in place|active|binding|ongoing)\b/,
  // Not "was netanyahu still prime minister when he met putin": the article's own time.
  /^(?!.*\b(?:was|were)\b.*\bstill\b.*\bwhen\b).*\bstill (?:the |a |an )?(?:\w+ ){0,2}(?:head|chair|chairman|ambassador|envoy|president|leader|deputy|member|in charge|prime minister|minister|premier|pm)\b/,
  /\bstill on (?:the |that |this |his |her )?(?:\w+ ){0,3}(?:[ck]om+it+e+s?|board|council|panel)\b/,
  // Not "today", "nowadays", "at the moment", "at present": like "rn", they read the article's own present.
  /\b(?:latest|as of|up to date)\b/,
  // "Whats the current status of the nuclear pact": how it stands since, not the article's present tensions.
  /\b(?:current|present) (?:status|state of play)\b|\bstatus (?:now|today|these days)\b/,
  // …but a present set against the article's (AFTER_THE_PIECE).
  // "Where do the withdrawal talks stand": how things stand since; not "where does iran stand on it", a position.
  /\bwhere (?:do|does) (?:the |those |these |their )?(?:\w+ )?(?:talks|negotiations|things|matters|deal|plan|plans|withdrawal|pullback) stand\b(?!\s+(?:on|about|regarding|with|toward|towards)\b)/,
];

/**
 * "Are iranian forces still in syria rn", "is assad still in charge today": whether something still
 * holds, asked of the reader's own now (225 of the 234 such labelled questions that need a present
 * are "related"), not of the article's present, which "still" alone asks ("is iran still in syria"),
 * nor what the piece says of its own present ("does the author think it is still alive now").
 */
const STILL = new RegExp(String.raw`${notOfThePiece()}.*\bstill\b`);
const READERS_NOW = /\b(?:today|now(?! that\b)|rn|right now|these days|nowadays|at the moment|as we speak)\b/;

/**
 * The article's own words for its present ("Russian officials currently discussing", "the current
 * Russian leadership", Iran "no longer serves Putin's needs"): a passage saying what holds now in
 * these words answers "is … still …". "still" and "now" are left out: the article's "still
 * ambiguous" says nothing of whether Iran is still in Syria.
 */
const PRESENT_WORDS = /\b(?:currently|current|no longer|anymore|any more)\b/i;
/** Where someone is now: only "currently" says it ("currently discussing how best to withdraw foreign forces"). */
const PRESENT_THERE = /\bcurrently\b/i;

const PIECE = String.raw`(?:(?:(?:writer|author|columnist|analyst) )?(?:(?:mohammed|mohammad|muhammad) )?(?:al ?-?sulami|sulami|alsulami)|article|piece|op ?-?ed|column|essay|text|story|commentary|writer|writers|author|authors|columnist|al ?-?sulami|sulami|alsulami|he|it|this)`;
/** Whom a plain account is for, after "like i'm": "5", "a kid", "a total newbie". */
const NOVICE = String.raw`(?:5|five|(?:a |an )?(?:total |complete |absolute )?(?:kid|child|newbie|noob|beginner|normie|layman|layperson|dummy|outsider|(?:5|five) year old))`;
/** …and after "for": "for a beginner", "for someone who doesnt follow middle east stuff at all". */
const FOR_A_NOVICE = String.raw`for (?:a |an )?(?:total |complete |absolute )?(?:newbies?|noobs?|beginners?|normies?|laymen|layman|laypeople|layperson|dummies|outsiders?|(?:5|five) year olds?)|for (?:someone|somebody|anyone|people|ppl|those of us|those|us) who (?:does not|do not|never) (?:follow|know|care about|keep up with|get|understand) (?:\S+ ){0,3}?(?:politics|news|stuff|affairs|geopolitics|world|region|any of this|this)(?: at all)?`;
/** The members a summary is for: "for the lazy ppl in chat", "for everyone on the server". */
const FOR_THE_CHAT = String.raw`for (?:the |all the |all |us |my |our )?(?:(?:(?:lazy|busy|tired|other) )?(?:ppl|people|folks|guys|members|readers|everyone|everybody|peeps) (?:in|on) (?:the |this |our )?(?:chat|server|gc|group|channel|discord)|(?:lazy|busy|tired|other) (?:ppl|people|folks|ones|guys|members|readers)|everyone|everybody|peeps|fam)`;
/** Asked to explain it plainly: "eli5", "explain like im 5", "break it down", "help me understand". */
const PLAINLY = String.raw`eli ?5|explain(?: (?:it|this|(?:the |this )?(?:article|piece|op ?ed|oped|column|text)))?(?: to me)?(?: like)? (?:i m|im|i am) ${NOVICE}|explain|(?:break|dumb) (?:it|this|(?:the |this )?(?:article|piece|op ?ed|oped|column|text)) down|help (?:me )?understand`;
/** What "explain" or "help me understand" asks for as the piece: the text, not its writer ("explain the author" is the bio). */
const PLAIN_PIECE = String.raw`(?:the |this |that )?(?:article|piece|op ?-?ed|column|essay|text|story|commentary|it|this)`;
/** Words that ask for the piece as a whole by themselves: "tl;dr", "gist", "main argument". */
const WHOLE_PIECE_WORDS =
  /\b(?:tl ?;? ?dr|tldr|summary|summarize|summarise|recap|bullet points|sum up|sum it up|gist|overview|in a nutshell|in short|elevator pitch|key points|key takeaway|takeaways?|bottom line|one ?-?liner|(?:short|shorter|quick|condensed|(?:one|two|three|\d) (?:sentence|line)) version|(?:main|central|core|key|overall|primary|basic) (?:point|points|argument|idea|takeaway|message|thesis|claim))\b/;
const WHOLE_PIECE = [
  new RegExp(
    String.raw`\b(?:what is|what s|whats|what are|what was)\s+(?:the |this |that )?(?:(?:month|week)s? (?:s )?)?${PIECE}\s+(?:\S+\s+){0,2}?(?:about|on|saying|arguing|getting at|driving at)\b`,
  ),
  // "Remind me what the article is about".
  new RegExp(String.raw`\bwhat (?:the |this |that )?${PIECE} (?:is|s|was) (?:\S+ ){0,2}?about\b`),
  // "Explain like im 5 what this op ed is saying": what it says, asked inside a request. The piece
  // or its writer by name: "what he is saying", "what it is saying in paragraph 12" may be anyone's.
  new RegExp(
    String.raw`\bwhat (?:the |this |that )?(?:article|piece|op ?-?ed|column|essay|text|commentary|writer|author|columnist|(?:(?:mohammed|mohammad|muhammad) )?(?:al ?-?sulami|sulami)) (?:is |s |was )?(?:really |actually |even )?(?:saying|arguing|getting at|driving at|trying to say)\b`,
  ),
  // "What does the article talk about", "what does it cover": its subject as a whole.
  new RegExp(
    String.raw`\bwhat (?:does|did|do) (?:the |this )?${PIECE} (?:(?:mainly|mostly|really|actually|even) )?(?:talk|speak|write|discuss|cover|focus on)(?: about)?$`,
  ),
  // "This article is talk about what?", "the article about what": the question word last, as many
  // languages put it.
  new RegExp(String.raw`\b(?:the |this |that )?${PIECE} (?:\S+ ){0,3}?about what$`),
  new RegExp(
    String.raw`\b(?:${PIECE}(?: s)?|his) (?:main |overall |big |general |own |personal |real |honest |actual |true |final |long term )?(?:point|points|argument|thesis|view|views|opinion|take|position|stance|message|conclusion|prediction|predictions|forecast|outlook|expectations?|claim|idea)\b`,
  ),
  // "The opinion of the author", as Romance languages put it.
  new RegExp(
    String.raw`\b(?:main |overall |general )?(?:point|argument|thesis|view|views|opinion|take|position|stance|message|conclusion|prediction|forecast|outlook|idea|vibe|vibes|tone|mood) of (?:the |this )?${PIECE}\b`,
  ),
  // "Where does the writer think this is all heading", "how does he see it ending": his prediction.
  new RegExp(
    String.raw`\b(?:where|how) (?:does|do|did|will|would) (?:the |this )?${PIECE} (?:think|see|sees|expect|reckon|believe|predict|figure|say)\b.*\b(?:heading|headed|going|go|goes|end|ends|ending|end up|play out|plays out|pan out|turn out|turns out|wind up)\b`,
  ),
  // "What outcome does al sulami expect": the ending he foresees.
  new RegExp(
    String.raw`\bwhat (?:outcome|result|future|ending|endgame|end game) (?:does|do|did) (?:the |this )?${PIECE} (?:expect|predict|see|foresee|think|reckon|forecast)\b`,
  ),
  new RegExp(
    // What may follow must be the subject's own words ("…happens next between tehran and moscow"):
    // asksTheWholePiece leaves nothing else.
    String.raw`\bwhat (?:does|did|do) (?:the |this )?${PIECE} (?:think|believe|argue|predict|conclude|say|claim|want|expect|reckon|mean|feel)(?: will happen| is going to happen| happens next| overall| in general| in short)?(?: (?:between|for|to|with) .*)?$`,
  ),
  // "What does the writer think about the future of the iran russia alliance": of the subject itself
  // (what is left once the framing and the subject's words are taken out must be nothing).
  new RegExp(
    String.raw`\bwhat (?:does|did|do) (?:the |this )?${PIECE} (?:think|believe|predict|expect|reckon|say|conclude|feel) (?:about|of|on) `,
  ),
  WHOLE_PIECE_WORDS,
  // "Can you explain the article", "eli5", "in simple terms what is this about", "help me understand
  // the article": the piece, plainly.
  new RegExp(
    String.raw`\b(?:${PLAINLY})(?: (?:${PLAIN_PIECE}))?(?: (?:simply|plainly|to me|for me|please|pls|${FOR_A_NOVICE}))*$|\bin (?:simple|plain|layman s|laymans|easy) (?:terms|english|words)\b`,
  ),
  // "How does the author conclude the article", "how does it end": the conclusion.
  new RegExp(
    String.raw`\bhow (?:does|did|do) (?:the |this )?${PIECE} (?:conclude|end|finish|wrap up|close)(?: (?:the |this |his |its )?(?:article|piece|op ?-?ed|column|essay|argument|text))?$`,
  ),
  /^(?:what is the |what s the |whats the )?(?:conclusion|thesis|verdict|prediction)$/,
  new RegExp(
    String.raw`\bwhat (?:conclusion|conclusions|verdict|prediction|point|argument|case) (?:does|did|do) (?:the |this )?${PIECE}\b`,
  ),
];

/**
 * "Does the writer think russia n iran stay buddies long term": the author's prediction for the
 * alliance is his thesis, whatever words name it.
 */
const AUTHOR_PREDICTS = new RegExp(
  String.raw`\b(?:does|did|do)\s+(?:the\s+)?(?:writer|author|columnist|al ?sulami|sulami|alsulami|he)\s+(?:really\s+)?(?:think|believe|expect|reckon|predict)\b(.*?)\b(?:last|survive|stay|stick|hold up|break up|split|fall apart|collapse|disintegrate|fall out|together|buddies|allies|friends|partners|heading|headed|(?:expiry|expiration|sell-by|use-by|end) date|shelf life|doomed|days are numbered)\b`,
);
/** Between "think" and "stay": only the alliance itself ("russia n iran", "the two"), not Israel. */
const PREDICTION_FILLER =
  /\b(?:will|would|can|could|are|is|be|going to|gonna|still|really|ever|even|actually|or|nah|the|that|can|has|have|got|an|a|its|their)\b/g;

/** "Israeli strikes - why?": the terse form, read from the question as typed (punctuation included). */
const TERSE_WHY = /[-–—:,]\s*why\W*$/i;
/**
 * "Why did Washington ditch the nuke deal", "why did the US and Britain occupy northern Iran": the
 * reason for something someone did, which the article, reporting the act, may not give. Not why
 * someone thought, said or saw something: that is the article's own matter ("why did Soleimani
 * think the request was predictable"), and neither is a change of mind ("why did Iran stop…").
 */
const WHY_DID =
  /^\W*(?:(?:so|ok|wait|but|and)\s+)?(?:why|y)\s+(?:did|didn t|didnt|d|had)\s+(?!.*\b(?:think|thought|say|said|see|saw|expect|believe|warn|claim|call|predict|accuse|blame|argue|mention|compare|cite|recall|stop|start|feel|consider|view|react|respond|change|ask|asked|demand|request|collapse|fall|fell|split|break|broke|disintegrate|drift|sour|turn|side|abandon|renege|lose|lost)\b)/;
/**
 * The cause of someone leaving an agreement or a post, asked without "did": "what made washington
 * walk away from the atomic agreement", "what drove washington to quit the atomic accord", "why
 * Amerikka left the nuclear pact". Only a deal or a post left: why Russia walked away from Tehran,
 * or why Iran quit trusting it, is the article's own matter, and so is what would or could make Iran
 * leave Syria (the rapprochement it predicts).
 */
const CAUSE_OF_LEAVING =
  /^(?!.*\b(?:would|could|might|will|gonna|going to|have to|has to|had to|ask|asks|asked|asking|tell|tells|told|telling|want|wants|wanted|wanting|demand|demands|demanded|demanding|request|requests|requested|requesting|urge|urged|urging|refuse|refused|refusing)\b)\W*(?:(?:so|ok|wait|but|and)\s+)?(?:(?:what|wat)(?:\s?s| is| was)?\s+(?:made|drove|caused|pushed|prompted|led|got)\s+\S+.*?\b(?:to\s+)?(?:leave|left|quit|ditch|exit|scrap|tear up|walk away|pull out|withdraw)|(?:why|y|how come)\s+(?!(?:did|didn t|didnt|d|had|does|do|is|are|was|were|would|will|can|could|should)\b)\S+.*?\b(?:left|quit|ditched|exited|scrapped|tore up|walked away|pulled out|withdrew))\b(?!\s+\w+ing\b).*\b(?:deal|deals|pact|agreement|accord|treaty|jcpoa|post|job|ambassadorship)\b/;
/**
 * The cause of an act of war, however asked: "Why Britain wanted to occupy north of Iran in 1941?",
 * "what made the americans and brits move into the north of persia", "why is israel bombing syrian
 * army spots". The article reports such acts and gives no reason for them. Not what would or could
 * happen (a US attack on Russia, whose risk the article explains), nor why someone says or thinks it.
 */
const CAUSE_OF_WAR_ACT =
  /^(?!.*\b(?:would|could|might|will|gonna|going to|risk|concern|concerned|worry|worried|fear|afraid|want|wants|say|says|said|think|thinks|thought|claim|claims|claimed|according|bring up|brings up|brought up|mention|mentions|mentioned|cite|cites|cited|refer|refers|talk about|talks about)\b)\W*(?:(?:so|ok|wait|but|and)\s+)?(?:why|y|how come|what made|what drove|what caused|what led|what (?:prompted|pushed|motivated) (?:\S+ ){1,4}?to (?=(?:occupy|invade|move into|attack|bomb|strike|hit)\b))\b.*\b(?:occupy|occupied|occupying|invade|invaded|invading|move into|moved into|moving into|attack|attacks|attacked|attacking|bomb|bombs|bombed|bombing|strike|strikes|striking|struck)\b/;
/** "why did the us leave the deal, does it say or not": asking the article, after the question, not what someone said. */
const DOES_IT_SAY_TAG =
  /\s+(?:does|did|do) (?:it|the article|the piece|the text|the author|the writer|this|they) (?:(?:even|actually|really) )?(?:say|mention|tell|explain|give|state)(?: (?:or not|or nah|or no))?\W*$/;
/** "Why USA left the nuclear pact? Reason is given?": whether the article gives the reason. */
const REASON_ASKED =
  /\breasons? (?:is |are |was )?(?:given|stated|provided|mentioned)\b|\b(?:give|gives|gave|state|states|offer|offers) (?:a |any |the )?reasons?\b/;
/**
 * "What was Washington's reason for leaving the nuclear agreement": the reason for an act asked in
 * so many words, which a passage reporting the act may not give; so is the reason for "that
 * particular" figure or choice ("the kremlins reasoning for that particular buffer size"). Not "the
 * real reason the alliance is falling apart", which the article argues ("as Iran no longer serves
 * Putin's needs"), nor the reason for "this particular alliance falling apart".
 */
const REASON_FOR =
  /^(?!.*\b(?:give|gives|gave|given|giving|say|says|said|cite|cites|cited|offer|offers|offered|author|auther|writer|piece|article|conclusion|evidence|per|he|she|they|them)\b).*\b(?:reason|reasons|reasoning|motive|motives|motivation|rationale)\s+(?:for|behind)\s+(?:\p{L}+ing|(?:that|this|the|those|these)\s+(?:particular|exact|specific)\s+(?:\p{L}+\s+)?(?:size|distance|number|figure|range|line|limit|zone|border|buffer|choice|date|year|deadline|amount|kilometers|km))\b/u;
/** A post someone held, as the object of leaving it: "his post", "the ambassador job", "ambassador". */
const POST_HELD = String.raw`(?:(?:his|her|their|the|that|this|as|an|a)\s+)?(?:\w+\s+)?(?:post|job|ambassadorship|embassy|seat|ambassador|envoy)\b`;
/**
 * The underlying reason asked for in so many words: "why did the US pull out in the first place",
 * "why 70 to 80 km, why not 100", "what's ankara's angle", "where does that number come from".
 */
const UNDERLYING_REASON = [
  // Not as someone gives it: "according to soleimani, why did russia ask … in the first place".
  /^(?!.*\b(?:according to|per|in \w+ s view)\b)(?:.*(?<!\b(?:claim|claims|claimed|say|says|said|argue|argues|think|thinks)\s+(?:about\s+)?))?\bwhy\b.*\bin the first place\b/,
  // An alternative the article never weighs: "why 70 to 80 km, why not 100", "why not the other way".
  /\bwhy not (?:like |just )?(?:\d+|the other|another|other|some other)\b/,
  /\bwhat(?:\s?s| is| are)\s+(?:the\s+)?\S+?(?:\s?s)?\s+(?:real\s+)?(?:rationale|angle)\b/,
  /\bwhat is the mechanism\b|\bwhere does (?:that|this|the) (?:\w+ )?(?:even )?come from\b/,
  // Why someone left a post, in the past: "why did soleimani stop being ambassador", "what made the
  // former envoy leave his post"; a "former" title says only that he did. Not "why would Assad have
  // to quit his post", which the article's pressure on him explains, nor forces leaving Syria.
  new RegExp(
    String.raw`^(?!.*\b(?:would|could|might|will|gonna|going to|have to|has to)\b).*\b(?:(?:why|y|how come)\b[^.?!,]*\b(?:did|didn t|didnt)\b[^.?!,]*\b(?:leave|quit|resign|stop being)|(?:why|y|how come)\b[^.?!,]*\b(?:left|quit|resigned|stopped being)|what made\b[^.?!,]*\b(?:leave|quit|resign|stop being))\s+${POST_HELD}`,
  ),
];
/** What states a reason: only the plainest markers; "given" and "as" are too common to tell. */
const REASON_STATED =
  /\b(?:because|due to|in order to|so as to|so that|as a result of|for fear|owing to|on the grounds|in return for|in retaliation)\b/i;

/**
 * "What happens next", "whats gonna happen according to the writer", "predictions?": a forecast
 * asked of nothing but the piece, which only the author's own gives.
 */
const FORECAST_ALONE = new RegExp(
  String.raw`^(?:(?:so|ok|okay|and|but|then|wait)\s+)*(?:what happens (?:next|now)|what (?:is|s) (?:going to|gonna) happen(?: next| now)?|what will happen(?: next| now)?|what comes next|what (?:is|s) next|now what|what (?:does|will) the future (?:hold|look)|where (?:is|s) (?:this|it) (?:all )?(?:going|heading|headed)|(?:any )?predictions?)(?: (?:in|from|according to|per|acc to|by) (?:the |this )?(?:${PIECE}|him))?(?: (?:tho|though|then))?$`,
);
/** "Where's the alliance headed": where it goes is the author's prediction, his conclusion. */
const ALLIANCE_HEADS =
  /^\W*(?:(?:so|ok|and|but)\s+)?where(?: s| is| are)?\s+(?:the |their |this |that )?(?:alliance|partnership|relationship|friendship|axis|ties|relations|bromance)\s+(?:\w+\s+)?(?:headed|heading|going)\b/;
/** "Does the alliance survive or nah": whether it lasts is the author's prediction, his conclusion. */
const ALLIANCE_LASTS =
  /^\W*(?:(?:so|ok|and|but)\s+)?(?:does|will|would|can|is)\s+(?:the |their |this |that )?(?:alliance|partnership|relationship|friendship|axis|team ?up|bromance)\s+(?:\w+\s+)?(?:survive|survives|last|lasts|hold|holds|endure|make it|going to last|gonna last)\b/;
/** How an outlook is asked: "optimistic", "bullish", "gloomy"… */
const OUTLOOK_WORDS = String.raw`(?:optimist(?:ic)?|pess?imist(?:ic)?|hopeful|hopeless|bullish|bearish|positive|negative|upbeat|gloomy|confident|doubtful|skeptical|sceptical|worried)`;
/**
 * "Is the writer optimistic about the Iran-Russia thing", "is he bullish on their ties": the
 * author's outlook on his subject is his thesis, whatever words name the subject; asked in the
 * order of a statement too ("Author is optimistic or pessimistic about …").
 */
const AUTHOR_OUTLOOK = new RegExp(
  String.raw`(?:\b(?:is|was|are|r|does|did)\s+(?:the\s+)?(?:writer|writers|author|authors|columnist|al ?sulami|sulami|alsulami|he|op ?ed|article|piece)|^\W*(?:the\s+)?(?:writer|author|columnist)\s+(?:is|s|was))\s+(?:\w+\s+)?${OUTLOOK_WORDS}\b`,
);
/**
 * "Is the writer team iran or nah", "is this piece pro iran", "is he on russia's side": the side he
 * takes between the article's own two powers is his verdict on them, which his thesis gives ("Iran
 * will be the biggest loser", "Russia has the upper hand").
 */
const SIDE_TAKEN = (() => {
  // The writer or his piece by name: "he" or "it" may be Abadi or Soleimani, just quoted.
  const holder = String.raw`(?:the\s+|this\s+)?(?:(?:(?:mohammed|mohammad|muhammad)\s+)?(?:al\s?sulami|sulami|alsulami)|writer|author|columnist|article|piece|op\s?ed|column|essay)`;
  const hedge = String.raw`(?:(?:kinda|kind of|basically|more|actually|really|secretly|just|like|even|being)\s+)?`;
  const power = String.raw`(?:the\s+)?(?:iran|iranians|tehran|russia|russians|moscow|kremlin)`;
  // The side ends the clause ("…or nah", "…or what"): "pro iranian women protesting" or "against
  // the russian missiles crossing…" ask of something else.
  const ends = String.raw`(?=\s+or\b|\s*$)`;
  return new RegExp(
    String.raw`\b(?:is|was)\s+${holder}\s+${hedge}(?:(?:pro|anti|team|siding with|on the side of|against|biased (?:toward|towards|against|for))\s+${power}|on\s+${power}(?:\s+s|s)?\s+side)${ends}`,
  );
})();
/** The piece's tone asked as an outlook ("overall vibe of the piece - optimistic or pessimistic"): no word between but a small one. */
const PIECES_TONE = new RegExp(
  String.raw`\b(?:vibe|vibes|tone|mood|feel)\s+(?:of\s+)?(?:the\s+|this\s+)?(?:piece|article|op ?ed|column|writer|author|writers|authors)(?:\s+s)?\s+(?:(?:is|more|kinda|overall|basically|mostly|rather)\s+)?${OUTLOOK_WORDS}\b(?!\s+(?:about|toward|towards|on|regarding|re|of|for)\s+(?!(?:the\s+|this\s+|their\s+)?(?:alliance|partnership|relationship|friendship|ties|future|it|this|that|them|iran|russia|iranian|russian|tehran|moscow|two|how|whether|where|what|whole|everything|all)\b))`,
);

/**
 * The words that name the article's own subject: the two powers, Syria, their alliance. A question
 * about the piece that names them ("whats the authors overall take on iran n russia") asks no more
 * than the piece does, and they tell no thesis paragraph from another.
 */
export const ARTICLE_SUBJECT_WORDS = [
  'iran',
  'iranian',
  'iranians',
  'russia',
  'russian',
  'russians',
  'russo',
  'tehran',
  'moscow',
  'kremlin',
  'syria',
  'syrian',
  'alliance',
  'relations',
  'relationship',
  'ties',
  'partnership',
  'partners',
  'allies',
  'friendship',
] as const;
/**
 * "Is this about syria?", "is the article mainly about iran and russia": its subject, to be
 * confirmed, named by the subject's own words ("is this about 1941" asks of one passage).
 */
const SUBJECT_CONFIRMED = new RegExp(
  String.raw`^(?:${LEAD_IN_WORDS} )*(?:is|s) (?:the |this |that |it )?(?:(?:whole |entire )?(?:article|piece|op ?-?ed|column|essay|text|story|commentary|thing) )?(?:(?:mainly|mostly|really|actually|even|just|basically|all) )?about\b(?=.*\b(?:${ARTICLE_SUBJECT_WORDS.join('|')})\b)`,
);

const ARTICLE_SUBJECT = new RegExp(
  String.raw`\b(?:${ARTICLE_SUBJECT_WORDS.join('|')}|the two|them|they|n|and|between|their|in|with|(?<=\b(?:iran|iranians?|tehran|russia|russians?|moscow)\s)(?:vs|versus)(?=\s(?:iran|iranians?|tehran|russia|russians?|moscow)\b))\b`,
  'g',
);

/** Words that only frame a whole-piece question: when nothing else is asked, the piece is the subject. */
const FRAMING = new RegExp(
  String.raw`\b(?:for (?:the |my |our |this )?(?:group ?chat|gc|group|server|channel|class|team|crew|squad|club)|(?:short|shorter|quick|condensed|\w+ sentences?|\w+ lines?) version|(?:(?:the|those|all the|everyone|anyone|people|ppl|folks|ones|guys|us|them|someone|somebody|anybody)\s+)*who (?:(?:did not|have not|has not|had not|never|could not|can not|cannot|do not|does not|was not|were not)(?: (?:get to|got to|have time to|had time to|actually|even|yet))? (?:read|finish|finished)|(?:skipped|missed|skimmed))(?: (?:it|this|the article|the piece|the reading|yet))*|eli ?5|explain|like (?:i m|im|i am) ${NOVICE}|(?:i m|im|i am) ${NOVICE}|${FOR_A_NOVICE}|${FOR_THE_CHAT}|in (?:simple|plain|layman s|laymans|easy) (?:terms|english|words)|simply|plainly|(?:break|dumb) (?:it|this) down|understand|what|is|s|the|this|that|a|about|on|of|does|did|do|main|overall|big|general|point|points|argument|thesis|view|views|opinion|take|position|stance|message|conclusion|prediction|predictions|claim|idea|think|believe|argue|predict|conclude|say|says|want|expect|reckon|mean|feel|will|happen|happens|is going to|next|in short|in general|tl|dr|tldr|summary|summarize|summarise|summarizing|summarising|recap|sum|up|it|gist|overview|in a nutshell|key|takeaways?|bottom|line|please|me|give|can|you|quick|short|whole|entire|thing|basically|so|article|piece|op|ed|oped|column|essay|text|story|commentary|writer|writers|author|authors|columnist|al|sulami|alsulami|mohammed|mohammad|muhammad|he|his|are|was|going|to|for|and|in|verdict|final|real|really|actual|actually|its|the author s|why|how|author s|writer s|\d{1,3}|one|two|three|few|sentences?|lines?|words?|paragraphs?|bullets?|bullet points|even|anyway|anyways|though|just|exactly|your|u|ur|pls|like|saying|here|reach|reaches|reached|come to|comes to|arrive at|at|very|end|where|headed|heading|future|making|make|makes|trying|core|central|if possible|tell|kindly|own|personal|honest|from|arguing|argues|getting|driving|liner|elevator|pitch|gimme|guy|net|could|would|someone|somebody|anyone|anybody|if|i|had|be|need|looking|not|help|boil|down|or|again|remind|month|months|week|weeks|talk|talks|talking|speak|speaks|speaking|discuss|discusses|discussing|cover|covers|covering|focus|focuses|focusing|write|writes|hello|hi|hey|yo|mainly|mostly|generally|primarily|according|per|wait|hmm|hm|um|uh|oh|ok|okay|but|also|against|forecast|outlook|expectations?|vibes?|tone|mood|outcome|result|ending|endgame|end game|long term|see|sees|foresee|figure|things|everything|all|go|goes|play out|plays out|pan out|turn out|turns out|end up|wind up|from here)\b|\bs[aou]{1,2}l+[aeo]+m+(?:i|y|ey|ie)\b`,
  'g',
);

/** Where a question's sentences part: after a full stop, question or exclamation mark. */
const SENTENCE_BREAK = /(?<=[.?!])\s+/;

/**
 * Whether what came of something is asked: in the whole question, or in one of its sentences, since
 * the patterns read a sentence from its start ("Sorry, I was out sick. Did Iran actually end up
 * pulling out?") and a prediction reported in one ("the author predicted they would warm up") is no
 * hypothetical in the next ("Did that actually happen?").
 */
function asksOutcome(q: string, text: string): boolean {
  const asks = (sentence: string): boolean => OUTCOME.some((re) => re.test(sentence)) && !HYPOTHETICAL.test(sentence);
  if (asks(q)) return true;
  const sentences = text.split(SENTENCE_BREAK);
  return sentences.length > 1 && sentences.some((sentence) => asks(normal(expandChatSpeak(sentence))));
}

function normal(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019']/g, ' ')
      // "What % of iranians": the sign asks a figure as the word does.
      .replace(/%/g, ' percent ')
      .replace(/[^\p{L}\p{N};]+/gu, ' ')
      .trim()
  );
}

/**
 * The words that make a question one about the whole piece, misspelt as members misspell them
 * ("sumarize", "artical"): such a word is read as the keyword it is one or two edits from.
 */
const PIECE_KEYWORDS = [
  'summarize',
  'summarise',
  'summary',
  'article',
  'conclusion',
  'argument',
  'opinion',
  'thesis',
  // The author's name, misspelt as readers do ("al-salami", "sulamy"), frames a question about his view.
  'sulami',
];

/** Words already read against the keywords: questions repeat their words, and this runs on every one. */
const keywordOf = new Map<string, string>();
const KEYWORD_CACHE_LIMIT = 10_000;

/**
 * A question as typing reads it: chat-speak expanded, lower case, places in English, misspelt words
 * about the piece mended. Several steps of one /ask read the same question, so the last few are kept.
 */
const recentlyRead = new RecentTexts<string>(32);

function readForType(text: string): string {
  return recentlyRead.of(text, (typed) => withPieceKeywords(placesInEnglish(normal(expandChatSpeak(typed)))));
}

function withPieceKeywords(q: string): string {
  return q.replace(/\p{L}{5,}/gu, (word) => {
    let read = keywordOf.get(word);
    if (read === undefined) {
      // A misspelling keeps its first letter: that alone spares most of the distance sums.
      read =
        PIECE_KEYWORDS.find(
          (k) =>
            k === word ||
            (k[0] === word[0] &&
              Math.abs(k.length - word.length) <= 2 &&
              editDistance(word, k) <= allowedEdits(k.length) - (k.length < 8 ? 0 : 1)),
        ) ?? word;
      if (keywordOf.size < KEYWORD_CACHE_LIMIT) keywordOf.set(word, read);
    }
    return read;
  });
}

/**
 * "What would a deal end up causing", "what will happen in the end": a question about what is to
 * come asks for the author's prediction, which the article gives; only a question about what did
 * happen needs an outcome it cannot state.
 */
const HYPOTHETICAL = /\b(?:would|will|going to|gonna|might|could|may|what happens|what ends up|ends up)\b/;

/**
 * "How much pressure", "how much does Russia care": "how much" asks for a degree here, which the
 * article gives in words; a figure is needed only for amounts ("how much money", "how much did it lose").
 */
const DEGREE = [
  /\bhow (?:big|great|large|strong|serious|severe|intense|deep|bad) (?:is|are|was|were) (?:the |their |its )?(?:\w+ )?(?:pressure|pressures|rift|split|tension|tensions|damage|risk|danger|threat|crisis|gap|distrust|mistrust|suspicion|animosity|resentment|anger|hatred|divide|divergence|hostility|strain|role|presence|influence|part|involvement|ties|bond|bonds|friendship|relationship|relations|alliance|partnership|commitment|investment|loss|losses)\b/,
  /\bhow much (?:\w+ )?(?:pressure|influence|power|trust|damage|danger|risk|tension|tensions|anger|hostility|support|leverage|control|impact|harm|strain|trouble|sway|weight|clout)\b/,
  /\bhow much\b.*\b(?:care|cares|trust|trusts|matter|matters|depend|depends|rely|relies|like|likes|hate|hates|value|values|fear|fears|worry|worries|hurt|hurts|suffer|suffers|affect|affects|help|helps|benefit|benefits)\b/,
];

function predictsTheAlliance(q: string): boolean {
  const between = AUTHOR_PREDICTS.exec(q)?.[1];
  return between !== undefined && between.replace(ARTICLE_SUBJECT, ' ').replace(PREDICTION_FILLER, ' ').trim() === '';
}

/**
 * "What's the main argument", "what is it about": the thesis, stated; "the conclusion", "does he
 * think it lasts": the conclusion (see QuestionType.asksArgument).
 */
const ASKS_ARGUMENT =
  /\b(?:argument|arguments|argue|argues|arguing|thesis|point|points|claim|claims|message|idea|about|discuss|cover)\b/;
/** The conclusion asked for in so many words: whatever else the question names, it comes first. */
const CONCLUSION_ASKED =
  /\b(?:conclu\w*|end|ends|ending|final (?:paragraph|point|word|verdict|thoughts?)|bottom line|wrap(?:s|ped)? (?:it )?up)\b/;
/** A forecast asked for: "whats his big prediction", "what does he think happens next", "what does the writer predict is gonna happen". */
const PREDICTION_ASKED =
  /\b(?:predict|predicts|predicted|predicting|prediction|predictions|forecast|forecasts|happens next|happen next|happens now|comes next|(?:what is|what s) next|now what|future (?:hold|holds|look|looks)|(?:going to|is gonna|gonna|will) happen|expects? (?:to happen|next))\b/;
/**
 * What becomes of the alliance, asked of the forecast ("what does he predict happens to the
 * alliance", "happens next between tehran and moscow", "for iran and russia", "his final
 * prediction"): his conclusion says, not the forecast for Iran's forces.
 */
const FATE_ASKED =
  /\b(?:final|alliance|partnership|relationship|relations|friendship|ties|axis|bromance|between)\b|\b(?:iran|tehran)\b.*\b(?:russia|moscow)\b|\b(?:russia|moscow)\b.*\b(?:iran|tehran)\b/;
/** A prediction, an outlook or a view asked for, or the ending: what the conclusion gives, not the thesis as stated. */
const ASKS_OUTLOOK =
  /\b(?:conclu\w*|end|ending|final|finally|last|bottom line|takeaway|predict\w*|future|next|surviv\w*|endure|stick|keep|view|views|opinion|think|thinks|stance|position|take|optimis\w*|pessimis\w*|hopeful|outlook|upbeat|gloomy|bleak|rosy|bullish|bearish|prospects?|confident|doubtful|positive|negative)\b/;
/**
 * Only "who is quoted" and nothing besides: "who is quoted saying iran should be wary of putting its
 * eggs in one basket" asks who said that, which the search finds.
 */
const WHO_IS_QUOTED = [
  /^\W*(?:(?:so|ok|okay|and|wait|yo|hey|but)\s+)*who(?: all)?(?: (?:is|are|r|s|gets?|got|does|did|do|was|were))*(?: (?:the|all|main|other|key|iranian|those|these|people|ppl|guys|persons|figures|voices|sources|officials|experts|analysts|names?))*(?: (?:he|the author|the writer|the article|the piece|it|they))? (?:being )?(?:quoted|quotes|quote|cited|cites|cite|interviewed)(?: (?:in|by) (?:this|the article|the piece|the op ed|it|here|him))?(?: (?:here|overall|mostly|by name|the most|most|then|again))*\W*$/,
  /^\W*(?:(?:so|ok|okay|and|wait|yo|hey|but)\s+)*(?:does|did) (?:he|the author|the writer|the article|the piece|it) (?:actually |even )?(?:quote|cite) (?:anyone|anybody|someone|people|sources)\b/,
  // "which iran ppl r named in this": the people it names, asked by their kind.
  /^\W*(?:(?:so|ok|okay|and|wait|yo|hey|but)\s+)*(?:which|what)(?: (?:iran|iranian|iranians|persian|other|main|key))? (?:people|ppl|persons|figures|officials|experts|analysts|guys|individuals|names)(?: (?:are|r|get|got|were|is))? (?:named|quoted|cited|mentioned|interviewed)(?: (?:in|by) (?:this|the article|the piece|the op ed|it|here))?(?: (?:here|by name))?\W*$/,
];
/**
 * "whats this article even about", "what's the topic": readers answer these with the headline as
 * often as with the thesis. Not "what does the author think about", which asks for a view.
 */
const ASKS_TOPIC =
  /\b(?:(?:article|piece|op ?-?ed|column|essay|text|story|commentary|this|it)\s+(?:(?:even|really|actually|all|mainly|basically|mostly|generally)\s+)*about|(?:topic|subject) of|(?:discuss|cover|focus on)$)\b/;

function asksTheWholePiece(q: string): boolean {
  return (
    (WHOLE_PIECE.some((re) => re.test(q)) || SUBJECT_CONFIRMED.test(q)) &&
    q
      .replace(FRAMING, ' ')
      .replace(ARTICLE_SUBJECT, ' ')
      .replace(/[;\s]+/g, '') === ''
  );
}

/**
 * "tldr pls, I have 5 min before class and did not do the reading, sorry": the piece as a whole
 * asked in the first clause, then chat that asks nothing and names nothing of the subject.
 */
const NAMES_THE_SUBJECT = new RegExp(String.raw`\b(?:${ARTICLE_SUBJECT_WORDS.join('|')})\b`);

const CHAT_ASKS = /\b(?:what|whats|why|who|whos|how|which|when|where|wat|y)\b/;

function asksTheWholePieceThenChats(text: string): boolean {
  // "Hi all, catching up late. Could someone give me the main argument in one sentence? My brain is
  // fried.": one sentence asks it, the others are chat that asks nothing and names nothing.
  // Most questions hold no such word: only they are split and read sentence by sentence.
  const sentences = WHOLE_PIECE_WORDS.test(text.toLowerCase())
    ? text.split(SENTENCE_BREAK).filter((sentence) => /\p{L}/u.test(sentence))
    : [];
  if (sentences.length > 1) {
    // Only by a word that says so ("main argument", "gist"): "ok so soleimani. what did he say?" asks of him.
    const asking = sentences.findIndex((sentence) => {
      const asked = withPieceKeywords(normal(expandChatSpeak(sentence)));
      return WHOLE_PIECE_WORDS.test(asked) && asksTheWholePiece(asked);
    });
    if (
      asking >= 0 &&
      sentences.every((sentence, i) => {
        if (i === asking) return true;
        const rest = normal(expandChatSpeak(sentence));
        return !sentence.includes('?') && !CHAT_ASKS.test(rest) && !NAMES_THE_SUBJECT.test(rest);
      })
    ) {
      return true;
    }
  }
  const comma = text.search(/[,:]/);
  if (comma < 0) return false;
  const first = withPieceKeywords(normal(expandChatSpeak(text.slice(0, comma))));
  const rest = normal(expandChatSpeak(text.slice(comma + 1)));
  // What follows the comma asks nothing more, but for which side the author leans to, which may
  // end in a question mark ("…, is he pro russia or what?"); "what did he say, abadi?" names whom.
  const tail = text.slice(comma);
  const endsAsking = !tail.replace(/\?\W*$/, '').includes('?');
  if (tail.includes('?') && !(endsAsking && AUTHORS_LEAN.test(rest))) return false;
  return (
    asksTheWholePiece(first) &&
    (AUTHORS_LEAN.test(rest) || (!CHAT_ASKS.test(rest) && !NAMES_THE_SUBJECT.test(rest))) &&
    !GOES_ON.test(rest)
  );
}

/** "…, is he pro russia or what": which side the author leans to, asked again of the whole piece. */
const AUTHORS_LEAN =
  /^\s*(?:so\s+|like\s+)?(?:is|s|does)\s+(?:he|the author|the writer|the columnist)\s+(?:(?:basically|just|really|actually|even|more)\s+)?(?:pro|anti|biased|neutral|for|against|on \w+ side|siding with|side with|leaning|lean|favou?ring|favou?r)\b/;

/** After a comma, words that go on asking rather than chat: "…, i mean about the withdrawal". */
const GOES_ON = /^\s*(?:i mean|i meant)\b/;

/** Whether a word only frames a request for the whole piece ("give", "real", "quick", "gist"): it asks for nothing in it. */
export function framesTheRequest(word: string): boolean {
  return word.replace(FRAMING, '').trim() === '';
}

/**
 * The words a request for the whole piece ("summarize", "gist", "in short") leaves once its framing
 * and the article's subject are taken out, or undefined when the message makes no such request:
 * "artikel ni pasal apa? boleh summarize sikit" leaves its Malay words.
 */
export function besideWholePieceRequest(text: string): string[] | undefined {
  const q = readForType(text);
  if (!WHOLE_PIECE_WORDS.test(q)) return undefined;
  return q
    .replace(FRAMING, ' ')
    .replace(ARTICLE_SUBJECT, ' ')
    .split(/[;\s]+/)
    .filter(Boolean);
}

/** Asked plainly: "eli5", "explain it", "break this down". */
const PLAIN_REQUEST = new RegExp(String.raw`\b(?:${PLAINLY})\b`);

/** "im 5", "i'm a total newbie": whom a plain account is for, said after "like". */
const A_NEWCOMER = new RegExp(String.raw`^(?:i m|im|i am) ${NOVICE}\b`);

/** Whether a remark says whom the account is for: "(like) im a total newbie". */
export function namesANewcomer(remark: string): boolean {
  return A_NEWCOMER.test(normal(remark));
}

/**
 * Whether a message holds words that ask for the piece as a whole by themselves: "gist", "tl;dr",
 * "main point", "explain it like im 5".
 */
export function namesTheWholePiece(text: string): boolean {
  const read = withPieceKeywords(normal(expandChatSpeak(text)));
  return WHOLE_PIECE_WORDS.test(read) || PLAIN_REQUEST.test(read);
}

/** Types a question as typed: chat-speak is read first ("whats", "wen"), so either form may be passed. */
export function questionType(text: string): QuestionType {
  // "What is the opinion of the writer on Iran and Rosia": places as other languages name them read in English.
  const read = readForType(text);
  const q = ASKS_IF_DONE.test(read) ? read.replace(AS_FORETOLD, '') : read;
  const wholePiece =
    asksTheWholePiece(q) ||
    AUTHOR_OUTLOOK.test(q) ||
    SIDE_TAKEN.test(q) ||
    PIECES_TONE.test(q) ||
    ALLIANCE_LASTS.test(q) ||
    ALLIANCE_HEADS.test(q) ||
    FORECAST_ALONE.test(q) ||
    predictsTheAlliance(q) ||
    asksTheWholePieceThenChats(text);
  // "How long will the alliance last" asks for the author's prediction, which he gives in words.
  const predictedSpan = PREDICTED_SPAN.test(q);
  const counted =
    /\bhow many (\p{L}+)/u.exec(q)?.[1] ??
    // "number of iranian forces?": a count of forces, not the article's "70 to80 kilometers".
    /^\W*(?:the\s+)?(?:exact\s+|total\s+)?number of (?:\p{L}+\s+)?(\p{L}+s)\b/u.exec(q)?.[1] ??
    // "How much oil": a figure that measures oil, not the article's "1941".
    HOW_MUCH_OF.exec(q)?.[1] ??
    (HOW_FAR.test(q)
      ? 'kilometers'
      : HOW_OLD.test(q) || AGE_ASKED.test(q)
        ? AGE
        : HOW_LONG.test(q) && !predictedSpan
          ? DURATION
          : null);
  // "Israel attack Syrian army when? it say the day?": a "when?" asked with more after it.
  const need: Need | null =
    (DATE.some((re) => re.test(q)) && !WHEN_CLAUSE.test(text)) || WHEN_ASKED.test(text)
      ? 'date'
      : (NUMBER.some((re) => re.test(q)) && !DEGREE.some((re) => re.test(q)) && !predictedSpan) ||
          HOW_FAR.test(q) ||
          IN_FIGURES.test(q)
        ? 'number'
        : asksOutcome(q, text)
          ? 'outcome'
          : CURRENT.some((re) => re.test(q))
            ? 'current'
            : WHY_DID.test(q.replace(DOES_IT_SAY_TAG, '')) ||
                CAUSE_OF_LEAVING.test(q) ||
                CAUSE_OF_WAR_ACT.test(q) ||
                TERSE_WHY.test(text) ||
                REASON_ASKED.test(q) ||
                REASON_FOR.test(q) ||
                UNDERLYING_REASON.some((re) => re.test(q))
              ? 'reason'
              : null;
  const datesGiven = YEAR_OR_MONTH_ONE.test(q)
    ? [...q.matchAll(YEAR_OR_MONTH_TYPED)].map((m) => m[0].toLowerCase())
    : [];
  const reasonFor =
    need === 'reason' ? actWords(q, /^(?:why|did|didnt|made|drove|caused|pushed|prompted|led|got)$/) : [];
  // Not what someone said would happen ("did the author say iran will lose"), nor a possibility
  // asked as one ("did the article mention a possible attack"): the passage answers those.
  const happened =
    need === null &&
    !wholePiece &&
    (DID_IT_HAPPEN.test(q) || DONE_CONFIRMED.test(q)) &&
    !REPORTED.test(q) &&
    !POSSIBLY.test(q)
      ? actWords(q.replace(CAUSE_CLAUSE, ' '), YES_NO_FRAME)
      : [];
  const asksEnd = need === 'date' && ASKS_END.test(q);
  const asksWhenSaid = need === 'date' && WHEN_SAID.test(q) && !THE_PIECE_SAYS.test(q);
  // "How long did it take for the bad blood to show up" asks how soon it began: the occasion it
  // began on answers that as well as a span of days would.
  const asksHowSoon = need === 'date' || (need === 'number' && counted === DURATION && HOW_SOON_BEGAN.test(q));
  const occasionFor = asksHowSoon && ASKS_START.test(q) && !DATE_WORD.test(q) ? actWords(q, START_FRAME) : [];
  const stillThere = need === 'current' && STILL_THERE.test(q);
  const afterThePiece =
    need === 'current' && (AFTER_THE_PIECE.some((re) => re.test(q)) || (STILL.test(q) && READERS_NOW.test(q)));
  return {
    need: wholePiece ? null : need,
    counted,
    wholePiece,
    asksTopic: wholePiece && ASKS_TOPIC.test(q),
    asksArgument: wholePiece && ASKS_ARGUMENT.test(q) && !ASKS_OUTLOOK.test(q),
    asksConclusion: wholePiece && CONCLUSION_ASKED.test(q),
    asksPrediction: wholePiece && PREDICTION_ASKED.test(q) && !CONCLUSION_ASKED.test(q) && !FATE_ASKED.test(q),
    asksWhoIsQuoted: WHO_IS_QUOTED.some((re) => re.test(q)),
    datesGiven,
    reasonFor,
    happened,
    asksEnd,
    asksWhenSaid,
    occasionFor,
    stillThere,
    afterThePiece,
  };
}

/** The question's own words for what was done: not small words, the article's subject, or the question's frame. */
function actWords(q: string, frame: RegExp): string[] {
  return tokenize(q)
    .map((t) => t.word)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !SUBJECT_WORD_SET.has(w) && !frame.test(w));
}

/** Words said, asked of their date: "when did abadi say this", "which date he make these comments". */
const WHEN_SAID =
  /\b(?:when|(?:what|which) (?:date|day|year))\s+(?:(?:did|does|do|was|were|had)\s+)?(?:\S+\s+){1,3}?(?:say|said|says|saying|quoted|tell|told|speak|spoke|speaking|state|stated|claim|claimed|warn|warned|accuse|accused|comment|commented|(?:make|made|give|gave) (?:these|those|the|this|that|his|such|all these) (?:words|comments?|remarks?|statements?|claims?|accusations?))\b/;
/** The piece's own words, whose date is its publication: "when did the author say this". */
const THE_PIECE_SAYS = /\b(?:author|writer|columnist|article|piece|op ?-?ed|sulami|al ?-?sulami)\b/;
/** "When did the occupation end", "when was it over": not "when did they take over", which is its start. */
const ASKS_END =
  /\b(?:end|ended|ending|finish|finished|stop|stopped|conclude|concluded|wind down|wound down|(?:be|is|was|were|been) over)\b(?:\s+(?:then|exactly|tho|though|again|lol|anyway))?\W*$/;
const ASKS_START =
  /\b(?:start|started|starting|begin|began|begun|first|show up|showed up|showing|appear|appeared|emerge|emerged|surface|surfaced|kick off|kicked off)\b/;
/** "What year did it start" asks a date, however the start is worded. */
const DATE_WORD = /\b(?:year|date|month|day|decade|century)\b/;
/** The occasion a thing began on, given in words: "at the first and simplest real test". */
const OCCASION =
  /\bat the (?:first|start|outset|beginning|very start)\b|\bfrom the (?:start|outset|beginning)\b|\bas soon as\b/i;
/** "How long did it take to…", "how long before…", "how soon did…": how soon something began. */
const HOW_SOON_BEGAN = /\bhow (?:long (?:did it take|does it take|did that take|was it|before|until|till)|soon)\b/;
const START_FRAME = new RegExp(`^(?:when|${ASKS_START.source.replace(/^\\b\(\?:|\)\\b$/g, '')})$`);
/** How many of the passage's words before the occasion may name what began ("animosity quickly appeared in … actions"). */
const OCCASION_REACH = 8;
const ENDED_BY = /\b(?:until|till|ended|ending|end of|by)\s+(?:\w+\s+)?$/i;

/** "Did assad step down", "so did the us attack russia or not": whether something happened. */
// Or as non-native speakers ask it: "Asad stepped down finaly or not?".
const DID_IT_HAPPEN =
  /^(?:so |and |but |ok |wait )?(?:did|has|have|had)\b|\b(?:finally|already|yet|in the end|at the end|eventually|did)\b.*?\bor (?:not|no|nah)\W*$/;
/**
 * Said as done, then asked to confirm: "assad stepped down because of this, didnt he", "so assad
 * stepped down bc of this right?". A "right" or "yeah" confirms a deed only after a verb and its
 * particle in the past ("stepped down", "pulled out", "gave up"): "the author is biased, right" is a view.
 */
const DONE_CONFIRMED =
  /^(?!\W*(?:who|what|why|how|when|where|which)\b)(?:.+\s(?:didn t|didnt|did not) (?:he|she|it|they|we)|.*\b(?:\w+ed|left|quit|fell|gave|took|went|got|backed|stepped) (?:down|out|off|up|over|away|back)\b.*\s(?:right|yeah|yes|correct|no))\W*$/;
const YES_NO_FRAME = /^(?:did|didnt|has|have|had|not|nah|yet|then|fact|finally|already|end|right|yeah|yes|correct)$/;
/** What the act was caused by is not the act: "did Assad step down as a result of this pressure". */
const CAUSE_CLAUSE = /\b(?:as a result of|because of|due to|thanks to|in response to|under)\b.*$/;
/**
 * "Did trump and putin make up like the author said they would": whether what was foretold came
 * about, asked with the foretelling last ("like" may be gone, as chat filler). Not what was said,
 * which the article reports; read only after a "did …" question, up to its end.
 */
const AS_FORETOLD =
  /(?<=\w\s+)(?:(?:like|as)\s+)?(?:the\s+)?(?:author|writer|article|piece|he|they|it)\s+(?:said|says|predicted|predicts|expected|expects|thought|claimed|wrote|reckoned)\s+(?:they|it|he|she|we)\s+(?:would|will|might|could)(?:\s+\w+){0,2}\s*$/;
const ASKS_IF_DONE = /^(?:so |and |but |ok |wait )?(?:did|has|have|had)\b/;
/**
 * Words that ask what someone said or the article reports, not whether it came about. Asking or
 * telling someone to act is saying too: "did russia ask iran to leave syria" asks about the request,
 * which the article reports, not whether Iran left. Not the nouns "talks", "calls", "names": "did
 * putin and trump hold talks" asks whether it happened.
 */
const REPORTED =
  /\b(?:say|said|says|ask|asks|asked|tell|tells|told|request|requests|requested|demand|demands|demanded|urge|urges|urged|claim|claimed|mentions?|mentioned|argues?|argued|predicts?|predicted|warns?|warned|suggests?|suggested|writes?|wrote|thinks?|thought|expects?|expected|call|called|report|reported|accuses?|accused|name|named|cites?|cited|comment|commented|remark|remarked|speaks?|spoke|talk|talked|tweets?|tweeted|describes?|described|possible|possibly|maybe)\b/;
/** A possibility, not a fact: "could ultimately force him to step down", "the risk of a US attack". */
const POSSIBLY = /\b(?:will|could|might|may|likely|unlikely|risk|possibility|threat|set to|would ultimately|future)\b/i;
/** How far before the act its "could" or "risk of" may stand. */
const POSSIBLY_REACH = 5;

const SUBJECT_WORD_SET: ReadonlySet<string> = new Set(ARTICLE_SUBJECT_WORDS);
/**
 * How far before "due to" or "because" the act it explains may end: in "cited Russia's decision in
 * 1941 to support … occupy northern Iran, accusing … of reneging on its covenants with Iran due to
 * Moscow's alliance with Israel", the reason is the reneging's, not 1941's.
 */
const REASON_REACH = 6;
/** A verb of thinking or saying among the question's words: it asks someone's argument. */
const REPORTS_A_VIEW =
  /^(?:reckon|reckons|think|thinks|thought|say|says|said|believe|believes|claim|claims|argue|argues|accuse|accuses|feel|feels|suggest|suggests)$/;

/**
 * A year, or a month as the article writes one (capitalised: "may" and "march" are verbs too, and
 * "Turkey may well be coordinating" states no date). Questions are typed in lower case, so the
 * months a question gives are read without case.
 */
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
const YEAR_OR_MONTH = new RegExp(
  String.raw`\b${YEAR}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`,
  'g',
);
/** Whether a passage states a date, a year or a month as the article writes one (one test, not a scan). */
export const STATES_A_DATE = new RegExp(YEAR_OR_MONTH.source);
/** Whether a word is a year. */
export const IS_A_YEAR = new RegExp(`^${YEAR}$`);
const YEAR_OR_MONTH_TYPED = new RegExp(YEAR_OR_MONTH.source, 'gi');
/** A date given for the words themselves: "said on Monday", "told reporters in June 2018". */
const SAID_ON = new RegExp(
  String.raw`\b(?:said|says|stated|told|declared|warned|claimed|remarked|commented|wrote)\b[^.]{0,40}?\b(?:on|in|last) (?:${YEAR_OR_MONTH.source}|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`,
);
/** Most questions name no date: one test spares them the copy of the regex that matchAll makes. */
const YEAR_OR_MONTH_ONE = new RegExp(YEAR_OR_MONTH.source, 'i');
const NUMBER_WORD =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions)$/;
/** How far after a number the thing it counts may stand ("70 to 80 kilometers"). */
const COUNTED_WITHIN = 3;

/**
 * Whether a passage states the kind of fact the question needs. "how many troops" needs a number
 * that counts troops, not the passage's "70 to 80 kilometers"; the article reports no outcome after
 * it was written, so an outcome is never stated.
 */
export function needMet(
  type: QuestionType,
  paragraph: string,
  excerpt: string,
  sameThing: (a: string, b: string) => boolean,
): boolean {
  switch (type.need) {
    case null:
      return type.happened.length === 0 || !onlyPossible(type.happened, excerpt, sameThing);
    case 'date': {
      if (type.asksWhenSaid) return SAID_ON.test(paragraph);
      if (type.occasionFor.length > 0 && occasionFollows(type.occasionFor, excerpt, sameThing)) return true;
      // A date the question gave is what it asks from, not what it asks for; when something ended
      // is not the year it began ("occupy northern Iran" in 1941 does not say when that ended).
      return [...paragraph.matchAll(YEAR_OR_MONTH)].some(
        (m) =>
          !type.datesGiven.includes(m[0].toLowerCase()) &&
          (!type.asksEnd || ENDED_BY.test(paragraph.slice(Math.max(0, m.index - 20), m.index))),
      );
    }
    case 'number': {
      if (type.occasionFor.length > 0 && occasionFollows(type.occasionFor, excerpt, sameThing)) return true;
      if (!type.counted) return /\d/.test(paragraph);
      if (type.counted === AGE) return AGE_STATED.test(paragraph);
      const counted = type.counted;
      const counts = (next: string): boolean =>
        counted === DURATION ? TIME_UNIT.test(next) : sameThing(next, counted);
      const words = tokenize(paragraph).map((t) => t.word);
      return words.some((word, i) => NUMBER_WORD.test(word) && words.slice(i + 1, i + 1 + COUNTED_WITHIN).some(counts));
    }
    case 'outcome':
      return false;
    case 'current':
      return !type.afterThePiece && (type.stillThere ? PRESENT_THERE : PRESENT_WORDS).test(excerpt);
    case 'reason':
      return reasonFollows(type.reasonFor, excerpt, sameThing);
  }
}

/**
 * A stated reason for the act asked about. Where the passage holds that act (in lower case: names
 * are who, not what), the reason must follow it; where it words the act otherwise ("reneging" for
 * "betray"), any stated reason will do.
 */
function reasonFollows(
  asked: readonly string[],
  excerpt: string,
  sameThing: (a: string, b: string) => boolean,
): boolean {
  const markers = [...excerpt.matchAll(new RegExp(REASON_STATED.source, 'gi'))];
  if (markers.length === 0) return false;
  const tokens = tokenize(excerpt);
  if (tokens.some((t) => isActAsked(t, excerpt, asked, sameThing))) {
    return markers.some((m) =>
      askedBefore(m.index, tokens, REASON_REACH, (t) => isActAsked(t, excerpt, asked, sameThing)),
    );
  }
  // The act worded otherwise ("march into the north of persia" for "occupy northern Iran"): those
  // who did it, where the passage names them, stand for it. "Why did the Americans and Brits march
  // into Persia" is not answered by the reneging "due to Moscow's alliance with Israel" later on.
  // Not where the question asks what someone thinks ("why does dahqani reckon moscow is
  // backstabbing them"): the one named is who argues, not who acted.
  if (asked.some((a) => REPORTS_A_VIEW.test(a))) return true;
  const isDoer = (t: Token): boolean => !SUBJECT_WORD_SET.has(t.word) && asked.some((a) => sameThing(t.word, a));
  if (!tokens.some(isDoer)) return true;
  return markers.some((m) => askedBefore(m.index, tokens, REASON_REACH, isDoer));
}

/**
 * Whether an occasion ("at the first … test") closely follows a word for what the question asks
 * began; "when did iran start calling russia its closest ally" is not answered by the test that
 * showed the animosity, though both are in one sentence.
 */
function occasionFollows(
  asked: readonly string[],
  excerpt: string,
  sameThing: (a: string, b: string) => boolean,
): boolean {
  const markers = [...excerpt.matchAll(new RegExp(OCCASION.source, 'gi'))];
  if (markers.length === 0) return false;
  const tokens = tokenize(excerpt);
  // Only in the occasion's own sentence: "a tactical alliance. But animosity quickly appeared … at
  // the first … test" says when the animosity began, not the alliance.
  return markers.some((m) => {
    const sentenceStart = Math.max(...[...excerpt.slice(0, m.index).matchAll(/[.!?]\s/g)].map((b) => b.index + 1), 0);
    return askedBefore(
      m.index,
      tokens.filter((t) => t.start >= sentenceStart),
      OCCASION_REACH,
      (t) => isActAsked(t, excerpt, asked, sameThing),
    );
  });
}

/**
 * Whether one of the `reach` content words just before a marker ("due to", "at the first") is one
 * `fits` accepts: a word for the act asked about, or for who did it, which the marker's reason or
 * occasion belongs to.
 */
function askedBefore(at: number, tokens: readonly Token[], reach: number, fits: (t: Token) => boolean): boolean {
  return tokens
    .filter((t) => t.end <= at && !STOP_WORDS.has(t.word) && !SUBJECT_WORD_SET.has(t.word))
    .slice(-reach)
    .some(fits);
}

/** A word of the passage, written in lower case (not a name), that the question asks about. */
function isActAsked(
  token: { word: string; start: number; end: number },
  text: string,
  asked: readonly string[],
  sameThing: (a: string, b: string) => boolean,
): boolean {
  const typed = text.slice(token.start, token.end);
  return typed === typed.toLowerCase() && asked.some((a) => sameThing(token.word, a));
}

/**
 * Refused or denied, not done: "Tehran would refuse to withdraw", "it would not withdraw from Syria"
 * say nothing of whether Iran left, which "did iran leave syria" asks. Not a bare "not": "Russia's
 * request that Iran not interfere" is what was asked of Iran, which did happen.
 */
const NOT_DONE =
  /\b(?:(?:would|will|did|does|do|has|have|had|could|can) not|never|refuse|refuses|refused|refusing|reject|rejects|rejected|wont|won t|didnt|didn t|hasnt|hasn t|havent|haven t)\b/i;

/**
 * Whether the passage gives what the question asks happened only as a possibility, or as refused
 * or not done: each of its lower-case words that the question uses (names are who, not what)
 * follows a "could", a "risk" or a "would not".
 */
function onlyPossible(
  asked: readonly string[],
  excerpt: string,
  sameThing: (a: string, b: string) => boolean,
): boolean {
  const tokens = tokenize(excerpt);
  const actWords = tokens.flatMap((t, i) => (isActAsked(t, excerpt, asked, sameThing) ? [i] : []));
  // No word of the act in the passage ("did trump and putin reconcile" of "we're likely to see a
  // rapprochement in the near future between Putin and Trump"): the people it names stand for it.
  const acts =
    actWords.length > 0 ? actWords : tokens.flatMap((t, i) => (asked.some((a) => sameThing(t.word, a)) ? [i] : []));
  return (
    acts.length > 0 &&
    acts.every((i) => {
      const before = tokens
        .slice(Math.max(0, i - POSSIBLY_REACH), i)
        .map((t) => t.word)
        .join(' ');
      return POSSIBLY.test(before) || NOT_DONE.test(before);
    })
  );
}
