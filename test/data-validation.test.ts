import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadCorpus, loadQuestionReadings } from '../src/article/load.ts';

type Json = Record<string, unknown> & {
  words: unknown[];
  idioms: Array<Record<string, unknown>>;
  paragraphs: Array<Record<string, unknown>>;
  actors: Array<Record<string, unknown>>;
  places: Array<Record<string, unknown>>;
  parts: Array<Record<string, unknown> & { sentences: Array<Record<string, unknown>> }>;
};

/** How many entries a shipped data file holds, for messages that count them. */
function shippedLength(file: string, field: string): number {
  return (JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, file), 'utf8')) as Record<string, unknown[]>)[field]!.length;
}
const englishWords = shippedLength('english-words.json', 'words');
const readQuestions = shippedLength('question-readings.json', 'questions');
const { dimensions } = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'question-readings.json'), 'utf8')) as {
  dimensions: number;
};

/** Copies data/ to a temp folder, lets the test break one file, and returns the load error. */
function loadBroken(
  file:
    | 'article.json'
    | 'people.json'
    | 'summaries.json'
    | 'word-vectors.json'
    | 'idioms.json'
    | 'english-words.json'
    | 'neighbours.json'
    | 'thesaurus.json'
    | 'asked-before.json'
    | 'question-readings.json',
  breakIt: (json: Json) => unknown,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'oped-data-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  breakIt(json);
  writeFileSync(path, JSON.stringify(json));
  try {
    loadQuestionReadings(loadCorpus(dir), dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken file loaded without complaint');
}

describe('data files', () => {
  it('load and cross-check as shipped', () => {
    const corpus = loadCorpus();
    expect(corpus.article.paragraphs).toHaveLength(18);
    expect(corpus.author.name).toBe('Mohammed al-Sulami');
  });

  // The source article sits beside the repo (as in CI); the bot itself never reads it.
  const source = new URL('../../shared/article/op-ed.txt', import.meta.url);
  it.skipIf(!existsSync(source))('keep the article text verbatim, the photo credit in and page debris left out', () => {
    const corpus = loadCorpus();
    const original = readFileSync(source, 'utf8');
    for (const p of corpus.article.paragraphs) expect(original).toContain(p.text);
    const texts = corpus.article.paragraphs.map((p) => p.text).join('\n');
    expect(texts).not.toContain('Font Size:');
    expect(texts).toContain('Getty Images/WPA/Pool, Getty Images/Don Emmert');
    expect(texts).toContain('70 to80 kilometers');
  });

  it.each([
    [
      'a missing required field',
      'article.json',
      (j: Json): unknown => delete j.paragraphs[2]!.text,
      'data/article.json: paragraphs[2].text:',
    ],
    [
      'a wrong type',
      'article.json',
      (j: Json): unknown => (j.paragraphs[0]!.number = 'one'),
      'data/article.json: paragraphs[0].number:',
    ],
    [
      'a stance outside the vocabulary',
      'article.json',
      (j: Json): unknown =>
        ((j.paragraphs[3]!.speakers as Array<{ stance: { label: string } }>)[0]!.stance.label = 'angry'),
      'data/article.json: paragraphs[3].speakers[0].stance.label:',
    ],
    [
      'a speaker sentence that is not in the paragraph',
      'article.json',
      (j: Json): unknown =>
        ((j.paragraphs[8]!.speakers as Array<{ sentences: string[] }>)[0]!.sentences[0] = 'Abadi said nothing at all'),
      'data/article.json: paragraphs[8].speakers[0].sentences[0]: "Abadi said nothing at all" is not in the paragraph\'s text',
    ],
    [
      'a speaker sentence phrase running across two sentences',
      'article.json',
      (j: Json): unknown =>
        ((j.paragraphs[8]!.speakers as Array<{ sentences: string[] }>)[0]!.sentences[0] =
          'refuse to withdraw. Apparently'),
      'data/article.json: paragraphs[8].speakers[0].sentences[0]: "refuse to withdraw. Apparently" runs across two sentences',
    ],
    [
      'a prediction paragraph that is not one of the thesis paragraphs',
      'article.json',
      (j: Json): unknown => (j.prediction = 'p10'),
      'data/article.json: prediction: "p10" is not one of the thesis paragraphs',
    ],
    [
      'a role citing a paragraph that does not hold the quoted words',
      'people.json',
      (j: Json): unknown => {
        const regime = j.actors.find((a) => a.id === 'iranian-regime')!;
        return (regime.role = String(regime.role).replace('(¶1, ¶5)', '(¶3, ¶7)'));
      },
      'data/people.json: actors[11].role: cites “the Iranian regime” in ¶3, but ¶3 does not contain those words',
    ],
    [
      'an unknown field',
      'people.json',
      (j: Json): unknown => (j.actors[0]!.nickname = 'x'),
      'data/people.json: actors[0]:',
    ],
    [
      'a speaker who is not in people.json',
      'article.json',
      (j: Json): unknown => ((j.paragraphs[5]!.speakers as Array<{ actor: string }>)[0]!.actor = 'nobody'),
      'data/article.json: paragraphs[5].speakers[0].actor: "nobody" is not an actor',
    ],
    [
      "an actor's paragraphs that disagree with the article",
      'people.json',
      (j: Json): unknown => (j.actors.find((a) => a.id === 'putin')!.paragraphs = [1]),
      'data/people.json: actors[',
    ],
    [
      'paragraph numbers out of order',
      'article.json',
      (j: Json): unknown => (j.paragraphs[4]!.number = 9),
      'paragraphs[4].number: is 9',
    ],
    [
      'a number on the byline, which readers do not count',
      'article.json',
      (j: Json): unknown => (j.paragraphs[2]!.number = 2),
      'data/article.json: paragraphs[2].number: must be null: readers count body paragraphs only, and the byline is referred to as "byline"',
    ],
    [
      'a word list with a word that is not a lower-case English word',
      'english-words.json',
      (j: Json): unknown => (j.words[3] = 'Russia'),
      'data/english-words.json: words[3]: must be a lower-case English word',
    ],
    [
      'English words whose byte order lists a word out of place',
      'english-words.json',
      (j: Json): unknown => {
        const order = j['byteOrder'] as number[];
        [order[10], order[11]] = [order[11]!, order[10]!];
        return order;
      },
      'data/english-words.json: byteOrder[11]: must follow the word before it in byte order',
    ],
    [
      'English words that list a word twice',
      'english-words.json',
      (j: Json): unknown => {
        const order = j['byteOrder'] as number[];
        j.words[order[11]!] = j.words[order[10]!];
        return order;
      },
      `data/english-words.json: byteOrder[11]: repeats "`,
    ],
    [
      'English words whose byte order leaves a word out',
      'english-words.json',
      (j: Json): unknown => (j['byteOrder'] as number[]).pop(),
      `data/english-words.json: byteOrder: holds ${englishWords - 1} positions for ${englishWords} words`,
    ],
    [
      'a reader question too short once trimmed',
      'article.json',
      (j: Json): unknown => ((j.paragraphs[3]!.questions as string[])[1] = '  ok  '),
      'data/article.json: paragraphs[3].questions[1]: must be a reader question of at least 3 characters',
    ],
    [
      'a question asked before whose terms are not one space apart',
      'asked-before.json',
      (j: Json): unknown => ((j['answer'] as string[])[2] = 'russia  iran'),
      'data/asked-before.json: answer[2]: must be terms separated by single spaces',
    ],
    [
      'question readings with a terms line too few',
      'question-readings.json',
      (j: Json): unknown => (j['terms'] as string[]).pop(),
      `data/question-readings.json: terms: holds ${readQuestions - 1} lines for ${readQuestions} questions`,
    ],
    [
      'question readings with a term and no word',
      'question-readings.json',
      (j: Json): unknown => ((j['terms'] as string[])[4] = 'russia'),
      'data/question-readings.json: terms[4]: must be terms and words, tab-separated in turn',
    ],
    [
      'question readings whose vectors are cut short',
      'question-readings.json',
      (j: Json): unknown => (j['vectors'] = String(j['vectors']).slice(0, 4000)),
      `data/question-readings.json: vectors: holds 3000 bytes, expected ${readQuestions * dimensions * 4}`,
    ],
    [
      'a neighbours entry whose word is not lower-case letters',
      'neighbours.json',
      (j: Json): unknown => (j['Russia'] = ['moscow']),
      'data/neighbours.json: Russia: the key must match /^[a-z]+$/',
    ],
    [
      'a neighbours entry with an empty word among its neighbours',
      'neighbours.json',
      (j: Json): unknown => (j['russia'] = ['moscow', '']),
      'data/neighbours.json: russia[1]: must be a non-empty string',
    ],
    [
      'a thesaurus entry with no synonyms',
      'thesaurus.json',
      (j: Json): unknown => ((j['synonyms'] as Record<string, unknown>)['ally'] = []),
      'data/thesaurus.json: synonyms.ally: must be a non-empty list of words',
    ],
    [
      'a section heading written among the paragraphs, where it would be a second copy of sections[].heading',
      'article.json',
      (j: Json): unknown => (j.paragraphs[5]!.kind = 'heading'),
      'data/article.json: paragraphs[5].kind: cannot be "heading": a section heading is written once, as sections[].heading',
    ],
    [
      'a section no paragraph is in, whose heading would have no place',
      'article.json',
      (j: Json): unknown => (j.sections as unknown[]).push({ id: 'empty', heading: 'Nothing here' }),
      'data/article.json: sections[2]: no paragraph is in section "empty"',
    ],
    [
      'a second bio, which data files could not tell apart',
      'article.json',
      (j: Json): unknown => (j.paragraphs[17]!.kind = 'bio'),
      'data/article.json: paragraphs[17].kind: is a second "bio"; data files name it, so it may appear once',
    ],
    [
      "an actor's paragraph beyond the body paragraphs",
      'people.json',
      (j: Json): unknown => (j.actors.find((a) => a.id === 'trump')!.paragraphs = [3, 14]),
      'data/people.json: actors[4].paragraphs[1]: paragraph 14 does not exist: the body paragraphs are numbered 1 to 13',
    ],
    [
      'an unknown section',
      'article.json',
      (j: Json): unknown => (j.paragraphs[6]!.section = 'nowhere'),
      'paragraphs[6].section: "nowhere"',
    ],
    [
      'a duplicate alias',
      'people.json',
      (j: Json): unknown => (j.actors[1]!.aliases = [j.actors[0]!.name]),
      'also names',
    ],
    [
      'a name that does not start with a capital',
      'people.json',
      (j: Json): unknown => (j.actors[3]!.name = 'putin'),
      'data/people.json: actors[3].name: must start with a capital letter',
    ],
    [
      'a name in a sentence that is not the name',
      'people.json',
      (j: Json): unknown => (j.actors[8]!.nameInSentence = 'some analysts'),
      'data/people.json: actors[8].nameInSentence: must be "Unnamed analysts" or "the Unnamed analysts", differing only in case',
    ],
    [
      "a mention in words the actor's paragraphs do not use",
      'people.json',
      (j: Json): unknown => (j.actors[0]!.mentionedAs = ['the leadership']),
      'data/people.json: actors[0].mentionedAs[0]: "the leadership" does not occur in the paragraphs "al-sulami" appears in',
    ],
    [
      'a description that names another actor',
      'people.json',
      (j: Json): unknown => (j.actors.find((a) => a.id === 'putin')!.descriptions = ['the columnist']),
      'data/people.json: actors[3].descriptions: "the columnist" also names "al-sulami"',
    ],
    [
      "a place's paragraphs that disagree with the article text",
      'people.json',
      (j: Json): unknown => (j.places.find((p) => p.id === 'turkey')!.paragraphs = [10]),
      'data/people.json: places[4].paragraphs: lists [10] but the article names "Turkey" in paragraphs [10,11]',
    ],
    [
      'a place named in words the article does not use',
      'people.json',
      (j: Json): unknown => (j.places.find((p) => p.id === 'moscow')!.namedAs = ['Moscow', 'Kremlin']),
      'data/people.json: places[10].namedAs[1]: "Kremlin" does not occur in data/article.json',
    ],
    [
      'a place name that also names an actor',
      'people.json',
      (j: Json): unknown => (j.places.find((p) => p.id === 'europe')!.aliases = ['European parties']),
      'data/people.json: places[16].aliases: "european parties" also names "european-parties"',
    ],
    [
      'a place id that is already an actor id',
      'people.json',
      (j: Json): unknown => (j.places.find((p) => p.id === 'china')!.id = 'putin'),
      'data/people.json: places[7].id: "putin" is already used by an actor or place',
    ],
    [
      'a place of a kind outside the vocabulary',
      'people.json',
      (j: Json): unknown => (j.places[0]!.kind = 'planet'),
      'data/people.json: places[0].kind:',
    ],
    [
      'a summary citing a paragraph that does not exist',
      'summaries.json',
      (j: Json): unknown => (j.parts[1]!.sentences[0]!.cites = [1, 14]),
      'data/summaries.json: parts[1].sentences[0].cites[1]: paragraph 14 does not exist: the body paragraphs are numbered 1 to 13',
    ],
    [
      'a summary citing paragraph 0',
      'summaries.json',
      (j: Json): unknown => (j.parts[1]!.sentences[0]!.cites = [0]),
      'data/summaries.json: parts[1].sentences[0].cites[0]: body paragraphs are numbered from 1',
    ],
    [
      'a summary citing something that is not a paragraph',
      'summaries.json',
      (j: Json): unknown => (j.parts[1]!.sentences[0]!.cites = [1, 'heading']),
      'data/summaries.json: parts[1].sentences[0].cites[1]: must be a body paragraph number (1, 2, 3…) or one of title, credit, byline, bio, disclaimer',
    ],

    [
      'a summary naming an unknown actor',
      'summaries.json',
      (j: Json): unknown => (j.parts[0]!.sentences[0]!.actors = ['khamenei']),
      'data/summaries.json: parts[0].sentences[0].actors[0]: "khamenei" is not an actor',
    ],
    [
      'a summary sentence citing nothing',
      'summaries.json',
      (j: Json): unknown => (j.parts[2]!.sentences[1]!.cites = []),
      'data/summaries.json: parts[2].sentences[1].cites: every summary sentence must cite a paragraph',
    ],
    [
      'word vectors cut short',
      'word-vectors.json',
      (j: Json): unknown => (j.vectors = String(j.vectors).slice(0, 400)),
      'data/word-vectors.json: vectors: holds 300 bytes, expected',
    ],
    [
      'an idiom listed twice',
      'idioms.json',
      (j: Json): unknown => j.idioms.push({ ...j.idioms[0] }),
      `data/idioms.json: idioms[`,
    ],
    [
      'an idiom keeping words it does not wrap',
      'idioms.json',
      (j: Json): unknown => (j.idioms[0] = { says: 'kiss and make up', means: 'reconcile {x}' }),
      'data/idioms.json: idioms[0].means: uses {x} though the idiom has none to keep',
    ],
    [
      'an idiom in capitals',
      'idioms.json',
      (j: Json): unknown => (j.idioms[0] = { says: 'Kiss and make up', means: 'reconcile' }),
      'data/idioms.json: idioms[0].says: must be lower-case words',
    ],
  ] as const)('reject %s, naming file, field and reason', (_name, file, breakIt, message) => {
    expect(loadBroken(file, breakIt)).toContain(message);
  });

  it('reject a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oped-data-'));
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'people.json'), '{ not json');
    expect(() => loadCorpus(dir)).toThrow(/data\/people\.json: \(root\): is not valid JSON/);
  });
});
