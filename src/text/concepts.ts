import { editDistance } from './edit-distance.ts';
import { EXONYM_PHRASES, EXONYM_WORDS } from './exonyms.ts';

/**
 * Words that name the same thing in this article's domain, folded to one term before stemming so
 * a reader's wording meets the writer's: "America" finds "the US", "pull out" finds "withdraw",
 * "Moscow" finds "Russia". Groups are general English and geography, not answers to questions.
 */
const GROUPS: ReadonlyArray<readonly [concept: string, words: readonly string[]]> = [
  // The names as other languages write them ("Rusya", "Moskau") join their group from exonyms.ts.
  // With the slang for Russians ("the russkies").
  ['russia', ['russia', 'russian', 'russians', 'russo', 'moscow', 'kremlin', 'russkies', 'russkie', 'ruskies']],
  ['iran', ['iran', 'iranian', 'iranians', 'persia', 'persian', 'persians', 'tehran']],
  ['israel', ['israel', 'israeli', 'israelis', 'jewish', 'zionist']],
  ['syria', ['syria', 'syrian', 'syrians', 'damascus']],
  ['usa', ['usa', 'america', 'american', 'americans', 'washington', 'states', 'yankees']],
  ['turkey', ['turkey', 'turkish', 'turks', 'ankara']],
  ['europe', ['europe', 'european', 'europeans', 'eu', 'euro']],
  ['britain', ['britain', 'british', 'uk', 'england', 'english', 'london', 'brits']],
  ['china', ['china', 'chinese', 'beijing']],
  // With the capitals the article does not name, for "Tehran's man in Baku".
  ['azerbaijan', ['azerbaijan', 'azerbaijani', 'azeri', 'baku']],
  ['saudi', ['saudi', 'saudis', 'riyadh']],
  [
    'withdraw',
    [
      'withdraw',
      'withdrawal',
      'withdrawals',
      'withdrawing',
      'withdrew',
      'withdrawn',
      'pullback',
      'pullout',
      'retreat',
      'retreats',
      'retreating',
      'leave',
      'leaving',
      'exit',
      'evacuate',
      'evacuation',
    ],
  ],
  // With how chat says it: "from enemies to buddies".
  [
    'ally',
    ['ally', 'allies', 'allied', 'alliance', 'alliances', 'partner', 'partners', 'partnership', 'allys', 'buddies'],
  ],
  ['relat', ['relation', 'relations', 'relationship', 'relationships', 'ties']],
  // Who is ahead: the article's "upper hand", as readers say it. Not "win": a claim that Iran "wins"
  // is contradicted by "the biggest loser", which the claim check must still see as the opposite.
  ['upperhand', ['advantage', 'advantages', 'edge', 'ahead', 'dominant', 'dominance']],
  // The stemmer leaves "winner" apart from "winning"; readers ask "who's the winner" of "who is winning".
  ['win', ['win', 'wins', 'winner', 'winners', 'winning', 'won', 'victor', 'victors', 'victory']],
  ['lose', ['lose', 'loser', 'losers', 'loses', 'losing', 'loss', 'losses', 'lost']],
  ['kilometer', ['kilometer', 'kilometers', 'kilometre', 'kilometres', 'km', 'kms', 'miles', 'mile']],
  ['distrust', ['distrust', 'mistrust', 'suspicion', 'suspicious', 'distrustful']],
  [
    'hostil',
    ['hostility', 'hostile', 'animosity', 'enmity', 'antagonism', 'resentment', 'resentful', 'rancor', 'rancour'],
  ],
  // "Iran's enemies" are the article's "Iran's adversaries".
  ['adversari', ['adversary', 'adversaries', 'enemy', 'enemies', 'foe', 'foes']],
  ['newspap', ['newspaper', 'newspapers', 'press', 'media']],
  ['missil', ['missile', 'missiles', 'rocket', 'rockets']],
  // The article's "Israeli attacks", as readers name them; WordNet's senses of "bomb" ("a flop",
  // hence "turkey") and "strike" ("impress") would send them elsewhere.
  [
    'attack',
    [
      'attack',
      'attacks',
      'attacked',
      'attacking',
      // Not "struck": "what struck you about the article".
      'strike',
      'strikes',
      'airstrike',
      'airstrikes',
      'bomb',
      'bombs',
      'bombed',
      'bombing',
      'bombings',
      'raid',
      'raids',
      'shelling',
    ],
  ],
  // The deal the article calls "the nuclear pact", by the names readers know it by.
  ['nuclear', ['nuclear', 'nuke', 'nukes', 'jcpoa', 'barjam']],
  ['diplomat', ['diplomat', 'diplomats', 'diplomatic', 'envoy', 'envoys', 'ambassador', 'ambassadors', 'embassy']],
  ['publish', ['publisher', 'publishers', 'publication', 'outlet', 'newspaper', 'publish', 'published']],
  ['author', ['author', 'writer', 'columnist', 'sulami', 'alsulami']],
  // The photo credit's "Images", as readers name the pictures ("who snapped the pics", "whose snaps").
  [
    'photo',
    [
      'photo',
      'photos',
      'picture',
      'pictures',
      'pic',
      'pics',
      'image',
      'images',
      'snap',
      'snaps',
      'snapped',
      'snapshot',
      'snapshots',
    ],
  ],
  // "The Israeli PM" is the article's "Israeli Prime Minister" (the phrase joins below).
  ['premier', ['premier', 'premiers', 'pm', 'pms']],
  // The stemmer folds "authorities" into "author": officials are not the writer.
  ['authority', ['authority', 'authorities']],
];

/** Two-word names a reader writes as one idea. */
const ENGLISH_PHRASES: ReadonlyArray<readonly [phrase: string, concept: string]> = [
  ['united states', 'usa'],
  ['prime minister', 'premier'],
  ['prime ministers', 'premier'],
  ['tel aviv', 'israel'],
  ['pull out', 'withdraw'],
  ['upper hand', 'upperhand'],
  ['on top', 'upperhand'],
  ['more strong', 'upperhand'],
  ['more powerful', 'upperhand'],
  ['pull back', 'withdraw'],
  ['pulling out', 'withdraw'],
  ['pulled out', 'withdraw'],
  ['step down', 'resign'],
  ['daily caller', 'dailycaller'],
  ['military action', 'attack'],
  ['military actions', 'attack'],
  ['air strike', 'attack'],
  ['air strikes', 'attack'],
  // Leaving a deal, as readers say it: "walked away from the nuke deal".
  ['walk away', 'withdraw'],
  ['walks away', 'withdraw'],
  ['walked away', 'withdraw'],
  ['walking away', 'withdraw'],
  // The deal by the name readers know it by is the article's "nuclear pact".
  ['nuclear deal', 'nuclear'],
  ['nuke deal', 'nuclear'],
  ['nuclear agreement', 'nuclear'],
  ['nuclear accord', 'nuclear'],
  // A takeover done is the article's "occupy" ("which part of iran got taken over", "the allies took
  // over part of persia"); one to come or still going is as often control or a succession ("does
  // russia want to take over syria", "has russia taken over iran's role").
  ['took over', 'occupi'],
  ['taken over', 'occupi'],
  // "Fall apart" is the article's "disintegrate"; read word by word, "fall" and "apart" found the
  // passage on animosity instead ("why does the author think the alliance will fall apart").
  ['fall apart', 'disintegr'],
  ['falls apart', 'disintegr'],
  ['fell apart', 'disintegr'],
  ['falling apart', 'disintegr'],
  ['fallen apart', 'disintegr'],
];

const ENGLISH_CONCEPT_OF: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap(([concept, words]) => words.map((word) => [word, concept] as const)),
);

/** An exonym stands for its English word's concept, or for the English word where it has none ("caspian"). */
function conceptOfEnglish(english: string): string {
  return ENGLISH_CONCEPT_OF.get(english) ?? english;
}

const CONCEPT_OF: ReadonlyMap<string, string> = new Map([
  ...[...EXONYM_WORDS].map(([word, english]) => [word, conceptOfEnglish(english)] as const),
  ...ENGLISH_CONCEPT_OF,
]);

const PHRASES: ReadonlyMap<string, string> = new Map([
  ...[...EXONYM_PHRASES].map(([phrase, english]) => [phrase, conceptOfEnglish(english)] as const),
  ...ENGLISH_PHRASES,
]);

/**
 * The names of the countries and their capitals, which readers put in the possessive without the
 * apostrophe ("tehrans", "kremlins"); not adjectives or common nouns ("euros", "states").
 */
const OWNER_NAMES: ReadonlySet<string> = new Set([
  'russia',
  'moscow',
  'kremlin',
  'iran',
  'persia',
  'tehran',
  'israel',
  'syria',
  'damascus',
  'america',
  'washington',
  'turkey',
  'ankara',
  'europe',
  'britain',
  'england',
]);

/** A word's concept; a country's or capital's name in the possessive without its apostrophe too. */
export function conceptOf(word: string): string | undefined {
  const concept = CONCEPT_OF.get(word);
  if (concept !== undefined || !word.endsWith('s')) return concept;
  const owner = word.slice(0, -1);
  return OWNER_NAMES.has(owner) ? CONCEPT_OF.get(owner) : undefined;
}

/**
 * Phrases of everyday verbs, read only as typed: one slip from "take over" is "stake over", "make
 * over"; from "fall apart", "tell apart".
 */
const ONLY_AS_TYPED = /^(?:take|takes|took|taken|taking|fall|falls|fell|fallen|falling) /;

/** The phrases by their second word, to read a misspelt first one ("uper hand" is "upper hand"). */
const PHRASES_BY_SECOND = new Map<string, Array<[first: string, concept: string]>>();
for (const [phrase, concept] of PHRASES) {
  const [first, second, ...more] = phrase.split(' ');
  if (first === undefined || second === undefined || more.length > 0 || ONLY_AS_TYPED.test(phrase)) continue;
  PHRASES_BY_SECOND.set(second, [...(PHRASES_BY_SECOND.get(second) ?? []), [first, concept]]);
}

/**
 * Phrases that are the idea only after certain words: "who comes out on top" is who is ahead, the
 * pictures "on top" of the page are not.
 */
const ONLY_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // Taken over by someone, in the past: "got taken over", not "has russia taken over syria".
  ['taken over', new Set(['got', 'get', 'was', 'were', 'been', 'be', 'is', 'are', 'being'])],
  [
    'on top',
    new Set([
      'out',
      'up',
      'end',
      'ends',
      'ended',
      'stay',
      'stays',
      'is',
      'be',
      'being',
      'come',
      'comes',
      'came',
      'who',
      'whos',
    ]),
  ],
]);

export function phraseConcept(first: string, second: string, before?: string): string | undefined {
  const phrase = `${first} ${second}`;
  const after = ONLY_AFTER.get(phrase);
  if (after !== undefined && (before === undefined || !after.has(before))) return undefined;
  const exact = PHRASES.get(phrase);
  if (exact !== undefined || first.length < 4) return exact;
  // One slip in a first word of four letters or more: shorter ones ("on top") are other words when misspelt.
  return PHRASES_BY_SECOND.get(second)?.find(
    ([typed]) => typed.length >= 4 && Math.abs(typed.length - first.length) <= 1 && editDistance(typed, first) === 1,
  )?.[1];
}
