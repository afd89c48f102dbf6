import { RecentTexts } from './recent-texts.ts';

/**
 * How members type in chat, rewritten to the words the rest of the engine knows. A chat word is
 * never an article word, so without this "wat", "dont" or "ur" count as unknown words and can sink
 * a fair question; filler ("lol", "tbh") is dropped because it says nothing about the article.
 */
const REWRITES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // question words
    wat: 'what',
    // Chat spellings and slang: "y is iran angy", "is russia kinda sus". Not "ded", as often "did"
    // mistyped as "dead", nor "salty", which the Caspian is.
    angy: 'angry',
    sus: 'suspicious',
    // Too short for the English mending (five letters or more): "is the alliance stil a thing".
    stil: 'still',
    stll: 'still',
    wut: 'what',
    wot: 'what',
    wht: 'what',
    waht: 'what',
    whta: 'what',
    whats: 'what is',
    wats: 'what is',
    whos: 'who is',
    hoo: 'who',
    wheres: 'where is',
    hows: 'how is',
    whys: 'why is',
    y: 'why',
    wen: 'when',
    whn: 'when',
    hw: 'how',
    // contractions typed without the apostrophe
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    isnt: 'is not',
    arent: 'are not',
    wasnt: 'was not',
    werent: 'were not',
    cant: 'can not',
    couldnt: 'could not',
    wont: 'will not',
    wouldnt: 'would not',
    shouldnt: 'should not',
    hasnt: 'has not',
    havent: 'have not',
    hadnt: 'had not',
    aint: 'is not',
    im: 'i am',
    ive: 'i have',
    youre: 'you are',
    theyre: 'they are',
    thats: 'that is',
    convo: 'conversation',
    // "movin", "sayin", "tryin": an "-ing" with its g dropped, where no other word is meant.
    ...Object.fromEntries(
      'movin doin goin sayin talkin tryin comin gettin makin takin pullin askin thinkin lookin playin leavin sendin firin helpin backin fightin losin winnin runnin meetin workin'
        .split(' ')
        .map((word) => [word, `${word}g`]),
    ),
    convos: 'conversations',
    hes: 'he is',
    shes: 'she is',
    theres: 'there is',
    wanna: 'want to',
    gonna: 'going to',
    tryna: 'trying to',
    finna: 'going to',
    outta: 'out of',
    gotta: 'have to',
    kinda: 'kind of',
    sorta: 'sort of',
    lemme: 'let me',
    gimme: 'give me',
    dunno: 'do not know',
    // pronouns and short forms
    u: 'you',
    ya: 'you',
    yu: 'you',
    ur: 'your',
    r: 'are',
    n: 'and',
    b4: 'before',
    bc: 'because',
    bcuz: 'because',
    cuz: 'because',
    coz: 'because',
    abt: 'about',
    bout: 'about',
    w: 'with',
    wit: 'with',
    thru: 'through',
    tho: 'though',
    // "the biggest L": a loss, as in "take the L"
    l: 'loss',
    ppl: 'people',
    govt: 'government',
    gov: 'government',
    smth: 'something',
    actualy: 'actually',
    // Dropped g's on common verbs ("whats the article even sayin"); not "puttin", which is Putin misspelt.
    sayin: 'saying',
    goin: 'going',
    doin: 'doing',
    gettin: 'getting',
    talkin: 'talking',
    tryin: 'trying',
    thinkin: 'thinking',
    comin: 'coming',
    happenin: 'happening',
    // dropped letters
    hav: 'have',
    hv: 'have',
    frm: 'from',
    // Missiles as many languages call them ("rakets", "raketa", "Raketen").
    raket: 'rocket',
    rakets: 'rockets',
    raketa: 'rocket',
    rakete: 'rocket',
    raketen: 'rockets',
    rakett: 'rocket',
    wher: 'where',
    whr: 'where',
    lookin: 'looking',
    makin: 'making',
    takin: 'taking',
    leavin: 'leaving',
    fightin: 'fighting',
    bombin: 'bombing',
    workin: 'working',
    askin: 'asking',
    pullin: 'pulling',
    // Common misspellings of short words ("the biggest looser"); "loose" is read as "lose" only as a verb (LOOSE_AS_VERB).
    looser: 'loser',
    // "Looses" is rarely meant as "sets loose": "who looses the most".
    looses: 'loses',
    loosers: 'losers',
    loosing: 'losing',
    wich: 'which',
    whch: 'which',
    thier: 'their',
    becuase: 'because',
    beacuse: 'because',
    acutally: 'actually',
    actully: 'actually',
    realy: 'really',
    finaly: 'finally',
    sth: 'something',
    rn: 'right now',
    nowdays: 'nowadays',
    tmrw: 'tomorrow',
    yrs: 'years',
    yr: 'year',
    prez: 'president',
    pres: 'president',
    vs: 'versus',
    pic: 'picture',
    photog: 'photographer',
    photogs: 'photographers',
    fella: 'guy',
    fellas: 'guys',
    pics: 'pictures',
    pix: 'pictures',
    // Question words of members' first languages, said in an English question ("chera did the US leave").
    chera: 'why',
    cheraa: 'why',
    warum: 'why',
    pourquoi: 'why',
    kenapa: 'why',
    mengapa: 'why',
    kyun: 'why',
    kyon: 'why',
    siapa: 'who',
    quien: 'who',
    kaun: 'who',
    donde: 'where',
    kahan: 'where',
    cuando: 'when',
    kapan: 'when',
    // The same from more first languages, as typed in Latin letters. Not common English words
    // ("dove", "kim", "var"), "sino" (English in "Sino-Russian"), nor a word that also means
    // "because" ("porque", "perché") or another question word ("nani" is "what" in Japanese).
    bakit: 'why',
    waarom: 'why',
    varfor: 'why',
    varför: 'why',
    dlaczego: 'why',
    pochemu: 'why',
    neden: 'why',
    niye: 'why',
    giati: 'why',
    keno: 'why',
    naze: 'why',
    wae: 'why',
    weishenme: 'why',
    quem: 'who',
    cine: 'who',
    kto: 'who',
    vem: 'who',
    poios: 'who',
    nugu: 'who',
    shei: 'who',
    nini: 'what',
    shenme: 'what',
    saan: 'where',
    wapi: 'where',
    onde: 'where',
    unde: 'where',
    waar: 'where',
    gdzie: 'where',
    gde: 'where',
    nerede: 'where',
    doko: 'where',
    kothay: 'where',
    kailan: 'when',
    lini: 'when',
    quando: 'when',
    wanneer: 'when',
    kiedy: 'when',
    kogda: 'when',
    itsu: 'when',
    // …and their politeness and filler: "merci", "lotfan", "porfa", "bitte", "gan", "yaar".
    merci: '',
    lotfan: '',
    porfa: '',
    gracias: '',
    bitte: '',
    danke: '',
    spasibo: '',
    shukran: '',
    yalla: '',
    wallah: '',
    inshallah: '',
    habibi: '',
    gan: '',
    sih: '',
    yaar: '',
    bhai: '',
    acha: '',
    // Tagalog, Thai, Japanese, Korean, Swahili, Greek, Romanian, Italian, Chinese, Polish,
    // Portuguese and Indonesian politeness, as typed in Latin letters.
    po: '',
    opo: '',
    naman: '',
    salamat: '',
    krub: '',
    krab: '',
    krap: '',
    khrap: '',
    kha: '',
    // Thai's polite close, as often typed without the h ("why iran angry with russia ka?"), and
    // Japanese's question particle: no English word.
    ka: '',
    desu: '',
    kudasai: '',
    onegai: '',
    sumimasen: '',
    arigato: '',
    ssi: '',
    nim: '',
    tafadhali: '',
    asante: '',
    habari: '',
    parakalo: '',
    efharisto: '',
    multumesc: '',
    mersi: '',
    grazie: '',
    prego: '',
    ciao: '',
    xiexie: '',
    dziekuje: '',
    prosze: '',
    obrigado: '',
    obrigada: '',
    tolong: '',
    mohon: '',
    dong: '',
    bhaiya: '',
    didi: '',
    // Malaysian and Singaporean English closes a question with a particle: "got phd or not ah".
    ah: '',
    lah: '',
    leh: '',
    lor: '',
    // The article as other languages name it, in an English question ("according to the texte").
    texte: 'text',
    artikel: 'article',
    articulo: 'article',
    artigo: 'article',
    // The nouns the article turns on, as other languages write them ("the kranten", "the foto").
    foto: 'photo',
    fotos: 'photo',
    fotografia: 'photo',
    fotografie: 'photo',
    fotograf: 'photographer',
    fotoğraf: 'photo',
    photographie: 'photo',
    fotot: 'photo',
    picha: 'photo',
    larawan: 'photo',
    krant: 'newspaper',
    zeitung: 'newspaper',
    gazete: 'newspaper',
    gazeta: 'newspaper',
    periodico: 'newspaper',
    periódico: 'newspaper',
    giornale: 'newspaper',
    jornal: 'newspaper',
    ziar: 'newspaper',
    ziarul: 'newspaper',
    tidning: 'newspaper',
    gazeti: 'newspaper',
    pahayagan: 'newspaper',
    efimerida: 'newspaper',
    kranten: 'newspapers',
    zeitungen: 'newspapers',
    gazeteler: 'newspapers',
    gazetas: 'newspapers',
    periodicos: 'newspapers',
    periódicos: 'newspapers',
    giornali: 'newspapers',
    jornais: 'newspapers',
    ziare: 'newspapers',
    journaux: 'newspapers',
    tidningar: 'newspapers',
    magazeti: 'newspapers',
    auteur: 'author',
    autore: 'author',
    autorul: 'author',
    yazar: 'author',
    penulis: 'author',
    mwandishi: 'author',
    doktor: 'doctorate',
    doktorat: 'doctorate',
    doctorat: 'doctorate',
    doctorado: 'doctorate',
    dottorato: 'doctorate',
    doutorado: 'doctorate',
    komitee: 'committee',
    komite: 'committee',
    comite: 'committee',
    comité: 'committee',
    comitato: 'committee',
    comitet: 'committee',
    comitetul: 'committee',
    kommitte: 'committee',
    kommitté: 'committee',
    komisi: 'committee',
    kamati: 'committee',
    embajador: 'ambassador',
    ambassadeur: 'ambassador',
    ambasciatore: 'ambassador',
    embaixador: 'ambassador',
    ambasadorul: 'ambassador',
    buyukelci: 'ambassador',
    büyükelçi: 'ambassador',
    balozi: 'ambassador',
    alianza: 'alliance',
    alleanza: 'alliance',
    aliança: 'alliance',
    alianta: 'alliance',
    alianța: 'alliance',
    ittifak: 'alliance',
    aliansi: 'alliance',
    muungano: 'alliance',
    allians: 'alliance',
    alliantie: 'alliance',
    sojusz: 'alliance',
    guerra: 'war',
    guerre: 'war',
    krieg: 'war',
    oorlog: 'war',
    savaş: 'war',
    savas: 'war',
    perang: 'war',
    wojna: 'war',
    razboi: 'war',
    război: 'war',
    presidente: 'president',
    präsident: 'president',
    praesident: 'president',
    presiden: 'president',
    presedinte: 'president',
    președinte: 'president',
    // Politeness and honorifics said around a name or a request ("Soleimani sahib", "kindly tell").
    kindly: '',
    sahib: '',
    mr: '',
    mrs: '',
    ms: '',
    // "The MP" is a member of parliament: the article's "lawmaker". Not "MPs", which in Syria are
    // as often Russia's military police.
    mp: 'lawmaker',
    // The article's 1941 episode happened in the Second World War, which readers' questions call "ww2".
    wwii: 'ww2',
    saheb: '',
    sahab: '',
    ji: '',
    janab: '',
    // "Sir, what is the nationality of the writer", "Sain the writer is …": said to the bot, as a sign of respect.
    sir: '',
    sain: '',
    madam: '',
    maam: '',
    pls: '',
    plz: '',
    // filler: says how someone feels, not what they want to know
    lol: '',
    lmao: '',
    lmfao: '',
    rofl: '',
    idk: '',
    tbh: '',
    tbf: '',
    ngl: '',
    imo: '',
    imho: '',
    btw: '',
    fr: '',
    frfr: '',
    iirc: '',
    afaik: '',
    bruh: '',
    bro: '',
    dude: '',
    fam: '',
    yo: '',
    hey: '',
    hi: '',
    hello: '',
    hallo: '',
    ok: '',
    okay: '',
    k: '',
    um: '',
    uh: '',
    hmm: '',
    hm: '',
    like: '',
    literally: '',
    basically: '',
    // "so hes obviously pro tehran": the asker's certainty, not a word of the passage.
    obviously: '',
    // "what site is this from anyway": a shrug, not what is asked.
    anyway: '',
    anyways: '',
    wtf: '',
    omg: '',
    smh: '',
    ugh: '',
    huh: '',
    thx: '',
    thanks: '',
    ty: '',
    guys: '',
    nah: '',
    yeah: '',
    yea: '',
    bot: '',
  }),
);

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/**
 * "Who warned re missiles": "re" is "about", unless it is "are" with its apostrophe dropped ("you
 * re", "they re", "what re", "ppl re mad").
 */
const BEFORE_ARE = 'you|we|they|u|ya|who|what|how|where|why|when|ppl|people|there';
const RE_ARE = new RegExp(String.raw`\b(${BEFORE_ARE})\s+re\b`, 'giu');
const RE_ABOUT = new RegExp(String.raw`(?<![\p{L}\p{N}'’]|\b(?:${BEFORE_ARE}|ur)\s+)re:?(?=\s+[\p{L}\p{N}])`, 'giu');

/** "Who will loose the most": "loose" where a verb stands is "lose"; "a loose alliance" stays loose. */
const LOOSE_AS_VERB =
  /\b((?:will|would|to|gonna|could|might|may|did|does|do|not|cant|can|wont|didnt|doesnt|dont)(?:\s+(?!(?:a|an|the|be|so|very|too)\b)\w+)?)\s+loose\b/gi;

/** "the us" typed in lower case is the country: the pronoun never follows "the". */
const THE_US = /\b(the|and|by|with|from|between|like)\s+us\b/gi;

/**
 * "its" is "it's" missing its apostrophe only before what follows a verb ("its not true", "its
 * gonna fail"); before a noun it is the possessive ("the US and its partners").
 */
/**
 * "Which is the specialisation of the author", "which was the advice of the diplomats": how
 * speakers of Romance languages and Greek say "what is the", not asking to pick one of several.
 */
const WHICH_IS_THE = /\bwhich (is|was|are|were) the\b/gi;
/** "How is called this article", "how is named the institute": "what is the name of". */
const HOW_IS_CALLED = /\bhow (is|was|are|were) (?:called|named)\b/gi;
/**
 * "What thinks Trump about it", "what says Abadi of Russia": how speakers of many languages put the
 * verb before its subject; "what does Trump think about it". Only before about/of/on, where the
 * word after the verb is its subject, not its object ("what says the most about him").
 */
const WHAT_VERB_SUBJECT =
  /\bwhat (think|say|want|believe|mean)s ((?:the )?(?!it\b|this\b|that\b|most\b|more\b)[\p{L}'’-]+(?: [\p{L}'’-]+)?(?: (?:himself|herself|itself|themselves))?) (about|of|on|regarding)\b/giu;
/** "Abadi's full name": the name, whose "full" is no word of the passage asked about ("full contact"). */
const FULL_NAME = /\b(?:full|ful|whole|complete|entire)[\s-]?name\b/gi;
/** "Can you pm me a summary": how Discord asks for a direct message, not the Israeli PM. */
const MESSAGE_ME = /\b(?:pm|dm|msg|message) me\b/gi;

const ITS_IS =
  /\bits(?=\s+(?:not|gonna|going|been|a|an|the|so|just|over|about|like|ok|fine|kinda|pretty|too|already|getting|being|called|complicated|clear|obvious)\b)/gi;

/**
 * "Who write this story", "who writes this article", "who is the man that write this artikle", "who
 * is writing this", "who's the one writing this": how members ask who wrote the piece; read as typed,
 * "write" finds passages about writing rather than the byline ("writing" found an analyst).
 */
const WHO_WRITE =
  /\bwho(?:\s+(?:is|s|was)|['’]s)?\s+(?:(?:the\s+)?(?:man|guy|person|one|dude|writer|author)\s+(?:(?:that|who|which)\s+)?)?(?:write|writes|writed|written|writing)(?=\s+(?:this|that|it)\b|\s+the\s+(?:article|story|piece|op-?ed|column|text|essay)\b)/gi;

/**
 * "What is the author's occupation", "whats his occupation": someone's job, not the article's 1941
 * occupation of northern Iran.
 */
const OWN_OCCUPATION =
  /\b(his|her|(?:the\s+)?(?:author|writer|columnist|guy)(?:['’]?s)?)\s+occupations?\b(?!\s+of\b)/giu;

/** "Whose name is on this piece": whose byline it carries, who wrote it. */
const WHOSE_NAME_ON =
  /\bwhose name(?: is|s| s)? (?:on|under|at the top of|in the byline of) (this|the|that) (article|piece|op-?ed|column|essay|story)\b/gi;

/**
 * "Who even is this guy", "who tf is abadi": the word between only stresses the question. Read as
 * typed, "even" finds the article's "even if all other countries agreed".
 */
const WHO_EVEN_IS = /\bwho\s+(?:even|tf|actually|really|the fuck|the heck)\s+(is|was|are|were)\b/gi;

/**
 * "Whats the saudi guys job": a possessive with its apostrophe dropped, not "guys" said to the
 * channel ("hey guys"), which is read as nothing. Only before what one person has: "the iranian guys
 * view" may be a plural's.
 */
const GUYS_POSSESSIVE =
  /\b((?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:guy|dude))s(?=\s+(?:(?:actual|real|own|main|whole|exact)\s+)?(?:job|name|nationality|country|title|post|background|bio|twitter|handle|field|degree|phd|expertise)\b)/giu;
/** "this guys opinion": after "this" or "that", one guy's, whatever he has ("these guys" are many). */
const THIS_GUYS_POSSESSIVE =
  /\b((?:this|that)\s+(?:guy|dude))s(?=\s+(?!(?:are|r|were|is|was|have|has|had|do|did|say|said|think|thought|want|wanted|here|there|in|on|at|from|of|and|or|who|that)\b)\p{L})/giu;

/** "so of course hes biased": the asker's certainty, like "obviously"; "course" is no word of the article. */
const OF_COURSE = /\bof course\b/gi;

/** "haha netanyahu shows up in this too?": laughter, however long, like "lol". */
const LAUGHTER = /\b(?:a?ha){2,}h?\b|\bhe(?:he)+\b|\blmf+ao+\b|\brofl\b|\bxd+\b/gi;

/**
 * "Whats the author think", "whats russia want": "what's" for "what does", as said aloud; read as
 * "what is the author think" it asks nothing the patterns for a view know.
 */
const WHATS_DOES =
  /\bwhat(?:['’]?s| s)\s+((?:the |this |that )?(?!(?:the|this|that|it|there|up|going|gonna|new|next|left|happening)\b)[\p{L}-]+)\s+(think|reckon|say|want|believe|mean|predict|expect|argue|conclude|feel|make of)\b/giu;

/** "for my poli sci hw": homework after a possessive; "hw r u" is "how". */
const HW_HOMEWORK = /\b(my|our|the|this|for|sci|history|math|econ|class)\s+hw\b/gi;
/**
 * ", right?" after a statement asks to have it confirmed; "right" is no word of what is asked. Only
 * after a comma or a question mark: "is the daily caller right?" asks whether it is.
 */
const CONFIRMING_TAG = /(?:,|\?)\s*(?:right|correct|yeah|yea|true|innit)\s*\?+\s*$/i;

/**
 * "bet the daily caller endorses all this huh", "i bet he says iran wins": the member's hunch put to
 * the bot, as a statement to be confirmed; "bet" is not a word of what is asked.
 */
const BET_LEAD_IN = /^\s*(?:i\s+)?bet\s+(?=(?:the|this|that|he|she|they|it|its|his|russia|iran|putin)\b)/i;

/** "where is he from o?": the "o" that closes a question in Nigerian English, Yoruba and Hausa; not "the letter o". */
const CLOSING_O = /(?<!\b(?:letter|the|a|an|and|or|vowel))\s+o(?=\s*[?!.]*\s*$)/i;

/**
 * "whats the saudi guys @ again", "whats his @ so i can follow": an "@" standing alone, or someone's,
 * is their handle, not a mention.
 */
const AT_ALONE = /(^|\s)@(?=\s*(?:[?.!,]|$|again\b))|(\b(?:his|her)\s+)@(?=\s)/gi;

/** "Acc to the start of it", "acc. to dahqani": "according to". Not "acc" alone, which may be an account. */
const ACC_TO = /\bacc\.?\s+to\b/gi;

/**
 * The texts read lately and how they read: one question is read by a dozen steps, several of which
 * expand the same text again, and the two dozen passes below were 6% of /ask's time.
 */
const recentlyExpanded = new RecentTexts<string>(32);

/** Rewrites chat-speak word by word; everything else is left as typed. */
export function expandChatSpeak(text: string): string {
  // A word alone is read anew: steps that read a question word by word would fill the cache with
  // words and push out the question itself.
  return text.includes(' ') ? recentlyExpanded.of(text, expand) : expand(text);
}

function expand(text: string): string {
  return (
    text
      .replace(THE_US, '$1 USA')
      .replace(WHO_WRITE, 'who wrote')
      .replace(OWN_OCCUPATION, '$1 job')
      .replace(WHOSE_NAME_ON, 'who wrote $1 $2')
      .replace(WHO_EVEN_IS, 'who $1')
      .replace(HW_HOMEWORK, '$1 homework')
      .replace(CONFIRMING_TAG, '?')
      .replace(WHATS_DOES, 'what does $1 $2')
      .replace(CLOSING_O, '')
      .replace(
        AT_ALONE,
        (_m, before: string | undefined, owner: string | undefined) => `${before ?? owner}twitter handle`,
      )
      .replace(GUYS_POSSESSIVE, "$1's")
      .replace(THIS_GUYS_POSSESSIVE, "$1's")
      .replace(OF_COURSE, ' ')
      .replace(LAUGHTER, ' ')
      .replace(LOOSE_AS_VERB, '$1 lose')
      .replace(ITS_IS, 'it is')
      .replace(WHICH_IS_THE, 'what $1 the')
      .replace(HOW_IS_CALLED, 'what $1 the name of')
      // "What means Turkey about it" is the Danish or German "mener/meint": what Turkey thinks.
      .replace(
        WHAT_VERB_SUBJECT,
        (_m, verb: string, subject: string, about: string) =>
          `what does ${subject} ${verb.toLowerCase() === 'mean' ? 'think' : verb} ${about}`,
      )
      .replace(FULL_NAME, 'name')
      .replace(ACC_TO, 'according to')
      .replace(BET_LEAD_IN, '')
      .replace(RE_ABOUT, 'about')
      .replace(RE_ARE, '$1 are')
      .replace(MESSAGE_ME, ' ')
      .replace(WORD, (word) => {
        const rewrite = REWRITES.get(word.toLowerCase());
        return rewrite === undefined ? word : rewrite;
      })
      .replace(/\s+/g, ' ')
      .trim()
  );
}
