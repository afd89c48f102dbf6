import type { Corpus } from '../article/load.ts';
import type { Paragraph } from '../article/schema.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { termsOf } from '../text/terms.ts';
import type { QuestionReadings, QuestionTerm } from './question-readings.ts';

/**
 * The fields a paragraph is found by, and how much a match in each counts. Topics and names are
 * short and chosen, so a hit there says more than one in running text; stance summaries restate
 * the text in other words and the section heading is shared by many paragraphs, so both count less.
 */
export const FIELD_WEIGHTS = {
  text: 1,
  topics: 1.4,
  questions: 1.4,
  people: 1.2,
  stances: 0.5,
  section: 0.3,
} as const;
export type FieldName = keyof typeof FIELD_WEIGHTS;
/** The fields, in FIELD_WEIGHTS' order: the order every sum over fields is made in. */
export const FIELDS = Object.keys(FIELD_WEIGHTS) as FieldName[];

export interface IndexedParagraph {
  paragraph: Paragraph;
  /** Position in reading order, which breaks ties between equal scores. */
  order: number;
  fields: Record<FieldName, { counts: Map<string, number>; length: number; pairs: Map<string, number> }>;
  /** Every term of the paragraph in any field, for document frequency. */
  terms: Set<string>;
  /** The terms of each sentence of its text: words asked together are likelier answered together. */
  sentences: Array<Set<string>>;
}

/** One reader question on its own: a question close to one of them is close to its passage. */
export interface ReaderQuestion {
  /** Position of its paragraph in `docs`. */
  doc: number;
  /** The summed idf of its terms, for weighing how much of it a question holds. */
  weight: number;
}

export interface AskIndex {
  docs: IndexedParagraph[];
  idf: Map<string, number>;
  /** idf a term would have if no paragraph held it: what an unknown query word weighs. */
  unknownIdf: number;
  averageLength: Record<FieldName, number>;
  /**
   * Folded words of the article and its metadata, what a misspelt word is corrected to. Reader
   * questions are left out: they are typed as members type, misspellings too, and their words
   * would treble the spelling index.
   */
  words: Set<string>;
  /** Every folded word of every field, reader questions included: what the search knows. */
  allWords: Set<string>;
  readerQuestions: ReaderQuestion[];
  /** Term → the reader questions holding it (indexes into `readerQuestions`). */
  readerQuestionsWith: Map<string, number[]>;
}

/** A term's BM25F frequency in each paragraph holding it: the paragraphs' positions, and the frequencies. */
export interface WeightedFrequency {
  docs: Int32Array;
  tf: Float64Array;
}

/**
 * Each term's BM25F frequency per paragraph: every field's count, by the field's weight, over the
 * field's length normalised with `b`. Worked out once, so scoring a question reads one entry per
 * term instead of every field of every paragraph; the sums are made in the same order, field by
 * field, and come out the same to the last bit.
 */
export function weightedFrequencies(index: AskIndex, b: number): Map<string, WeightedFrequency> {
  const byTerm = new Map<string, Map<number, number>>();
  index.docs.forEach((doc, at) => {
    for (const name of FIELDS) {
      const field = doc.fields[name];
      const norm = 1 - b + (b * field.length) / index.averageLength[name];
      for (const [term, count] of field.counts) {
        const perDoc = byTerm.get(term) ?? new Map<number, number>();
        perDoc.set(at, (perDoc.get(at) ?? 0) + (FIELD_WEIGHTS[name] * count) / norm);
        byTerm.set(term, perDoc);
      }
    }
  });
  return new Map(
    [...byTerm].map(([term, perDoc]) => {
      const docs = Int32Array.from([...perDoc.keys()].sort((x, y) => x - y));
      return [term, { docs, tf: Float64Array.from(docs, (d) => perDoc.get(d)!) }] as const;
    }),
  );
}

/** The text of each field but the reader questions, which are read one by one. */
function fieldTexts(corpus: Corpus, paragraph: Paragraph): Record<Exclude<FieldName, 'questions'>, string> {
  const names = (actorId: string): string => {
    const actor = corpus.actorsById.get(actorId);
    return actor ? [actor.name, ...actor.aliases].join(' . ') : '';
  };
  return {
    text: paragraph.text,
    topics: paragraph.topics.join(' . '),
    people: [...paragraph.speakers.map((s) => s.actor), ...paragraph.mentions].map(names).join(' . '),
    stances: paragraph.speakers.map((s) => s.stance.summary).join(' '),
    section: paragraph.section ? (corpus.sectionHeadings.get(paragraph.section) ?? '') : '',
  };
}

/** Two terms side by side, in order, as a key of a field's `pairs`. */
export function pairKey(first: string, second: string): string {
  return `${first}\u0000${second}`;
}

function bm25Idf(documents: number, withTerm: number): number {
  return Math.log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));
}

/** `readings`: the reader questions as read at build time; without them each is read here. */
export function buildAskIndex(corpus: Corpus, readings?: QuestionReadings): AskIndex {
  const words = new Set<string>();
  const allWords = new Set<string>();
  const termsOfQuestions: (readonly QuestionTerm[])[][] = [];
  const docs = corpus.article.paragraphs.map((paragraph, order): IndexedParagraph => {
    const texts = fieldTexts(corpus, paragraph);
    // Reader questions are separate texts, each read once: the field's terms are theirs in turn.
    const questionTerms = paragraph.questions.map((q) => (readings ? readings.of(q).terms : termsOf(q)));
    const terms = new Set<string>();
    const fields = {} as IndexedParagraph['fields'];
    for (const name of FIELDS) {
      const fieldTerms: readonly QuestionTerm[] = name === 'questions' ? questionTerms.flat() : termsOf(texts[name]);
      const counts = new Map<string, number>();
      for (const t of fieldTerms) {
        counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
        terms.add(t.term);
        // A joined name ("upper hand") is its words; most terms are one word, and split on nothing.
        for (const word of t.word.includes(' ') ? t.word.split(' ') : [t.word]) {
          allWords.add(word);
          if (name !== 'questions') words.add(word);
        }
      }
      const pairs = new Map<string, number>();
      // The last word of one reader question and the first of the next are no pair.
      const runs = name === 'questions' ? questionTerms : [fieldTerms];
      for (const run of runs) {
        for (let i = 0; i + 1 < run.length; i++) {
          const key = pairKey(run[i]!.term, run[i + 1]!.term);
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
      fields[name] = { counts, length: fieldTerms.length, pairs };
    }
    const sentences = sentenceSpans(paragraph.text).map(
      (span) => new Set(termsOf(paragraph.text.slice(span.start, span.end)).map((t) => t.term)),
    );
    termsOfQuestions.push(questionTerms);
    return { paragraph, order, fields, terms, sentences };
  });
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.terms) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map([...df].map(([term, count]) => [term, bm25Idf(docs.length, count)]));
  const averageLength = {} as Record<FieldName, number>;
  for (const name of FIELDS) {
    averageLength[name] = Math.max(1, docs.reduce((sum, d) => sum + d.fields[name].length, 0) / docs.length);
  }
  const readerQuestions: ReaderQuestion[] = [];
  const readerQuestionsWith = new Map<string, number[]>();
  docs.forEach((doc, d) => {
    for (const questionTerms of termsOfQuestions[d]!) {
      const terms = new Set(questionTerms.map((t) => t.term));
      if (terms.size === 0) continue;
      const at = readerQuestions.length;
      readerQuestions.push({ doc: d, weight: [...terms].reduce((sum, t) => sum + (idf.get(t) ?? 0), 0) });
      for (const term of terms) {
        const holding = readerQuestionsWith.get(term);
        if (holding) holding.push(at);
        else readerQuestionsWith.set(term, [at]);
      }
    }
  });
  return {
    docs,
    idf,
    unknownIdf: bm25Idf(docs.length, 0),
    averageLength,
    words,
    allWords,
    readerQuestions,
    readerQuestionsWith,
  };
}
