import type { Corpus } from '../article/load.ts';
import type { Paragraph } from '../article/schema.ts';
import { termsOf, type Term } from '../text/terms.ts';

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
const FIELDS = Object.keys(FIELD_WEIGHTS) as FieldName[];

export interface IndexedParagraph {
  paragraph: Paragraph;
  /** Position in reading order, which breaks ties between equal scores. */
  order: number;
  fields: Record<FieldName, { counts: Map<string, number>; length: number; sequence: string[] }>;
  /** Every term of the paragraph in any field, for document frequency. */
  terms: Set<string>;
  /** Each reader question on its own, as a set of terms: a question close to one of them is close to its passage. */
  readerQuestions: Array<Set<string>>;
}

export interface AskIndex {
  docs: IndexedParagraph[];
  idf: Map<string, number>;
  /** idf a term would have if no paragraph held it: what an unknown query word weighs. */
  unknownIdf: number;
  averageLength: Record<FieldName, number>;
  /** Folded words of the article and its metadata, for spelling correction. */
  words: Set<string>;
}

function fieldTexts(corpus: Corpus, paragraph: Paragraph): Record<FieldName, string> {
  const names = (actorId: string): string => {
    const actor = corpus.actorsById.get(actorId);
    return actor ? [actor.name, ...actor.aliases].join(' . ') : '';
  };
  return {
    text: paragraph.text,
    topics: paragraph.topics.join(' . '),
    questions: paragraph.questions.join(' . '),
    people: [...paragraph.speakers.map((s) => s.actor), ...paragraph.mentions].map(names).join(' . '),
    stances: paragraph.speakers.map((s) => s.stance.summary).join(' '),
    section: paragraph.section ? (corpus.sectionHeadings.get(paragraph.section) ?? '') : '',
  };
}

function bm25Idf(documents: number, withTerm: number): number {
  return Math.log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));
}

export function buildAskIndex(corpus: Corpus): AskIndex {
  const words = new Set<string>();
  const docs = corpus.article.paragraphs.map((paragraph, order): IndexedParagraph => {
    const texts = fieldTexts(corpus, paragraph);
    const terms = new Set<string>();
    const fields = {} as IndexedParagraph['fields'];
    for (const name of FIELDS) {
      const fieldTerms: Term[] = termsOf(texts[name]);
      const counts = new Map<string, number>();
      for (const t of fieldTerms) {
        counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
        terms.add(t.term);
        for (const word of t.word.split(' ')) words.add(word);
      }
      fields[name] = { counts, length: fieldTerms.length, sequence: fieldTerms.map((t) => t.term) };
    }
    const readerQuestions = paragraph.questions
      .map((q) => new Set(termsOf(q).map((t) => t.term)))
      .filter((set) => set.size > 0);
    return { paragraph, order, fields, terms, readerQuestions };
  });
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.terms) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map([...df].map(([term, count]) => [term, bm25Idf(docs.length, count)]));
  const averageLength = {} as Record<FieldName, number>;
  for (const name of FIELDS) {
    averageLength[name] = Math.max(1, docs.reduce((sum, d) => sum + d.fields[name].length, 0) / docs.length);
  }
  return { docs, idf, unknownIdf: bm25Idf(docs.length, 0), averageLength, words };
}
