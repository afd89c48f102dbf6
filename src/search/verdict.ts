import { z } from 'zod';
import type { Need } from './question-type.ts';

/** What the article lacks when it touches a subject but does not answer the question. */
export type Missing = Need | 'detail' | 'definition' | 'view';
export type Verdict = 'answer' | 'related' | 'none';

/**
 * The evidence a verdict is drawn from, all of it explainable to a member: how much of the question
 * the article knows, how much of it the best passage holds, how clear that passage is, and whether
 * the question asks for something the passage cannot give.
 */
export interface VerdictFeatures {
  /** Share of the question's weight found anywhere in the article (unknown words count against it). */
  coverage: number;
  /** Share of the question's weight the best passage itself holds. */
  bestCoverage: number;
  /** The best passage's score, log-scaled (scores grow with the number of words matched). */
  logScore: number;
  /** Second-best score over the best: near 1 when the question does not pick one passage. */
  runnerUp: number;
  /** Question words the article does not know at all, not even misspelt or as a synonym. */
  unknownWords: number;
  /** Question words the article knows. */
  knownWords: number;
  /** 1 when the question needs a date, number, outcome or present state the passage does not state. */
  unmetNeed: number;
  /** 1 when it asks what someone said or thinks whom the article names but never quotes (Putin, Turkey). */
  unquotedVoice: number;
  /** 1 when it asks to name or specify ("which", "exactly", "what kind of"), which needs a detail. */
  specifics: number;
  /** How like the best passage's closest reader question it is (weighted Dice over terms, 0–1). */
  readerLikeness: number;
  /** 1 when the question names a person or place the article names: it is about the article's cast. */
  namesArticle: number;
  /** Cosine, by meaning, between the question and the best passage's closest reader question. */
  meaningLikeness: number;
  /** Cosine, by wording with small words and word pairs, to the best passage's closest reader question. */
  wordingLikeness: number;
  /** Cosine, by content words, to the nearest question asked before that the article answers. */
  likeAnswered: number;
  /** …to the nearest one whose subject it touches without answering it. */
  likeRelated: number;
  /** …to the nearest one it does not cover at all. */
  likeUnanswered: number;
}

export const FEATURE_NAMES = [
  'coverage',
  'bestCoverage',
  'logScore',
  'runnerUp',
  'unknownWords',
  'knownWords',
  'unmetNeed',
  'unquotedVoice',
  'specifics',
  'readerLikeness',
  'namesArticle',
  'meaningLikeness',
  'wordingLikeness',
  'likeAnswered',
  'likeRelated',
  'likeUnanswered',
] as const;

/**
 * The model's terms: each feature, standardised, then the product of every pair of them (a feature
 * with itself too). Products let one piece of evidence count for more or less depending on another:
 * a passage that holds the whole question counts for less when the question is worded like none of
 * its readers' questions. Measured over the read sets, four ways, fitting on three quarters and
 * scoring the fourth, with the first thirteen features: 45 more right of 7,946 than the features
 * alone, most of them unanswerable questions held.
 */
export const TERM_COUNT = FEATURE_NAMES.length + (FEATURE_NAMES.length * (FEATURE_NAMES.length + 1)) / 2;

/** The two features of each product term, in order: the one place that order is set. */
const PAIR_FIRST: number[] = [];
const PAIR_SECOND: number[] = [];
for (let i = 0; i < FEATURE_NAMES.length; i++) {
  for (let j = i; j < FEATURE_NAMES.length; j++) {
    PAIR_FIRST.push(i);
    PAIR_SECOND.push(j);
  }
}

const logisticSchema = z.strictObject({
  weights: z.array(z.number()).length(TERM_COUNT, `must have one weight per term (${TERM_COUNT})`),
  bias: z.number(),
  /** At or above this probability the model says yes. */
  threshold: z.number().min(0).max(1),
});

/**
 * Two logistic models fitted on the labelled questions by scripts/fit-verdict.ts: is the question
 * about the article at all (else none), and, if so, does the best passage answer it (else related).
 * Features are standardised with the fitted questions' mean and scale, and so are the terms built
 * from them.
 */
export const verdictModelSchema = z.strictObject({
  fittedOn: z.string().min(1),
  features: z
    .array(z.enum(FEATURE_NAMES))
    .refine((names) => names.join() === FEATURE_NAMES.join(), `must be exactly ${FEATURE_NAMES.join(', ')}`),
  mean: z.array(z.number()).length(FEATURE_NAMES.length),
  scale: z.array(z.number().positive()).length(FEATURE_NAMES.length),
  termMean: z.array(z.number()).length(TERM_COUNT),
  termScale: z.array(z.number().positive()).length(TERM_COUNT),
  onTopic: logisticSchema,
  answers: logisticSchema,
});
export type VerdictModel = z.infer<typeof verdictModelSchema>;
export type Logistic = z.infer<typeof logisticSchema>;

export function featureVector(f: VerdictFeatures): number[] {
  return FEATURE_NAMES.map((name) => f[name]);
}

/** The features standardised, followed by every pairwise product of them, before the terms' own scaling. */
export function rawTerms(features: readonly number[], mean: readonly number[], scale: readonly number[]): number[] {
  const z = features.map((value, i) => (value - mean[i]!) / scale[i]!);
  return [...z, ...PAIR_FIRST.map((i, p) => z[i]! * z[PAIR_SECOND[p]!]!)];
}

/** The terms a model weighs, standardised: what its weights multiply (tests check /ask's `probabilities` by it). */
export function modelTerms(model: VerdictModel, f: VerdictFeatures): number[] {
  return rawTerms(featureVector(f), model.mean, model.scale).map(
    (t, k) => (t - model.termMean[k]!) / model.termScale[k]!,
  );
}

/** The probability one of the two logistic models gives, over terms from modelTerms. */
export function probability(part: Logistic, terms: readonly number[]): number {
  return sigmoid(terms.reduce((sum, t, k) => sum + part.weights[k]! * t, part.bias));
}

const sigmoid = (logit: number): number => 1 / (1 + Math.exp(-logit));

/**
 * A model's numbers in typed arrays, made once per model. Read from the arrays the schema parses,
 * every /ask's 300-odd multiplications allocated about 5 KB (62 collections in 200,000 calls against
 * 3, `node --trace-gc`) of the 118 KB an /ask then allocated, and took twice as long.
 */
interface PackedModel {
  mean: Float64Array;
  scale: Float64Array;
  termMean: Float64Array;
  termScale: Float64Array;
  onTopic: { weights: Float64Array; bias: number };
  answers: { weights: Float64Array; bias: number };
}

const packedModels = new WeakMap<VerdictModel, PackedModel>();

function packed(model: VerdictModel): PackedModel {
  let found = packedModels.get(model);
  if (!found) {
    found = {
      mean: Float64Array.from(model.mean),
      scale: Float64Array.from(model.scale),
      termMean: Float64Array.from(model.termMean),
      termScale: Float64Array.from(model.termScale),
      onTopic: { weights: Float64Array.from(model.onTopic.weights), bias: model.onTopic.bias },
      answers: { weights: Float64Array.from(model.answers.weights), bias: model.answers.bias },
    };
    packedModels.set(model, found);
  }
  return found;
}

const PAIR_FIRST_AT = Int32Array.from(PAIR_FIRST);
const PAIR_SECOND_AT = Int32Array.from(PAIR_SECOND);

/**
 * Both models' probabilities for one question, each term weighed as it is worked out, in
 * modelTerms' order: building the terms as arrays was 8% of what an /ask allocates.
 */
function probabilities(model: VerdictModel, f: VerdictFeatures): { onTopic: number; answers: number } {
  const m = packed(model);
  const n = FEATURE_NAMES.length;
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = (f[FEATURE_NAMES[i]!] - m.mean[i]!) / m.scale[i]!;
  let onTopic = m.onTopic.bias;
  let answers = m.answers.bias;
  // Plain loops, not a helper closure: sums a closure updates are boxed, one allocation per term.
  for (let k = 0; k < TERM_COUNT; k++) {
    const raw = k < n ? z[k]! : z[PAIR_FIRST_AT[k - n]!]! * z[PAIR_SECOND_AT[k - n]!]!;
    const term = (raw - m.termMean[k]!) / m.termScale[k]!;
    onTopic += m.onTopic.weights[k]! * term;
    answers += m.answers.weights[k]! * term;
  }
  return { onTopic: sigmoid(onTopic), answers: sigmoid(answers) };
}

export interface VerdictDecision {
  verdict: Verdict;
  /** Set on related: what the article does not give. */
  missing: Missing | null;
  /** The probability behind the verdict: on topic for none, answers for answer and related. */
  confidence: number;
}

/**
 * One verdict for every question. A question that needs a date, number, outcome or present state
 * is never answered by a passage that does not state one, whatever the model says. `knownOnTopic`:
 * the question is known to be about the article (it only names someone the article names), so the
 * first model cannot say "not in the article".
 */
export function decideVerdict(
  model: VerdictModel,
  f: VerdictFeatures,
  need: Need | null,
  knownOnTopic = false,
): VerdictDecision {
  const { onTopic, answers } = probabilities(model, f);
  if (!knownOnTopic && onTopic < model.onTopic.threshold)
    return { verdict: 'none', missing: null, confidence: onTopic };
  if (f.unmetNeed === 1 && need) return { verdict: 'related', missing: need, confidence: answers };
  if (answers >= model.answers.threshold) return { verdict: 'answer', missing: null, confidence: answers };
  return { verdict: 'related', missing: 'detail', confidence: answers };
}
