import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { READ_PARTS, readLabelled } from '../bench/ask-corpus.ts';
import { DEFAULT_DATA_DIR } from '../src/article/load.ts';
import { createCore } from '../src/core.ts';
import { askedTerms, type AskedBeforeFile } from '../src/search/asked-before.ts';
import type { ArticleSearch } from '../src/search/ask.ts';

/**
 * Builds data/asked-before.json: the terms of every question of the read parts of the labelled
 * corpus, read as the search reads a question, by its label, in the parts' order. Run
 * `npm run build:asked-before` after a part is read, or after changing how questions are read (a
 * test checks the file is current); then `npm run fit:verdict`, which leaves each question out.
 */
export function buildAskedBefore(search: ArticleSearch = createCore().search): AskedBeforeFile {
  const file: AskedBeforeFile = {
    source: `the labelled corpus's read parts (bench/corpus): ${READ_PARTS.map((p) => p.part).join(', ')}`,
    answer: [],
    related: [],
    none: [],
  };
  for (const c of readLabelled(READ_PARTS.flatMap((p) => p.files))) {
    file[c.label].push(askedTerms(search.readQuestion(c.q)).join(' '));
  }
  return file;
}

if (process.argv[1]?.endsWith('build-asked-before.ts')) {
  const file = buildAskedBefore();
  writeFileSync(join(DEFAULT_DATA_DIR, 'asked-before.json'), `${JSON.stringify(file)}\n`);
  process.stdout.write(
    `data/asked-before.json: ${file.answer.length} answered, ${file.related.length} related, ${file.none.length} not in the article\n`,
  );
}
