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
] as const;

const logisticSchema = z.strictObject({
  weights: z.array(z.number()).length(FEATURE_NAMES.length, `must have one weight per feature`),
  bias: z.number(),
  /** At or above this probability the model says yes. */
  threshold: z.number().min(0).max(1),
});

/**
 * Two logistic models fitted on the tuning part of the labelled corpus by scripts/fit-verdict.ts:
 * is the question about the article at all (else none), and, if so, does the best passage answer
 * it (else related). Features are standardised with the tuning part's mean and scale.
 */
export const verdictModelSchema = z.strictObject({
  fittedOn: z.string().min(1),
  features: z
    .array(z.enum(FEATURE_NAMES))
    .refine((names) => names.join() === FEATURE_NAMES.join(), `must be exactly ${FEATURE_NAMES.join(', ')}`),
  mean: z.array(z.number()).length(FEATURE_NAMES.length),
  scale: z.array(z.number().positive()).length(FEATURE_NAMES.length),
  onTopic: logisticSchema,
  answers: logisticSchema,
});
export type VerdictModel = z.infer<typeof verdictModelSchema>;
export type Logistic = z.infer<typeof logisticSchema>;

export function featureVector(f: VerdictFeatures): number[] {
  return FEATURE_NAMES.map((name) => f[name]);
}

export function probability(model: VerdictModel, part: Logistic, f: VerdictFeatures): number {
  const z = featureVector(f).reduce(
    (sum, value, i) => sum + part.weights[i]! * ((value - model.mean[i]!) / model.scale[i]!),
    part.bias,
  );
  return 1 / (1 + Math.exp(-z));
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
 * is never answered by a passage that does not state one, whatever the model says.
 */
export function decideVerdict(model: VerdictModel, f: VerdictFeatures, need: Need | null): VerdictDecision {
  const onTopic = probability(model, model.onTopic, f);
  if (onTopic < model.onTopic.threshold) return { verdict: 'none', missing: null, confidence: onTopic };
  const answers = probability(model, model.answers, f);
  if (f.unmetNeed === 1 && need) return { verdict: 'related', missing: need, confidence: answers };
  if (answers >= model.answers.threshold) return { verdict: 'answer', missing: null, confidence: answers };
  return { verdict: 'related', missing: 'detail', confidence: answers };
}
