import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { verdictModelSchema, type VerdictModel } from '../search/verdict.ts';
import { WordVectors, wordVectorsSchema } from '../search/word-vectors.ts';
import { AskedBefore, askedBeforeSchema } from '../search/asked-before.ts';
import { QuestionReadings, questionReadingsSchema } from '../search/question-readings.ts';
import { EnglishSpelling, englishWordsSchema } from '../text/english-spelling.ts';
import { IdiomReader, idiomsSchema } from '../text/idioms.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { DataError } from './data-error.ts';
import { crossCheckMentions, crossCheckRoleCitations } from './mention-check.ts';
import { checkNumbering, checkRefs, inReadingOrder, paragraphRef } from './numbering.ts';
import { crossCheckPlaces } from './place-check.ts';
import { summariesSchema, type Summaries } from './summary-schema.ts';
import { stringList, wordLists } from './word-list-schema.ts';
import {
  articleSchema,
  peopleSchema,
  type Actor,
  type Article,
  type Paragraph,
  type ParagraphRef,
  type People,
} from './schema.ts';

/**
 * data/ at the package root, found by walking up from this module so the same code works from
 * src/ under tsx and from the bundled dist/ that `npm start` runs.
 */
function findDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data', 'article.json'))) return join(dir, 'data');
    const parent = dirname(dir);
    if (parent === dir) return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
    dir = parent;
  }
}
export const DEFAULT_DATA_DIR = findDataDir();

/** The validated article and people, with the look-ups every feature needs. */
export interface Corpus {
  article: Article;
  people: People;
  actorsById: ReadonlyMap<string, Actor>;
  /** Body paragraphs by number as readers count them; the title, byline, bio and disclaimer by kind. */
  paragraphsByRef: ReadonlyMap<ParagraphRef, Paragraph>;
  sectionHeadings: ReadonlyMap<string, string>;
  /** Each section's heading as a passage of kind `heading`, in reading order ("what's the first subheading"). */
  headings: readonly Paragraph[];
  author: Actor;
  summaries: Summaries;
  /** WordNet synonyms reaching the article's index terms (built by scripts/build-thesaurus.ts). */
  thesaurus: ReadonlyMap<string, readonly string[]>;
  /**
   * English words one edit or two from an article word ("list" / "last", "tall" / "talk"): real
   * words, so never "corrected" into the article's. Built with the thesaurus.
   */
  englishNearMisses: ReadonlySet<string>;
  /**
   * Article index terms nearest to common English words in a word-embedding space, for paraphrase
   * WordNet does not cover (built by scripts/build-neighbours.ts).
   */
  neighbours: ReadonlyMap<string, readonly string[]>;
  /** How /ask decides answer, related or none (fitted by scripts/fit-verdict.ts). */
  verdictModel: VerdictModel;
  /** Word vectors for comparing a question with the reader questions by meaning (scripts/build-word-vectors.ts). */
  wordVectors: WordVectors;
  /** Idioms and slang read as their plain meaning (data/idioms.json). */
  idioms: IdiomReader;
  /** The commonest English words, for mending a misspelt one (scripts/build-english-words.ts). */
  english: EnglishSpelling;
  /** Questions asked before, by whether the article answers them (scripts/build-asked-before.ts). */
  askedBefore: AskedBefore;
}

const neighboursSchema = wordLists(/^[a-z]+$/);
const thesaurusSchema = z.strictObject({
  synonyms: wordLists(/^[a-z0-9]+$/),
  englishNearMisses: stringList('must be a lower-case word', /^[a-z]+$/),
});
type Derived =
  | 'summaries'
  | 'thesaurus'
  | 'englishNearMisses'
  | 'verdictModel'
  | 'neighbours'
  | 'wordVectors'
  | 'idioms'
  | 'english'
  | 'askedBefore';

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function readJsonFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const file = `data/${basename(path)}`;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError(file, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new DataError(file, '', `is not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataError(file, fieldPath(issue.path), issue.message);
  }
  return parsed.data;
}

const ARTICLE = 'data/article.json';

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/** Checks what a schema cannot: ids unique, numbering, and every reference between the files. */
export function crossCheck(article: Article, people: People): Omit<Corpus, Derived> {
  const PEOPLE = 'data/people.json';
  const actorsById = new Map(people.actors.map((actor) => [actor.id, actor]));
  const sectionHeadings = new Map(article.sections.map((section) => [section.id, section.heading]));

  const [dupActor] = duplicates(people.actors.map((a) => a.id));
  if (dupActor) throw new DataError(PEOPLE, 'actors', `id "${dupActor}" is used twice`);
  const [dupSection] = duplicates(article.sections.map((s) => s.id));
  if (dupSection) throw new DataError(ARTICLE, 'sections', `id "${dupSection}" is used twice`);
  const [dupParagraph] = duplicates(article.paragraphs.map((p) => p.id));
  if (dupParagraph) throw new DataError(ARTICLE, 'paragraphs', `id "${dupParagraph}" is used twice`);

  const author = actorsById.get(article.authorId);
  if (!author) throw new DataError(ARTICLE, 'authorId', `"${article.authorId}" is not an actor in data/people.json`);

  const paragraphsByRef = checkNumbering(article);
  const appearances = new Map<string, Set<ParagraphRef>>();
  article.paragraphs.forEach((paragraph, i) => {
    const at = `paragraphs[${i}]`;
    if (paragraph.section !== null && !sectionHeadings.has(paragraph.section)) {
      throw new DataError(ARTICLE, `${at}.section`, `"${paragraph.section}" is not a section id`);
    }
    const refs: Array<[string, string]> = [
      ...paragraph.speakers.map((s, j): [string, string] => [`${at}.speakers[${j}].actor`, s.actor]),
      ...paragraph.mentions.map((m, j): [string, string] => [`${at}.mentions[${j}]`, m]),
    ];
    for (const [field, actorId] of refs) {
      if (!actorsById.has(actorId))
        throw new DataError(ARTICLE, field, `"${actorId}" is not an actor in data/people.json`);
      if (!appearances.has(actorId)) appearances.set(actorId, new Set());
      appearances.get(actorId)!.add(paragraphRef(paragraph));
    }
    const [twice] = duplicates(refs.map(([, actorId]) => actorId));
    if (twice) throw new DataError(ARTICLE, at, `actor "${twice}" is listed twice among its speakers and mentions`);
    checkSpeakerSentences(paragraph, at);
  });

  const aliasOwner = new Map<string, string>();
  people.actors.forEach((actor, i) => {
    checkRefs(actor.paragraphs, paragraphsByRef, PEOPLE, `actors[${i}].paragraphs`);
    const listed = inReadingOrder(actor.paragraphs, article).join(',');
    const found = inReadingOrder(appearances.get(actor.id) ?? [], article).join(',');
    if (listed !== found) {
      throw new DataError(
        PEOPLE,
        `actors[${i}].paragraphs`,
        `lists [${listed}] but "${actor.id}" speaks or is mentioned in paragraphs [${found}] of data/article.json`,
      );
    }
    const names: Array<[string, string]> = [
      ...[actor.name, ...actor.aliases].map((alias): [string, string] => ['aliases', alias]),
      ...actor.descriptions.map((description): [string, string] => ['descriptions', description]),
    ];
    for (const [field, alias] of names) {
      const key = alias.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner && owner !== actor.id) {
        throw new DataError(
          PEOPLE,
          `actors[${i}].${field}`,
          `"${alias}" also names "${owner}"; an alias must point to one actor`,
        );
      }
      aliasOwner.set(key, actor.id);
    }
  });
  crossCheckPlaces(article, people, paragraphsByRef);
  crossCheckMentions(article, people);
  crossCheckRoleCitations(article, people);
  article.thesis.forEach((thesisId, i) => {
    const paragraph = article.paragraphs.find((p) => p.id === thesisId);
    // The piece as a whole is what its author argues: never the bio, the disclaimer or someone else's words.
    if (!paragraph?.speakers.some((s) => s.actor === article.authorId && s.reported === 'own-voice')) {
      throw new DataError(ARTICLE, `thesis[${i}]`, `"${thesisId}" is not a paragraph in the author's own voice`);
    }
  });
  if (article.prediction !== undefined && !article.thesis.includes(article.prediction)) {
    throw new DataError(ARTICLE, 'prediction', `"${article.prediction}" is not one of the thesis paragraphs`);
  }
  people.absent.forEach((absent, i) => {
    if (absent.see !== null && !actorsById.has(absent.see)) {
      throw new DataError(PEOPLE, `absent[${i}].see`, `"${absent.see}" is not an actor`);
    }
  });

  return {
    article,
    people,
    actorsById,
    paragraphsByRef,
    sectionHeadings,
    headings: headingPassages(article, sectionHeadings),
    author,
  };
}

/**
 * The section headings as passages, so a reply can quote one like any paragraph; in reading order,
 * each placed by the first paragraph of its section.
 */
function headingPassages(article: Article, headingOf: ReadonlyMap<string, string>): Paragraph[] {
  // Sections in reading order, by the first paragraph in each (every paragraph's section is checked).
  const inOrder = [...new Set(article.paragraphs.flatMap((p) => (p.section === null ? [] : [p.section])))];
  article.sections.forEach((section, i) => {
    if (!inOrder.includes(section.id)) {
      throw new DataError(ARTICLE, `sections[${i}]`, `no paragraph is in section "${section.id}"`);
    }
    const id = `heading-${section.id}`;
    if (article.paragraphs.some((p) => p.id === id)) {
      throw new DataError(ARTICLE, 'paragraphs', `id "${id}" is taken by the heading of section "${section.id}"`);
    }
  });
  return inOrder.map((sectionId) => ({
    id: `heading-${sectionId}`,
    number: null,
    kind: 'heading',
    section: sectionId,
    text: headingOf.get(sectionId)!,
    speakers: [],
    mentions: [],
    topics: [headingOf.get(sectionId)!],
    questions: [],
  }));
}

/** Checks that every summary cites real paragraphs and names real actors, and sections match. */
export function crossCheckSummaries(summaries: Summaries, corpus: Omit<Corpus, Derived>): Summaries {
  const SUMMARIES = 'data/summaries.json';
  const [dupPart] = duplicates(summaries.parts.map((p) => p.id));
  if (dupPart) throw new DataError(SUMMARIES, 'parts', `id "${dupPart}" is used twice`);
  summaries.parts.forEach((part, i) => {
    const at = `parts[${i}]`;
    if (part.kind !== 'section' && part.section !== null) {
      throw new DataError(SUMMARIES, `${at}.section`, `must be null for a "${part.kind}" part`);
    }
    if (part.section !== null && !corpus.sectionHeadings.has(part.section)) {
      throw new DataError(SUMMARIES, `${at}.section`, `"${part.section}" is not a section id in data/article.json`);
    }
    part.sentences.forEach((sentence, j) => {
      checkRefs(sentence.cites, corpus.paragraphsByRef, SUMMARIES, `${at}.sentences[${j}].cites`);
      sentence.actors.forEach((actor, k) => {
        if (!corpus.actorsById.has(actor)) {
          throw new DataError(
            SUMMARIES,
            `${at}.sentences[${j}].actors[${k}]`,
            `"${actor}" is not an actor in data/people.json`,
          );
        }
      });
    });
  });
  return summaries;
}

const loaded = new Map<string, Corpus>();

/** Each speaker's sentence phrases must be the paragraph's own words, each inside one sentence. */
function checkSpeakerSentences(paragraph: Paragraph, at: string): void {
  const spans = sentenceSpans(paragraph.text);
  paragraph.speakers.forEach((speaker, j) =>
    speaker.sentences.forEach((phrase, k) => {
      const field = `${at}.speakers[${j}].sentences[${k}]`;
      const start = paragraph.text.indexOf(phrase);
      if (start < 0)
        throw new DataError(ARTICLE, field, `"${phrase}" is not in the paragraph's text (copy it verbatim)`);
      if (!spans.some((span) => span.start <= start && start + phrase.length <= span.end)) {
        throw new DataError(ARTICLE, field, `"${phrase}" runs across two sentences; give a phrase from one sentence`);
      }
    }),
  );
}

/** Loads and validates the bot's data; any problem throws a DataError naming file, field and reason. */
export function loadCorpus(dataDir: string = DEFAULT_DATA_DIR): Corpus {
  // Command definitions (summary choices) and the core both need the data at start-up: read once.
  const cached = loaded.get(dataDir);
  if (cached) return cached;
  const article = readJsonFile(join(dataDir, 'article.json'), articleSchema);
  const people = readJsonFile(join(dataDir, 'people.json'), peopleSchema);
  const corpus = crossCheck(article, people);
  const summaries = crossCheckSummaries(readJsonFile(join(dataDir, 'summaries.json'), summariesSchema), corpus);
  const words = readJsonFile(join(dataDir, 'thesaurus.json'), thesaurusSchema);
  const verdictModel = readJsonFile(join(dataDir, 'verdict-model.json'), verdictModelSchema);
  const neighbours = readJsonFile(join(dataDir, 'neighbours.json'), neighboursSchema);
  const wordVectors = new WordVectors(readJsonFile(join(dataDir, 'word-vectors.json'), wordVectorsSchema));
  const idioms = new IdiomReader(
    readJsonFile(join(dataDir, 'idioms.json'), idiomsSchema),
    article.paragraphs.flatMap((p) => [p.text, ...p.topics, ...p.questions]),
  );
  const englishWords = readJsonFile(join(dataDir, 'english-words.json'), englishWordsSchema);
  const english = new EnglishSpelling(englishWords.words, englishWords.notInDictionary, englishWords.byteOrder);
  const askedBefore = new AskedBefore(readJsonFile(join(dataDir, 'asked-before.json'), askedBeforeSchema));
  const full: Corpus = {
    ...corpus,
    english,
    summaries,
    verdictModel,
    wordVectors,
    neighbours: new Map(Object.entries(neighbours)),
    thesaurus: new Map(Object.entries(words.synonyms)),
    englishNearMisses: new Set(words.englishNearMisses),
    idioms,
    askedBefore,
  };
  loaded.set(dataDir, full);
  return full;
}

/**
 * data/question-readings.json, validated: the reader questions as the search reads them, worked
 * out at build time. Read apart from the corpus and not kept in it: only building the search
 * needs them, and what they hold (a megabyte of vectors) is let go once it is built.
 */
export function loadQuestionReadings(corpus: Corpus, dataDir: string = DEFAULT_DATA_DIR): QuestionReadings {
  return new QuestionReadings(
    corpus.wordVectors,
    readJsonFile(join(dataDir, 'question-readings.json'), questionReadingsSchema),
  );
}
