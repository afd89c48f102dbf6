/**
 * How members type in chat, rewritten to the words the rest of the engine knows. A chat word is
 * never an article word, so without this "wat", "dont" or "ur" count as unknown words and can sink
 * a fair question; filler ("lol", "tbh") is dropped because it says nothing about the article.
 */
const REWRITES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // question words
    wat: 'what',
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
    lookin: 'looking',
    makin: 'making',
    takin: 'taking',
    leavin: 'leaving',
    fightin: 'fighting',
    bombin: 'bombing',
    workin: 'working',
    askin: 'asking',
    pullin: 'pulling',
    // Common misspellings of short words: "loose" for "lose" above all ("who will loose the most").
    loose: 'lose',
    looser: 'loser',
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
    wtf: '',
    omg: '',
    smh: '',
    ugh: '',
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

/** "the us" typed in lower case is the country: the pronoun never follows "the". */
const THE_US = /\b(the|and|by|with|from|between|like)\s+us\b/gi;

/**
 * "its" is "it's" missing its apostrophe only before what follows a verb ("its not true", "its
 * gonna fail"); before a noun it is the possessive ("the US and its partners").
 */
const ITS_IS =
  /\bits(?=\s+(?:not|gonna|going|been|a|an|the|so|just|over|about|like|ok|fine|kinda|pretty|too|already|getting|being|called|complicated|clear|obvious)\b)/gi;

/** Rewrites chat-speak word by word; everything else is left as typed. */
export function expandChatSpeak(text: string): string {
  return text
    .replace(THE_US, '$1 USA')
    .replace(ITS_IS, 'it is')
    .replace(WORD, (word) => {
      const rewrite = REWRITES.get(word.toLowerCase());
      return rewrite === undefined ? word : rewrite;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
