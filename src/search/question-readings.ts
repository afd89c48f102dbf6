import { z } from 'zod';
import { stringList } from '../article/word-list-schema.ts';
import { termsOf, type Term } from '../text/terms.ts';
import { base64Bytes, type WordVectors } from './word-vectors.ts';
import { wordingTerms } from './wording.ts';

/** A reader question's index term and the word it was read from ("upper hand" for a joined name). */
export type QuestionTerm = Pick<Term, 'term' | 'word'>;

/** A reader question as the search reads it at start-up, three ways. */
export interface QuestionReading {
  /** Its index terms (`termsOf`): what its paragraph's `questions` field counts. */
  readonly terms: readonly QuestionTerm[];
  /** Its terms as the wording likeness reads them (`wordingTerms`, chat-speak expanded). */
  readonly wording: readonly string[];
  /** Its meaning vector as `WordVectors.textVector` gives it for a question as written, or null. */
  readonly vector: Float32Array | null;
}

/** How a reading is worked out: the build script and a question the file does not hold both use it. */
export function readQuestion(question: string, vectors: WordVectors): QuestionReading {
  return {
    terms: termsOf(question).map(({ term, word }) => ({ term, word })),
    wording: wordingTerms(question, {}),
    vector: vectors.textVector(question, false),
  };
}

/** A question's index terms as one line: term, then word, tab-separated, in turn. */
export function termsLine(terms: readonly QuestionTerm[]): string {
  return terms.flatMap(({ term, word }) => [term, word]).join('\t');
}

/** No tab, no line break: a term or word of a `terms` line cannot hold the separator. */
const TERMS_LINE = /^(?:[^\t\n]+\t[^\t\n]+(?:\t[^\t\n]+\t[^\t\n]+)*)?$/;
const WORDING_LINE = /^(?:\S+(?: \S+)*)?$/;

/**
 * data/question-readings.json as scripts/build-question-readings.ts writes it: each distinct reader
 * question of data/article.json, and at the same position its terms (`termsLine`), its wording
 * terms (space-separated) and its meaning vector, `dimensions` little-endian float32 in `vectors`
 * (all zeros where the question has none: a vector is of unit length, so never zero).
 */
export const questionReadingsSchema = z
  .strictObject({
    source: z.string().min(1),
    dimensions: z.number().int().min(1).max(1000),
    questions: stringList('must be a reader question'),
    terms: stringList('must be terms and words, tab-separated in turn', TERMS_LINE),
    wording: stringList('must be terms separated by single spaces', WORDING_LINE),
    vectors: base64Bytes,
  })
  .superRefine((file, ctx) => {
    const n = file.questions.length;
    for (const field of ['terms', 'wording'] as const) {
      if (file[field].length !== n) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `holds ${file[field].length} lines for ${n} questions`,
        });
      }
    }
    const bytes = n * file.dimensions * 4;
    if (file.vectors.length !== bytes) {
      ctx.addIssue({
        code: 'custom',
        path: ['vectors'],
        message: `holds ${file.vectors.length} bytes, expected ${bytes}`,
      });
    }
  });
export type QuestionReadingsFile = z.input<typeof questionReadingsSchema>;
type QuestionReadingsData = z.output<typeof questionReadingsSchema>;

/**
 * The reader questions as the search reads them, worked out at build time: reading 2,480 questions
 * three ways (terms, wording, meaning) was about 220 ms of every start-up, in code not yet
 * compiled. A question the file does not hold (an article edited since, a test's own) is read
 * when asked for, as it would have been; a test checks the file is current with the article and
 * with how questions are read.
 */
export class QuestionReadings {
  readonly #vectors: WordVectors;
  readonly #file: QuestionReadingsData | undefined;
  readonly #positions = new Map<string, number>();
  readonly #floats: Float32Array;

  constructor(vectors: WordVectors, file?: QuestionReadingsData) {
    this.#vectors = vectors;
    // A file built with vectors of another size cannot be read with these: every question is read anew.
    this.#file = file?.dimensions === vectors.dimensions ? file : undefined;
    this.#file?.questions.forEach((question, i) => this.#positions.set(question, i));
    // Copied into a buffer of its own: a decoded one may start at an offset float32 cannot.
    this.#floats = this.#file ? new Float32Array(new Uint8Array(this.#file.vectors).buffer) : new Float32Array(0);
  }

  /** Each question's reading once: the /ask index, the wording and the meaning index each ask for it. */
  readonly #read = new Map<string, QuestionReading>();

  of(question: string): QuestionReading {
    let reading = this.#read.get(question);
    if (reading === undefined) this.#read.set(question, (reading = this.#readingOf(question)));
    return reading;
  }

  #readingOf(question: string): QuestionReading {
    const at = this.#positions.get(question);
    if (at === undefined || !this.#file) return readQuestion(question, this.#vectors);
    const line = this.#file.terms[at]!;
    const parts = line === '' ? [] : line.split('\t');
    const terms: QuestionTerm[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) terms.push({ term: parts[i]!, word: parts[i + 1]! });
    const wording = this.#file.wording[at]!;
    const size = this.#vectors.dimensions;
    const vector = this.#floats.slice(at * size, (at + 1) * size);
    return {
      terms,
      wording: wording === '' ? [] : wording.split(' '),
      vector: vector.some((x) => x !== 0) ? vector : null,
    };
  }
}

/** The file for these questions: each distinct one once, in the order given. */
export function buildQuestionReadings(
  questions: readonly string[],
  vectors: WordVectors,
  source: string,
): QuestionReadingsFile {
  const distinct = [...new Set(questions)];
  const readings = distinct.map((q) => readQuestion(q, vectors));
  const floats = new Float32Array(distinct.length * vectors.dimensions);
  readings.forEach((r, i) => {
    if (r.vector) floats.set(r.vector, i * vectors.dimensions);
  });
  return {
    source,
    dimensions: vectors.dimensions,
    questions: distinct,
    terms: readings.map((r) => termsLine(r.terms)),
    wording: readings.map((r) => r.wording.join(' ')),
    vectors: Buffer.from(floats.buffer).toString('base64'),
  };
}
