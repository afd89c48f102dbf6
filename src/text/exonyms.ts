import { foldText } from './fold.ts';

/**
 * The article's places as members whose first language is not English write them: "Rusya" and
 * "Tahran" (Turkish), "Russie" and "Moscou" (French), "Siria" and "Estados Unidos" (Spanish),
 * "Moskau" (German), "Suriah" (Indonesian), "Rossiya" (Russian), "Suriye" (Persian and Turkish), "Sirija"
 * (Croatian, Serbian), "Azerbajdžan" (Slovak, Czech), and the names in Cyrillic and Arabic script.
 * Since the eleventh session also the forms a helper listed from its own knowledge of languages
 * (never the article or a question set): Latin-script names in about seventy more languages
 * ("Urusi" Swahili, "Rūhia" and "Iharaira" Māori, "Venäjä" Finnish) and the usual romanisations
 * of other scripts ("Eluosi", "Roshia"); a form that is an English word, a word of the article,
 * a name of its people, a form of two places, or one slip from a common English word that is not
 * the place's own ("kina" is "king" typed) was left out. Keyed by the English word the article uses; every entry
 * is a name or adjective of a place, never an English word of its own ("Irã" folds to "ira", which
 * is the IRA; "Europa", "Rus", "chino" are left out for the same reason). They are folded here as
 * `foldText` folds a question, so "İsrail" is "israil".
 */
const BY_ENGLISH: ReadonlyArray<readonly [english: string, names: string]> = [
  [
    'russia',
    'rusia rasia rusya russie russland rusland rossiya rossiia rossija rossia rusiya rusiye rusija rosja rusko russlands россия россии روسيا روسیه urusi rassiya ryssland krievija venaja venemaa oroszorszag rwsia errusia russja rusio rusujo ruhia ruushka uburusiya roshia rashiya irashiya rrusia russiya orusiya rousiya rusiyeh rousiyeh rashya rosiia rosiya rosija ruseti rusastan eluosi reosia rutsia ratsia rasiya rasija rossiyu venajan',
  ],
  [
    'russian',
    'ruso rusos rusa rusas russe russes russo russi russisch russische russischen rus ruslar russischer русский российский روسی russos russas russen russin russisk russiske ryska ryssar rosyjski rosyjska rosyjskie rosyjskiego rosjanin rosjanie ruska ruske rusove ruski rusku orosz oroszok venalainen venalaiset venelane venelased krievu krievs krievi rusai rusiskas rusesc ruseasca rusca rusyali orys orystar kirusi mrusi warusi russneskur russneska russar rwsieg rwsiaid rwsiaidd ruisis ruiseach ruiseanach errusiar errusiera russu rusoj rusaj russies rosiana russkiy russkij russkii russky russki russkaya russkaja russkoe russkie rossiyskiy rossiiskii rossiyskij rossiyskaya rosiyskyi rosiiskyi rosiyany rosiki rosikos rusuli rusakan roshiajin roshiago',
  ],
  [
    'moscow',
    'moscou moscu moskau mosca moskova moskwa mosku mosko moskva kreml москва кремль موسكو مسکو maskva moskou moska moszkva maskava moscova moskvo moskow moscfa mosco moscobha moscha moskovi musku mosike mosukuwa moseukeuba moskve moskvy moskvi moskvu moskwie moskwy moskovan moskovassa moszkvai matxcova moskovskiy',
  ],
  ['iran', 'иран ایران إيران ايران iranu iranie iraan uajemi iiraan iarain yilang iranul iranas iranem perzie'],
  [
    'iranian',
    'irani iranies iranien iraniens iranienne iraniennes iraniano iranianos iraniana irano iraniani iranisch iranische iranischen iranli iranlilar иранский ایرانی iranianas iraniane iraner iranier iraans iraanse iranees iraniese iransk iranske iranska iranski iranskie iranczyk iranczycy iransky iranec iransko iranilainen iranilaiset iraani iranieciai iranietis iranieni eronlik eroni iranos iranikos iraniki iranuli iranakan iranit iranim iraniya iraniyah iraniyya iraniha iranskiy iranskij iranskii iranskaya iranets irantsy iranskyi iranskyy iranjin iranaj iranano iranskur iranaidd iaranach irania iranios',
  ],
  [
    'tehran',
    'teheran tegeran tahran teeran teera teheraan тегеран طهران تهران teerao teheranu teheranie tehron tehroon tehrun tehrani tehraan deheilan teherana teheranas teherani teherano tegerane teheranissa',
  ],
  [
    'syria',
    'siria sirija suriye syrie syrien siriya suriya suriah sirya syrii сирия سوريا سوریه sziria syyria suuria syrland sirja suuriya soriya souria sooria suriyah suriyeh souriyeh sooriye syriia syriya xuliya souriya souriyah sirii',
  ],
  [
    'syrian',
    'sirio sirios siriana syrienne syriens syrisch syrische syrischen suriyeli сирийский sirianos siriani siriane syriennes syrer syrier syriers syrisk syriska syriske syryjski syryjska syryjskie syryjczyk syryjczycy syrsky syrska syrske sirijski sirijska sirijske sziriai syyrialainen syyrialaiset suurlane sirietis siras sirian sirieni suriyeliler suriyali suriyalik syriakos syriaki siriuli siriakan surim soori siriyskiy sirijskij siriyskaya siriytsy syriiskyi syriyskyi shiriajin sirianoj syrlenskur syrlenska syriaidd siriach sirjan siriar',
  ],
  [
    'damascus',
    'damas damasco damaskus dimashq дамаск دمشق damaszek damasek damasc damaszkusz damaskos dhamaskos damaskas damaska damasko dameski damasq demesq damashq damasku damaisc dimashk dimachq dameshq dameshgh dameshk damishq damishk damesek dameseq damaski damashige damasukasu damaseukuseu dimesq dimishiq damsyik',
  ],
  [
    'israel',
    'israil izrail israele yisrael израиль اسرائيل اسرائیل izrael izraela izraelu isroil izrailya izraile izrailia izrayil israyel yisroel israeel esrail esraeil isuraeru iseuraelle itsaraen israila isireli isirayeli israaiil iisrael izraelis iosrael israelo iharaira isaraelu iseraela israely israeri izrayel israels israelin',
  ],
  [
    'israeli',
    'israelien israeliens israelienne israelisch israelische israelischen israelita israilli израильский israeliano israeliana israeliani israeliane israelitas israelense israelenses israelier israeliers israelisk israeliska israelske israeler izraelski izraelska izraelskie izraelczyk izraelczycy izraelsky izraelec izraelci izraelske izraeli israelilainen israelilaiset izraelietis izraelio israelian israelieni israilliler isroillik izraelit izraelite israilinos israeluri israelakan yisraeli yisraelim yisraelit israili esraili izrailskiy izrailskij izrailskaya izrailtyane izrailtyanin izrailskyi izrayilskyi isuraerujin israela israelano israelanoj israelskur iosraelach israelia izraeljan',
  ],
  [
    'turkey',
    'turquie turquia turqia turkiye turkei turchia turtsiya turkiya tyrkiet турция تركيا ترکیه turkije turkiet tyrkia turcja turecko turcia torokorszag turkki turgi turcija turkija turska tyrkland turkaland twrci tuirc turkia turkio turkujo uturuki turkiyya torkia torkiye torkiyeh turciya turtsia turtsii turechchyna turechchina tourkia turketi tuerqi toruko teoki twireukiye tirkiye turtsyya turcji turecku',
  ],
  [
    'turkish',
    'turco turcos turca turc turque turkisch turkische турецкий turcas turchi turche turques turkischen turken turke turkse turkisk turkiska turkar tyrkisk tyrkiske tyrker tyrkere turecki turecka tureckie turcy turecky turecke turci turski turske torokok turkkilainen turkkilaiset turkas turkai turkiskas turcesc turceasca turkce turkler turkcha turqisht tyrkneskur tyrkneska twrcaidd twrceg tuircis turcach turkiar turkiera mturuki waturuki kituruki turko turka turkoj torki turetskiy tureckij turetskaya turok turetsky turetskyi tourkos tourkiko tourkikos turkuli turquli turkakan turkit torukojin torukogo tirki',
  ],
  [
    'america',
    'amerika amerique amrika eeuu eua ssha сша америка امريكا أمريكا آمریکا امریکا ameryka marekani amurka imelika melika mareykanka maraykan ameerikaa marikena amerik meirica ameireaga ameriko usono bandarikin amerikka yhdysvallat ameerika ameriki amerike ameriku ameryki ameryce ameriky amreeka amreka amirka amriko meiguo beikoku miguk shtaty',
  ],
  [
    'american',
    'americano americanos americana americain americains americaine amerikanisch amerikanische amerikaner amerikan amerikali estadounidense estadounidenses estadunidense американский americanas americani americane americaines amerikanischen amerikaans amerikaanse amerikanen amerikaan amerikansk amerikanska amerikanske amerykanski amerykanska amerykanskie amerykanin amerykanie americky americka americke americania americki amerikanski amerikanac amerikanci amerikai amerikaiak amerikkalainen amerikkalaiset ameeriklane amerikanis amerikanu amerikietis amerikieciai amerikalilar amerikalik amerikane amerikanet ameriskur bandariskur americanaidd meiriceanach ameireaganach amerikar estatubatuar estatunidenc estadunidenses norteamericano norteamericana norteamericanos statunitense statunitensi amerikana usona usonano usonanoj mmarekani wamarekani baamurke amurkawa amerikano merikan ameriken meriken amriki amreeki amerikani amrikiya amrikan amrikayi amrikai amerikanskiy amerikanskij amerikanskaya amerikanets amerikantsy amerikanskie amerykanskyi amerykantsi amerikanos amerikaniko amerikanikos amerikaniki amerikuli amerikeli amerikyan amerikait meiguoren amerikajin',
  ],
  [
    'britain',
    'bretana britania britanya grossbritannien inglaterra angleterre ingiltere inggris inghilterra britannia британия англия بريطانيا انگلیس bretanha bretagna bretagne bretanya britannien storbritannien storbritannia grootbrittannie brittannie brittanje grootbrittanje brytania brytanii britanie britanija nagybritannia isobritannia suurbritannia lielbritanija britaniya bretland prydain breatain bhreatain breatainn brittanja britio britujo grandbritio uingereza birtaniya ingila ingiriiska inggeris baritanya biritanya beritania engelis engelestan bartaniya bartania bartanya velikobritaniya velikobritanii angliya brytaniia velykobrytaniia brytaniya vretania britaneti yingguo buliedian dabuliedian igirisu eikoku yeongguk yongguk angkrit',
  ],
  [
    'british',
    'britanico britanicos britannique britanniques britisch britische ingles anglais ingiliz britanica britanicas britannico britannici britischen briten britse brittisk brittiska britisk britiske brytyjski brytyjska brytyjskie brytyjczyk brytyjczycy britsky britska britske britanski britanska britanske britanac britanci brittilainen brittilaiset britti briti britid britu britas britai britanic britanici britanyali ingilizler britaniyali ingilis britaniyalik ingliz britanik britanike breskur breska bretar prydeinig briotanach breatannach britainiar brittaniku britoj mwingereza waingereza ingiriis britani baritani britaniyya ingilizi britaniyai bartanvi bartanwi angrez britanskiy britanskij britanskaya britantsy britanets brytanskyi brytantsi vretanos vretaniko vretanikos vretaniki britaneli britanuli britanakan britit britim yingguoren igirisujin',
  ],
  [
    'europe',
    'eropa avrupa evropa европа اروبا اروپا avropa yevropa avrupo yewropa ewrop eoraip eorpa europo eiropa euroopa eurooppa ulaya yuroopu yurophu yurub yurop awurooppaa awropa eoropa uburayi yuropu uropi iulope eulopa uropa eropah ewop ewropa urubba orobba awrubba orouba orupa oroopa urupa yoorop iurop jevropa yevropy evrope evropy yevropi evropi eyropa ouzhou yoroppa yureop europ evrop europie europy',
  ],
  [
    'european',
    'europeo europeos europea europeas europeen europeens europeenne europaisch europaische europaischen avrupali европейский europei europee europeu europeia europeus europeias europeennes europaer europees europese europeaan europeanen europeisk europeiska europeer europaeisk europaeiske europeiske europejski europejska europejskie europejczyk europejczycy evropsky evropska evropske evropan evropane europsky europska europske europljani europljanin evropski evropljani europski europai europaiak eurooppalainen eurooppalaiset europietis europieciai europeana europeni europene avrupalilar avropali yevropalik evropian evropiane evropskur ewropeaidd eorpach europar ewropew ewropea europano europanoj uropeo urubbi orobbi urubi oroubi awrubi orupai orupayi yevropeyskiy evropeyskiy evropejskij evropeiskii yevropeyskaya evropeets yevropeytsy evropeytsy yevropeiskyi yevropeyskyi evropaikos evropaiki evropaios evropaioi evropuli evropeli yevropakan evropakan eiropi europi yoroppajin',
  ],
  [
    'china',
    'cina cin tiongkok chinois chinesisch китай الصين چین chiny kitajska kitai kitaj kytai kytay kiina hiina kinija xitoy qytai hytay hyatad khyatad khitay xitay tsieina cinio cinujo uchina caina shiinaha shiina chayna siaina cheena chineti chinastan zhongguo chungkuo chugoku chuugoku jungguk junggug tayoke chinach kitaya',
  ],
  [
    'caspian',
    'caspio caspienne kaspische kaspischen kaspiy hazar khazar каспийское قزوين خزر caspia kaspisches kaspiska kaspiske kaspijskie kaspicke kaspijsko kaszpi kaspianmeri kaspia kaspijas kaspijos caspica xezer kaspik kaspiahaf chaisp kaspiar caspi kaspju kaspiyo kaspiyskoye kaspiyskoe kaspiiskoe kaspiyskogo kaspiiske kaspiyske kaspiis hakaspi kasupikai kaseupihae kaspiin caspium',
  ],
  [
    'azerbaijan',
    'azerbaycan azerbaidjan azerbaiyan aserbaidschan azerbaidzhan azerbajdzan azerbejdzan азербайджан azerbaigian azerbaijao azerbeidzjan azerbajdzsan azerbaidzan aserbaidzaan azerbaidzana azerbaidzanas ozarbayjon azerbayjan azerbajxhan aserbaidsjan azerbajdzjan aserbajdsjan aserbaijan asarbaisean azerbajgan azerbajgano aserbayan asarbayjan azarbaijan adharbayjan azarbayjan azerbaydzhan azerbajdzhan azermpaitzan adrbejan asaibaijiang azerubaijan ajereubaijan azerbeycan azerbaijana',
  ],
  [
    'saudi',
    'saudita sauditas saoudite saoudien suudi saudiya سعودي السعودية saoudienne saoudiens saudiarabien saudiarabia saoedi saoedisch saoedische saudyjska saudyjski saudyjskiej saudska saudsky saudova saudijska saudijski szaud szaudi szaudarabia sauda saudo seudiyye saudite sawdi shadach sawdija saudia saudiyya sacuudi sacuudiga saudiah alsaudiya suudiya saudovskaya saudovskoy saudovskiy saudivska saoudiki saudisch saudische saudiarabisch',
  ],
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
