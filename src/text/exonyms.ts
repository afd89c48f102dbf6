import { foldText } from './fold.ts';

/**
 * The article's places as members whose first language is not English write them: "Rusya" and
 * "Tahran" (Turkish), "Russie" and "Moscou" (French), "Siria" and "Estados Unidos" (Spanish),
 * "Moskau" (German), "Suriah" (Indonesian), "Rossiya" (Russian), "Suriye" (Persian and Turkish), "Sirija"
 * (Croatian, Serbian), "Azerbajdžan" (Slovak, Czech), and the names in Cyrillic and Arabic script. Keyed by the English word the article uses; every entry
 * is a name or adjective of a place, never an English word of its own ("Irã" folds to "ira", which
 * is the IRA; "Europa", "Rus", "chino" are left out for the same reason). They are folded here as
 * `foldText` folds a question, so "İsrail" is "israil".
 */
const BY_ENGLISH: ReadonlyArray<readonly [english: string, names: string]> = [
  [
    'russia',
    'rusia rusya russie russland rusland rossiya rossiia rossija rossia rusiya rusiye rusija rosja rusko russlands россия россии روسيا روسیه',
  ],
  [
    'russian',
    'ruso rusos rusa rusas russe russes russo russi russisch russische russischen rus ruslar russischer русский российский روسی',
  ],
  ['moscow', 'moscou moscu moskau mosca moskova moskwa mosku mosko moskva kreml москва кремль موسكو مسکو'],
  ['iran', 'иран ایران إيران ايران'],
  [
    'iranian',
    'irani iranies iranien iraniens iranienne iraniennes iraniano iranianos iraniana irano iraniani iranisch iranische iranischen iranli iranlilar иранский ایرانی',
  ],
  ['tehran', 'teheran tegeran tahran teeran teera teheraan тегеран طهران تهران'],
  ['syria', 'siria sirija suriye syrie syrien siriya suriya suriah sirya syrii сирия سوريا سوریه'],
  ['syrian', 'sirio sirios siriana syrienne syriens syrisch syrische syrischen suriyeli сирийский'],
  ['damascus', 'damas damasco damaskus dimashq дамаск دمشق'],
  ['israel', 'israil izrail israele yisrael израиль اسرائيل اسرائیل'],
  ['israeli', 'israelien israeliens israelienne israelisch israelische israelischen israelita israilli израильский'],
  ['turkey', 'turquie turquia turqia turkiye turkei turchia turtsiya turkiya tyrkiet турция تركيا ترکیه'],
  ['turkish', 'turco turcos turca turc turque turkisch turkische турецкий'],
  ['america', 'amerika amerique amrika eeuu eua ssha сша америка امريكا أمريكا آمریکا امریکا'],
  [
    'american',
    'americano americanos americana americain americains americaine amerikanisch amerikanische amerikaner amerikan amerikali estadounidense estadounidenses estadunidense американский',
  ],
  [
    'britain',
    'bretana britania britanya grossbritannien inglaterra angleterre ingiltere inggris inghilterra britannia британия англия بريطانيا انگلیس',
  ],
  ['british', 'britanico britanicos britannique britanniques britisch britische ingles anglais ingiliz'],
  ['europe', 'eropa avrupa evropa европа اروبا اروپا'],
  [
    'european',
    'europeo europeos europea europeas europeen europeens europeenne europaisch europaische europaischen avrupali европейский',
  ],
  ['china', 'cina cin tiongkok chinois chinesisch китай الصين چین'],
  ['caspian', 'caspio caspienne kaspische kaspischen kaspiy hazar khazar каспийское قزوين خزر'],
  ['azerbaijan', 'azerbaycan azerbaidjan azerbaiyan aserbaidschan azerbaidzhan azerbajdzan azerbejdzan азербайджан'],
  ['saudi', 'saudita sauditas saoudite saoudien suudi saudiya سعودي السعودية'],
];

/** Two-word names, read as one: "Estados Unidos" is "America". */
const PHRASES_BY_ENGLISH: ReadonlyArray<readonly [english: string, phrases: string]> = [
  ['america', 'estados unidos, etats unis, stati uniti, amerika serikat, vereinigte staaten, birlesik devletler'],
  [
    'britain',
    'gran bretana, grande bretagne, grand bretagne, reino unido, royaume uni, regno unito, birlesik krallik, inggris raya',
  ],
  ['saudi', 'arabia saudita, arabie saoudite, suudi arabistan, arab saudi'],
];

function byName(table: ReadonlyArray<readonly [string, string]>, separator: RegExp): ReadonlyMap<string, string> {
  // Folded here as queries are, so a name written with its accents or hamza in the table still meets them.
  return new Map(
    table.flatMap(([english, names]) => names.split(separator).map((name) => [foldText(name), english] as const)),
  );
}

const ENGLISH_OF_WORD = byName(BY_ENGLISH, / /);
const ENGLISH_OF_PHRASE = byName(PHRASES_BY_ENGLISH, /, /);

/** Each one-word exonym with its English word, for the concept table. */
export const EXONYM_WORDS: ReadonlyMap<string, string> = ENGLISH_OF_WORD;
/** Each two-word exonym ("estados unidos") with its English word. */
export const EXONYM_PHRASES: ReadonlyMap<string, string> = ENGLISH_OF_PHRASE;

/**
 * A folded text with each place name written in another language put in English ("que quiere
 * rusya" → "que quiere russia"), for lookups that match names as the article spells them.
 */
export function placesInEnglish(folded: string): string {
  const words = folded.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const phrase = next === undefined ? undefined : ENGLISH_OF_PHRASE.get(`${word} ${next}`);
    if (phrase !== undefined) {
      out.push(phrase);
      i++;
      continue;
    }
    out.push(ENGLISH_OF_WORD.get(word) ?? word);
  }
  return out.join(' ');
}
