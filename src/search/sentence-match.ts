import type { Corpus } from '../article/load.ts';
import type { Paragraph } from '../article/schema.ts';
import type { Span } from '../text/sentences.ts';
import { termsOf, type Term } from '../text/terms.ts';
import { allowedEdits } from '../text/edit-distance.ts';
import { SpellingCorrector } from './spelling.ts';
import { sentenceVoices } from './voice.ts';

/** One sentence of the article, with whose voice it is in and the terms it holds. */
export interface ArticleSentence extends Span {
  paragraph: Paragraph;
  text: string;
  actors: string[];
  terms: Term[];
}

/** The sentence a phrase was found in, how much of the phrase it holds, and where the found words sit. */
export interface SentenceMatch {
  sentence: ArticleSentence;
  /** Share of the phrase's weight the sentence holds (misspelt words and synonyms count for less). */
  coverage: number;
  /** The stretch of the paragraph from the first found word to the last. */
  span: Span;
  /** Where each found word stands, and its weight, so a sentence with two voices can say whose words they are. */
  hits: Array<{ at: number; weight: number }>;
}

/** A misspelt word ("Soleimany") is nearly as good as the word; a synonym ("pull out") less so. */
const MISSPELT_WEIGHT = 0.8;
const SYNONYM_WEIGHT = 0.6;
/** A word the article never uses weighs this share of the rarest word's weight, as in /ask. */
const UNKNOWN_WORD_FACTOR = 0.6;

/**
 * Fewer edits than /ask's corrector allows: a phrase's every word is tried against every
 * sentence word, where two edits turn ordinary words into names ("putting", "Putin").
 */
function misspellingEdits(length: number): number {
  return length < 9 ? Math.min(1, allowedEdits(length)) : allowedEdits(length);
}

/**
 * Finds the sentence of the article a phrase comes from, word by word: a quotation pasted from
 * memory keeps most of its words, perhaps misspelt, reordered or swapped for a synonym, so each
 * of its words is looked for in each sentence and weighed by how rare it is in the article.
 */
export class SentenceIndex {
  readonly sentences: readonly ArticleSentence[];
  readonly #idf = new Map<string, number>();
  readonly #unknownIdf: number;
  readonly #thesaurus: Corpus['thesaurus'];
  /** The sentences' own words, for reading a misspelt word as the one it was meant to be. */
  readonly #spelling: SpellingCorrector;
  /** English words a letter or two from the article's ("putting", "Putin"): never read as misspellings. */
  readonly #english: Corpus['englishNearMisses'];

  constructor(corpus: Corpus) {
    this.#thesaurus = corpus.thesaurus;
    this.#english = corpus.englishNearMisses;
    this.sentences = corpus.article.paragraphs
      .filter((p) => p.kind === 'body' || p.kind === 'disclaimer')
      .flatMap((paragraph) =>
        sentenceVoices(paragraph, corpus.article.authorId).map((s) => {
          const text = paragraph.text.slice(s.start, s.end);
          const terms = termsOf(text).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
          return { ...s, paragraph, text, terms };
        }),
      );
    this.#spelling = new SpellingCorrector(this.sentences.flatMap((s) => s.terms.map((t) => t.word)));
    const df = new Map<string, number>();
    for (const s of this.sentences)
      for (const term of new Set(s.terms.map((t) => t.term))) df.set(term, (df.get(term) ?? 0) + 1);
    const n = this.sentences.length;
    for (const [term, count] of df) this.#idf.set(term, Math.log(1 + n / count));
    this.#unknownIdf = Math.log(1 + n) * UNKNOWN_WORD_FACTOR;
  }

  /**
   * Sentences holding any of the phrase's words, best first; `keep` narrows which sentences count,
   * and `alike` names more terms that count as a word's synonyms (a claim's opposites).
   */
  rank(
    phrase: string,
    keep: (s: ArticleSentence) => boolean = () => true,
    alike: (term: string) => readonly string[] = () => [],
  ): SentenceMatch[] {
    const words = termsOf(phrase);
    if (words.length === 0) return [];
    const total = words.reduce((sum, w) => sum + this.#weight(w.term), 0);
    // Each word is corrected once, not once per sentence.
    const misspelt = new Map(words.map((w) => [w.word, this.#correct(w.word)]));
    return this.sentences
      .filter(keep)
      .map((sentence) => this.#match(sentence, words, total, alike, misspelt))
      .filter((m) => m.coverage > 0)
      .sort((a, b) => b.coverage - a.coverage || a.sentence.text.length - b.sentence.text.length);
  }

  /** The article's word a misspelt word stands for, within fewer edits than /ask allows. */
  #correct(word: string): string | undefined {
    if (this.#english.has(word)) return undefined;
    const correction = this.#spelling.correct(word);
    return correction && correction.edits > 0 && correction.edits <= misspellingEdits(word.length)
      ? correction.word
      : undefined;
  }

  #weight(term: string): number {
    return this.#idf.get(term) ?? this.#unknownIdf;
  }

  #match(
    sentence: ArticleSentence,
    words: readonly Term[],
    total: number,
    alike: (term: string) => readonly string[],
    misspelt: ReadonlyMap<string, string | undefined>,
  ): SentenceMatch {
    let found = 0;
    let start = Infinity;
    let end = -Infinity;
    const hits: SentenceMatch['hits'] = [];
    for (const word of words) {
      const hit = this.#find(sentence, word, alike, misspelt.get(word.word));
      if (!hit) continue;
      const weight = this.#weight(word.term) * hit.weight;
      found += weight;
      // A word the sentence uses twice counts half at each place, for deciding whose words they are.
      for (const at of hit.at) hits.push({ at: at.start, weight: weight / hit.at.length });
      start = Math.min(start, ...hit.at.map((a) => a.start));
      end = Math.max(end, ...hit.at.map((a) => a.end));
    }
    const span = found > 0 ? { start, end } : { start: sentence.start, end: sentence.end };
    return { sentence, coverage: total === 0 ? 0 : Math.min(1, found / total), span, hits };
  }

  /** Where the sentence holds a word of the phrase: as itself, misspelt, or as a WordNet synonym. */
  #find(
    sentence: ArticleSentence,
    word: Term,
    alike: (term: string) => readonly string[],
    meant: string | undefined,
  ): { at: Term[]; weight: number } | undefined {
    const same = sentence.terms.filter((t) => t.term === word.term);
    if (same.length > 0) return { at: same, weight: 1 };
    const misspelt = meant ? sentence.terms.filter((t) => t.word === meant) : [];
    if (misspelt.length > 0) return { at: misspelt, weight: MISSPELT_WEIGHT };
    const synonyms = [...(this.#thesaurus.get(word.term) ?? []), ...alike(word.term)];
    const synonym = sentence.terms.filter((t) => synonyms.includes(t.term));
    return synonym.length > 0 ? { at: synonym, weight: SYNONYM_WEIGHT } : undefined;
  }
}
