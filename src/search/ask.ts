import type { Corpus } from '../article/load.ts';
import type { Paragraph, ReportingMode, Stance } from '../article/schema.ts';
import { termsOf, termOfWord } from '../text/terms.ts';
import { buildAskIndex, FIELD_WEIGHTS, type AskIndex, type FieldName, type IndexedParagraph } from './ask-index.ts';
import { cutExcerpt, markMatches, termsWithin, type ExcerptPart } from './excerpt.ts';
import { SpellingCorrector } from './spelling.ts';

/** Longer input is cut here: no reader's question needs more, and scoring stays cheap. */
export const MAX_QUERY_CHARS = 200;
const MAX_RESULTS = 5;
/** Part of a question's weight that must be found in the article before anything is answered. */
const MIN_COVERAGE = 0.4;
/**
 * A word the article never uses weighs this share of the rarest word's idf: enough that a question
 * about something else is turned away, not so much that one odd word in a fair question sinks it.
 */
const UNKNOWN_WORD_FACTOR = 0.6;
/** Results scoring below this share of the best are noise next to it. */
const MIN_SHARE_OF_BEST = 0.3;
/** A corrected misspelling counts for less than the word as typed. */
const CORRECTED_WEIGHT = 0.7;
/** A WordNet synonym counts for less again: a shared sense is weaker evidence than the same word. */
const SYNONYM_WEIGHT = 0.5;
const K1 = 1.2;
const B = 0.5;
const PHRASE_BONUS = 0.6;

export interface SpeakerView {
  id: string;
  name: string;
  kind: 'person' | 'group' | 'organisation';
  reported: ReportingMode;
  stance: Stance;
}

export interface AskResult {
  paragraph: Paragraph;
  /** Section heading, or null outside the headed sections. */
  section: string | null;
  excerpt: ExcerptPart[];
  /** The whole paragraph with the same words marked, for "Whole paragraph". */
  marked: ExcerptPart[];
  score: number;
  speakers: SpeakerView[];
}

export type NoAnswerReason = 'empty' | 'no-search-words' | 'not-in-article';

export interface AskAnswer {
  query: string;
  results: AskResult[];
  /** Set when results is empty. */
  reason?: NoAnswerReason;
}

interface QueryTerm {
  term: string;
  weight: number;
  idf: number;
}

/**
 * Puts first the speakers whose stance sentence shares most words with the excerpt, so the reply's
 * lead speaker (its colour, its first field) is the one the quoted sentence belongs to.
 */
const speakerTerms = new Map<string, Set<string>>();

function speakersFirstForExcerpt(speakers: SpeakerView[], paragraph: Paragraph, excerpt: ExcerptPart[]): SpeakerView[] {
  if (speakers.length < 2) return speakers;
  const excerptText = excerpt.map((p) => p.text).join('');
  const start = Math.max(0, paragraph.text.indexOf(excerptText));
  const excerptTerms = termsWithin(paragraph.text, start, start + excerptText.length);
  const overlap = (s: SpeakerView): number => {
    // Stance sentences are fixed data: their terms are worked out once.
    const key = `${s.name}\n${s.stance.summary}`;
    let own = speakerTerms.get(key);
    if (!own) {
      own = new Set([...termsOf(s.stance.summary), ...termsOf(s.name)].map((t) => t.term));
      speakerTerms.set(key, own);
    }
    return [...own].filter((term) => excerptTerms.has(term)).length / Math.max(1, own.size);
  };
  return speakers
    .map((speaker, order) => ({ speaker, order, score: overlap(speaker) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((s) => s.speaker);
}

export class ArticleSearch {
  readonly #corpus: Corpus;
  readonly #index: AskIndex;
  readonly #spelling: SpellingCorrector;

  constructor(corpus: Corpus) {
    this.#corpus = corpus;
    this.#index = buildAskIndex(corpus);
    this.#spelling = new SpellingCorrector(this.#index.words);
  }

  ask(rawQuery: string): AskAnswer {
    const query = Array.from(rawQuery.replace(/\s+/g, ' ').trim()).slice(0, MAX_QUERY_CHARS).join('');
    if (query.length === 0) return { query, results: [], reason: 'empty' };
    const words = termsOf(query);
    if (words.length === 0) return { query, results: [], reason: 'no-search-words' };

    const { known, coverage } = this.#understand(words.map((w) => ({ word: w.word, term: w.term })));
    if (known.length === 0 || coverage < MIN_COVERAGE) return { query, results: [], reason: 'not-in-article' };

    const scored = this.#index.docs
      .map((doc) => ({ doc, score: this.#score(doc, known) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.doc.paragraph.number - b.doc.paragraph.number);
    const best = scored[0]?.score ?? 0;
    const matched = new Set(known.map((k) => k.term));
    const results = scored
      .filter((s) => s.score >= best * MIN_SHARE_OF_BEST)
      .slice(0, MAX_RESULTS)
      .map(({ doc, score }) => this.#result(doc.paragraph, score, matched, known));
    return results.length > 0 ? { query, results } : { query, results: [], reason: 'not-in-article' };
  }

  /** Maps each query word to an index term, correcting misspellings, and says how much was understood. */
  #understand(words: Array<{ word: string; term: string }>): { known: QueryTerm[]; coverage: number } {
    const byTerm = new Map<string, QueryTerm>();
    let total = 0;
    let found = 0;
    for (const { word, term } of words) {
      const resolved = this.#resolve(word, term);
      if (resolved.length > 0 && resolved.every((r) => byTerm.has(r.term))) continue;
      const strongest = resolved.reduce<QueryTerm | undefined>(
        (a, b) => (a && a.idf * a.weight >= b.idf * b.weight ? a : b),
        undefined,
      );
      // A word reached only through a synonym is still a word the article does not use: it weighs
      // in the question as an unknown word does, and is only partly found.
      const unknownWeight = this.#index.unknownIdf * UNKNOWN_WORD_FACTOR;
      total += strongest
        ? strongest.weight < CORRECTED_WEIGHT
          ? Math.max(strongest.idf, unknownWeight)
          : strongest.idf
        : unknownWeight;
      if (strongest) found += strongest.idf * strongest.weight;
      for (const r of resolved) if (!byTerm.has(r.term)) byTerm.set(r.term, r);
    }
    return { known: [...byTerm.values()], coverage: total === 0 ? 0 : found / total };
  }

  /**
   * The index terms a query word stands for: itself; else its WordNet synonyms in the article
   * (a real English word is likelier a synonym than a typo); else, unless it is an English word
   * in its own right, a spelling correction.
   */
  #resolve(word: string, term: string): QueryTerm[] {
    const idf = this.#index.idf.get(term);
    if (idf !== undefined) return [{ term, weight: 1, idf }];
    if (word.includes(' ')) return [];
    const synonyms = this.#corpus.thesaurus.get(term) ?? [];
    const viaSynonyms = synonyms.flatMap((synonym) => {
      const synonymIdf = this.#index.idf.get(synonym);
      return synonymIdf === undefined
        ? []
        : [{ term: synonym, weight: SYNONYM_WEIGHT / synonyms.length, idf: synonymIdf }];
    });
    if (viaSynonyms.length > 0) return viaSynonyms;
    if (this.#corpus.englishNearMisses.has(word)) return [];
    const correction = this.#spelling.correct(word);
    const corrected = correction ? termOfWord(correction.word) : undefined;
    const correctedIdf = corrected ? this.#index.idf.get(corrected) : undefined;
    return corrected && correctedIdf !== undefined
      ? [{ term: corrected, weight: CORRECTED_WEIGHT, idf: correctedIdf }]
      : [];
  }

  #score(doc: IndexedParagraph, terms: QueryTerm[]): number {
    let score = 0;
    for (const { term, weight, idf } of terms) {
      let tf = 0;
      for (const name of Object.keys(FIELD_WEIGHTS) as FieldName[]) {
        const field = doc.fields[name];
        const count = field.counts.get(term);
        if (!count) continue;
        const norm = 1 - B + (B * field.length) / this.#index.averageLength[name];
        tf += (FIELD_WEIGHTS[name] * count) / norm;
      }
      if (tf > 0) score += weight * idf * ((tf * (K1 + 1)) / (tf + K1));
    }
    return score > 0 ? score + this.#phraseBonus(doc, terms) : 0;
  }

  /** Query words that stand side by side in the paragraph ("upper hand") say more than scattered ones. */
  #phraseBonus(doc: IndexedParagraph, terms: QueryTerm[]): number {
    if (terms.length < 2) return 0;
    const wanted = new Map(terms.map((t) => [t.term, t]));
    let bonus = 0;
    for (const name of ['text', 'topics'] as const) {
      const seq = doc.fields[name].sequence;
      for (let i = 0; i + 1 < seq.length; i++) {
        const a = wanted.get(seq[i]!);
        const b = wanted.get(seq[i + 1]!);
        if (a && b && a !== b) bonus += PHRASE_BONUS * Math.min(a.idf, b.idf);
      }
    }
    return bonus;
  }

  #result(paragraph: Paragraph, score: number, matched: ReadonlySet<string>, known: QueryTerm[]): AskResult {
    const weights = new Map(known.map((k) => [k.term, k.idf]));
    const excerpt = cutExcerpt(paragraph.text, matched, weights);
    return {
      paragraph,
      section: paragraph.section ? (this.#corpus.sectionHeadings.get(paragraph.section) ?? null) : null,
      excerpt,
      marked: markMatches(paragraph.text, matched),
      score: Math.round(score * 1000) / 1000,
      speakers: speakersFirstForExcerpt(this.speakersOf(paragraph), paragraph, excerpt),
    };
  }

  speakersOf(paragraph: Paragraph): SpeakerView[] {
    return paragraph.speakers.map((speaker) => {
      const actor = this.#corpus.actorsById.get(speaker.actor)!;
      return { id: actor.id, name: actor.name, kind: actor.kind, reported: speaker.reported, stance: speaker.stance };
    });
  }
}
