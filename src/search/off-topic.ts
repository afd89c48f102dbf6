import { tokenize } from '../text/fold.ts';

/**
 * Everyday subjects members ask a bot about that an op-ed on an alliance does not touch: the
 * weather in Tehran, Iran's currency, Russia's football team, a good book. A question about one of
 * them names the article's countries, so the words alone would find a passage; the subject it asks
 * about decides. A subject counts only when the article's own text never uses the word, so a
 * column that did discuss a "capital" or a "team" would still be searched.
 */
const EVERYDAY_SUBJECTS = [
  // Phrases where the word alone has another sense: "fair-weather friend", "political capital", "team up".
  'the weather',
  'weather in',
  'weather like',
  'weather today',
  'weather forecast',
  'currency',
  'capital of',
  'capital city',
  'timezone',
  'time zone',
  'time difference',
  'football',
  'soccer',
  'basketball',
  'world cup',
  'olympics',
  'national team',
  'best player',
  'recipe',
  'pizza',
  'restaurant',
  'restaurants',
  'movie',
  'movies',
  'book on',
  'books on',
  'good book',
  'textbook on',
  'textbook about',
  'textbooks on',
  'textbooks about',
  'good app',
  'app for',
  'app to',
  'internship',
  'internships',
  'interns',
  'vacation',
  'tourist',
  'tourism',
  'visa',
  'hotel',
  'crypto',
  'bitcoin',
  // Sport, games and shows.
  'nba',
  'nfl',
  'fifa',
  'premier league',
  'champions league',
  'la liga',
  'super bowl',
  'superbowl',
  'world series',
  'pro league',
  'striker',
  'goalkeeper',
  'playoffs',
  'tennis',
  'cricket',
  'formula 1',
  'netflix',
  'anime',
  'video game',
  'minecraft',
  'fortnite',
  'valorant',
  'among us',
  'roblox',
  'overwatch',
  'league of legends',
  'call of duty',
  'genshin',
  'apex legends',
  // Facts of geography, people and food that an op-ed on an alliance does not give.
  'population of',
  'deepest point',
  'deepest lake',
  'official language',
  'oil price',
  'oil prices',
  'election',
  'elections',
  'kurdish',
  'kurds',
  'ypg',
  'tallest',
  'highest mountain',
  'a lake',
  // Continents as geography; not "which continent's players stir up trouble" (Europe's).
  'continent is',
  'continent are',
  'continent has',
  'continents',
  'on which continent',
  'in which continent',
  'smallest continent',
  'biggest continent',
  'largest continent',
  'in europe or asia',
  'nato',
  'national dish',
  'falafel',
  'shawarma',
  'hummus',
  'biryani',
  'persian new year',
  'nowruz',
  'eurovision',
  'grand prix',
  'golf',
  'tell me a joke',
  'a joke about',
  // Everyday questions.
  'what time is it',
  'time now in',
  'what day is it',
  'todays date',
  'today date',
  'learn russian',
  'learn persian',
  'learn farsi',
  'learn arabic',
  'learn hebrew',
  'caviar',
  'kebab',
  'history book',
  'reactor',
  'language do',
  'languages do',
  'arab league',
  'crown prince',
  'this channel',
  'this server',
  // A task, not a question about a text: "convert 80 km to miles", "translate the article into Chinese".
  'convert',
  'translate the whole',
  'translate the article',
  'translate this article',
  'translate the text',
  'translate the piece',
  // The group's own arrangements: "what time does the reading group meet", "share the google doc".
  'reading group',
  'study group',
  'google doc',
  'zoom link',
  'zoom call',
  'zoom meeting',
  'forgot what i was',
  'doc link',
  'finals',
  'notes from',
  'different article',
];

/** A channel named where something is posted or asked: "in #general". */
const CHANNEL_PLACE = /\b(?:in|on|to|into|at|from)\s+#[a-z][\w-]*/gi;
/** The server's rules, links, mods, voice chat, roles and times, as SERVER_BUSINESS reads them. */
const SERVER_TALK =
  /\b(?:server rules?|rules? (?:about|for) (?:posting|links|memes|spam|spoilers)|posting links|post links|news links|the mods|voice (?:channel|chat))\b|\bwhat time\b(?! (?:period|frame|span|of year)\b).*\b(?:start|starts|end|ends|begin|begins|finish|finishes|open|opens|close|closes|is it)\b|\b(?:get|give|gimme|assign|add)\s+(?:me\s+)?(?:the\s+|a\s+|that\s+)?(?:[\w-]+\s+){0,2}role\b/;
/**
 * The server's own running: a channel named where something is posted ("in #general"), its rules,
 * links, mods, voice chat, its roles ("how do i get the study buddy role") and what time something
 * starts or ends ("what time practice ends today"; the article gives no time of day). "Is there a
 * rule about how close iran can get" names the article's subject and is not; "#question who wrote
 * this" names no channel.
 */
const SERVER_BUSINESS = new RegExp(`${CHANNEL_PLACE.source}|${SERVER_TALK.source}`, 'i');

/**
 * Asked of the other members, what they saw or watched: "did u guys see the eclipse pics lol", "has
 * anyone watched the new dune movie", "anyone seen for sama?". Not "did anyone see the kremlin's ask
 * coming", which the article answers (Soleimani found it predictable), nor a question that goes on
 * after it ("did anyone see the photos up top, who took them"), nor one about the piece's own parts
 * ("did anyone catch who wrote this", "did you see the title", "did you guys see the photo at the top").
 */
const ASKED_OF_MEMBERS =
  /^\W*(?:(?:so|and|random but|omg|wait)\s+)*(?:(?:did|has|have)\s+(?:anyone|anybody|any1|everyone|everybody|you|u|ya|yall|y all|you all)|anyone|anybody|any1)(?:\s+(?:guys|all|else))?\s+(?:see|seen|watch|watched|catch|caught)\b(?!.*\bcoming\b)(?!.*[,?.]\s*(?:who|what|where|when|why|how|which)\b)(?!.*\b(?:title|headline|heading|subheading|byline|disclaimer|bio|credits?|caption|paragraph|para|line|quote|author|writer|wrote|written|article|piece|op-?ed|column)\b)(?!.*\b(?:the|this|these|those)\s+(?:photos?|pics?|pictures?|images?)\b)/i;

/**
 * Asking the other members along to something: "anyone up for a one shot this friday?", "anybody
 * down for pizza after practice", "yall wanna grab food". Not a question for the bot, unless it
 * names the article's subject, the piece or a request of it ("anyone up for explaining the title",
 * "yall wanna get the gist of this", "anyone wanna go through this").
 */
const MEMBERS_INVITED =
  /^\W*(?:(?:so|and|ok|okay|yo|hey|also|random but)\s+)*(?:anyone|anybody|any1|y\s?all|you guys|u guys|you all)\s+(?:(?:else|here)\s+)?(?:up for|down for|down to|keen for|keen to|free (?:for|on|this|tonight|tomorrow)|(?:wanna|want to) (?:play|join|grab|get|go|come|hang|meet|watch|run|do a))\b(?!.*\b(?:title|headline|heading|byline|author|writer|wrote|article|piece|op-?ed|column|paragraph|para|quote|bot|this(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+(?:weekend|week|evening|morning|afternoon|time|month|year)\b)|it|point|gist|tl ?;? ?dr|tldr|summar\w*|recap|explain\w*|go(?:ing)? through|read\w*|discuss\w*|break(?:ing)? (?:it |this )?down|thesis|argument|claim|conclu\w*|takeaways?|view|opinion|stance|tell(?:ing)?|walk(?:ing)?|help(?:ing)?|(?:get|give|show) me)\b)/i;

/**
 * "what did abadi say in #general": the channel is where the member asks, not what; read without
 * it where the rest names the article's subject (otherwise the question is the server's business).
 */
export function withoutChannelNamed(text: string, namesTheSubject: (text: string) => boolean): string {
  const rest = text.replace(CHANNEL_PLACE, '').replace(/ {2,}/g, ' ').trim();
  return rest !== text && namesTheSubject(rest) ? rest : text;
}

/** A sentence that asks without a question mark: "lol sounds like a netflix doc plot. who wrote it". */
const OPENS_ASKING =
  /^\W*(?:who|whos|what|whats|why|how|where|when|which|is|are|was|were|did|does|do|can|could|will|would)\b/i;

/** A sum and nothing else: "whats 2+2", "calculate 70*3"; not "is it 70-80 or 70x80" about the article's figure. */
const ARITHMETIC =
  /^\W*(?:(?:what|whats|what s|what is|what['’]s|calculate|compute|solve|how much is)\s+)?\d+(?:\.\d+)?\s*[+*/×÷^x]\s*\d+(?:\.\d+)?[\s=?!.]*$/i;

/**
 * Homework in a science no op-ed on an alliance touches, said as the occasion ("can u help w my
 * chem homework, whats avogadros number"): reading sets the occasion aside, and what is left is
 * asked of science, not of the article.
 */
const SCIENCE_HOMEWORK =
  /\b(?:chem|chemistry|physics|biology|calculus|algebra|geometry|trigonometry)\s+(?:homework|hw|assignment|problem|problems|lab)\b/i;

/**
 * What a kind of writing is in general ("whats the difference between an op-ed and a regular news
 * article"): a question about journalism, not about this piece.
 */
const KINDS_OF_WRITING_COMPARED =
  /\bdifferences? between (?:an? |the )?(?:op ?-?eds?|opinion pieces?|editorials?|columns?|commentar(?:y|ies)|news (?:articles?|stories|reports?)|(?:regular |normal )?(?:news|articles?)) (?:and|vs\.?|versus) /i;
/**
 * The parts of an essay as a writing class teaches them, asked in general: "the difference between
 * a thesis and a topic sentence", "what's a thesis statement". Not "the thesis" (this piece's).
 */
const PART_OF_WRITING = String.raw`(?:thesis(?: statements?)?|theses|topic sentences?|counter ?-?arguments?)`;
/** Defined in general: "what's a thesis statement"; not "what is a thesis", as this piece's thesis may be meant. */
const PART_OF_WRITING_DEFINED = String.raw`(?:thesis statement|topic sentence|counter ?-?argument)`;
const PARTS_OF_WRITING_ASKED = new RegExp(
  String.raw`\bdifferences? between (?:an? )?${PART_OF_WRITING} (?:and|vs\.?|versus) (?:an? )?${PART_OF_WRITING}\b|^\W*(?:so |ok |wait |um )?(?:what is|whats|what s|what['’]s|define) an? ${PART_OF_WRITING_DEFINED}\W*$`,
  'i',
);

/**
 * Another piece the group read or will read: "what was last month's article about", "the previous
 * article". As a noun phrase only: "we got this one last month, article main point?" asks of this one.
 */
const ANOTHER_PIECE =
  /\b(?:last|next) (?:month|week)(?:['’]?s)? (?:article|piece|op-?ed|reading)\b|\b(?:the )?previous (?:article|piece|op-?ed)\b/i;

/** "Who wrote", "who composed"… followed by something other than the piece or a part of it. */
const MADE_BY =
  /^\W*(?:(?:so|ok|and|wait|quick q|random q)\W+)?who\s+(?:wrote|writes|composed|painted|directed|sang|sings|invented|designed|built)\s+(?!(?:this|that|it|these|those|here|dis|dat|ths|thsi|da|teh|tha|the\s+(?:article|piece|op\s?-?ed|column|text|story|essay|thing|headline|title|bio|disclaimer|caption|paragraph|part|section|bit|line|sentence|quote|byline|summary)s?)\b)/i;

const MAX_PHRASE_WORDS = 4;
const TERSE_WEATHER_WORDS = 3;

export class OffTopicCheck {
  readonly #subjects: ReadonlySet<string>;
  /** Each subject's first word: a phrase is looked up only where one starts (the scan is on every question's path). */
  readonly #firstWords: ReadonlySet<string>;
  /** Whether the article never speaks of the weather, so "weather tehran" asks about something else. */
  readonly #noWeather: boolean;

  /** `articleText`: the article's own paragraphs, whose words keep a subject on topic. */
  constructor(articleText: readonly string[]) {
    const used = new Set(articleText.flatMap((text) => tokenize(text).map((t) => t.word)));
    this.#subjects = new Set(EVERYDAY_SUBJECTS.filter((subject) => !subject.split(' ').every((w) => used.has(w))));
    this.#firstWords = new Set([...this.#subjects].map((subject) => subject.split(' ')[0]!));
    this.#noWeather = !used.has('weather');
  }

  /**
   * Science homework the message asks help with (`message` as typed, its occasion and
   * all), where what the search reads of it (`read`) names nothing of the article's subject.
   */
  scienceHomework(message: string, read: string, namesTheSubject: (text: string) => boolean): boolean {
    return SCIENCE_HOMEWORK.test(message) && !namesTheSubject(read);
  }

  /**
   * Who made another work: "who wrote the hallelujah chorus", "who painted starry night". Not this
   * piece ("who wrote this", "who wrote the op-ed"), nor a part of it named by its words ("who
   * wrote the bit about 1941": `articleWord` knows "1941").
   */
  anotherWork(text: string, articleWord: (word: string) => boolean): boolean {
    const made = MADE_BY.exec(text);
    if (!made) return false;
    const words = tokenize(text.slice(made.index + made[0].length)).map((t) => t.word);
    // Two words at least: one alone ("who wrote dis") is as often this piece, misspelt.
    return words.length > 1 && !words.some(articleWord);
  }

  /**
   * A question about the server's running (SERVER_BUSINESS), asked of its members (ASKED_OF_MEMBERS)
   * or asking them along (MEMBERS_INVITED), that names nothing of the article's subject.
   */
  serverBusiness(text: string, namesTheSubject: (text: string) => boolean): boolean {
    return (
      (SERVER_BUSINESS.test(text) || ASKED_OF_MEMBERS.test(text) || MEMBERS_INVITED.test(text)) &&
      !namesTheSubject(text)
    );
  }

  /**
   * The everyday subject a question asks about that the article never touches, if any. In a message
   * of several sentences only those that ask count: "my study group is split on this. what does the
   * pullback cost damascus?" asks about the article, and the study group is only the occasion.
   */
  subjectOf(text: string): string | undefined {
    if (ARITHMETIC.test(text)) return 'arithmetic';
    if (KINDS_OF_WRITING_COMPARED.test(text) || PARTS_OF_WRITING_ASKED.test(text)) return 'kinds of writing';
    if (ANOTHER_PIECE.test(text)) return 'another article';
    const sentences = text.split(/(?<=[.!?…])\s+/);
    const asking = sentences.filter((s) => s.includes('?') || OPENS_ASKING.test(s));
    const asked = asking.length > 0 && asking.length < sentences.length ? asking.join(' ') : text;
    const words = tokenize(asked).map((t) => t.word);
    // "weather tehran": the weather asked tersely, before a place or a day. Longer, "weather" is
    // often "whether" misspelt ("weather iran will leave syria?").
    if (this.#noWeather && words[0] === 'weather' && words.length <= TERSE_WEATHER_WORDS) return 'weather';
    for (let i = 0; i < words.length; i++) {
      if (!this.#firstWords.has(words[i]!)) continue;
      let phrase = words[i]!;
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= words.length; n++) {
        if (n > 1) phrase += ` ${words[i + n - 1]!}`;
        if (this.#subjects.has(phrase)) return phrase;
      }
    }
    return undefined;
  }
}
