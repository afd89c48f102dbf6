import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORPUS, readLabelled } from '../bench/ask-corpus.ts';
import { createCore } from '../src/core.ts';
import {
  FEATURE_NAMES,
  featureVector,
  probability,
  type VerdictFeatures,
  type VerdictModel,
} from '../src/search/verdict.ts';

/**
 * Fits data/verdict-model.json on labelled questions (FITTED_ON; never a blind part before it is
 * scored): a logistic regression of "the article answers this" over the search's own evidence, then
 * the two thresholds that best separate answer / related / none on the same questions (see
 * bestThreshold for how mistakes are weighed).
 */
const OUT = fileURLToPath(new URL('../data/verdict-model.json', import.meta.url));
const EPOCHS = 4000;
const RATE = 0.1;
const L2 = 0.01;

const n = FEATURE_NAMES.length;

function fitLogistic(
  rows: Array<{ x: number[]; y: number }>,
  mean: number[],
  scale: number[],
): { weights: number[]; bias: number } {
  const z = rows.map((r) => r.x.map((v, i) => (v - mean[i]!) / scale[i]!));
  const weights = new Array<number>(n).fill(0);
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Array<number>(n).fill(0);
    let gradBias = 0;
    z.forEach((x, k) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * weights[i]!, bias)));
      const err = p - rows[k]!.y;
      x.forEach((v, i) => (grad[i]! += err * v));
      gradBias += err;
    });
    weights.forEach((w, i) => (weights[i] = w - RATE * (grad[i]! / rows.length + L2 * w)));
    bias -= RATE * (gradBias / rows.length);
  }
  return { weights, bias };
}

/**
 * The threshold with the least expected cost on the rows: the share of positives turned away,
 * times `missCost`, plus the share of negatives let through. Each threshold is judged with its
 * neighbours (a window of ±SMOOTHING), so the choice sits in a broad good region rather than on a
 * knife edge that a handful of tuning questions put there. At ±0.04 the threshold moved by 0.05
 * between refits that changed a few rows, flipping answerable questions near it; ±0.08 held it.
 */
const SMOOTHING = 0.08;
function bestThreshold(probs: number[], ys: number[], missCost = 1): { at: number; balanced: number } {
  const pos = ys.filter((y) => y === 1).length;
  const neg = ys.length - pos;
  const at = (t: number) => {
    const tp = ys.filter((y, k) => y === 1 && probs[k]! >= t).length;
    const tn = ys.filter((y, k) => y === 0 && probs[k]! < t).length;
    return { cost: missCost * (1 - tp / pos) + (1 - tn / neg), balanced: (tp / pos + tn / neg) / 2 };
  };
  const steps = Array.from({ length: 91 }, (_, i) => (i + 5) / 100);
  const judged = steps.map((t) => {
    const window = steps.filter((u) => Math.abs(u - t) <= SMOOTHING + 1e-9).map(at);
    return { at: t, cost: window.reduce((sum, w) => sum + w.cost, 0) / window.length, balanced: at(t).balanced };
  });
  const least = Math.min(...judged.map((j) => j.cost));
  const ties = judged.filter((j) => j.cost === least);
  const best = ties[Math.floor((ties.length - 1) / 2)]!;
  return { at: best.at, balanced: best.balanced };
}

/**
 * Turning an answerable question away as "not in the article" hides the passage; calling an
 * off-topic question "related" still says plainly that the article does not answer it. So the
 * on-topic gate counts a miss four times. Each time more of the plainly off-topic questions are
 * turned away before the model (small talk, everyday subjects, then questions about the bot and
 * facts of geography), the questions left to it are harder, the gate grew stricter, and answerable
 * questions were lost: at three, "why are the two drifting apart" was "not in the article".
 */
const ON_TOPIC_MISS_COST = 4;

/**
 * The tuning part, the reader trial, and the blind parts 1–3 and 5–8 once they were scored: spent
 * as blind sets, they are more questions to fit on. Blind part 4 stays out as a check the fit never
 * saw, and the newest blind part is scored once, at the end.
 */
const FITTED_ON = [
  ...CORPUS.tuning,
  ...CORPUS.readerTrial,
  ...CORPUS.blind,
  ...CORPUS.blind3,
  ...CORPUS.blind5,
  ...CORPUS.blind6,
  ...CORPUS.blind7,
  ...CORPUS.blind8,
];

const round = (v: number): number => Math.round(v * 1e4) / 1e4;

/**
 * Each row's probability from a model fitted without it (FOLDS folds, every FOLDS-th row held out).
 * The questions fitted on are all but separated by the model that saw them, so a threshold chosen
 * on its own probabilities lies anywhere in a wide flat region (0.05 to 0.84 at one refit), and
 * moved by 0.24 when a few features changed. Held-out probabilities say where unseen questions fall.
 */
const FOLDS = 5;
function outOfFold(
  rows: Array<{ f: VerdictFeatures; x: number[]; y: number }>,
  mean: number[],
  scale: number[],
  shape: VerdictModel,
): number[] {
  const probs = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit = fitLogistic(
      rows.filter((_, k) => k % FOLDS !== fold),
      mean,
      scale,
    );
    const part = { weights: fit.weights, bias: fit.bias, threshold: 0.5 };
    rows.forEach((r, k) => {
      if (k % FOLDS === fold) probs[k] = probability(shape, part, r.f);
    });
  }
  return probs;
}

/** Fits the model on FITTED_ON; deterministic, so a test can check the file. */
export function fitVerdictModel(): { model: VerdictModel; report: string } {
  const core = createCore();
  const cases = readLabelled(FITTED_ON);
  const rows = cases.flatMap((c) => {
    const f = core.search.features(c.q);
    return f ? [{ f, x: featureVector(f), label: c.label }] : [];
  });
  const mean = FEATURE_NAMES.map((_, i) => rows.reduce((s, r) => s + r.x[i]!, 0) / rows.length);
  const scale = FEATURE_NAMES.map((_, i) =>
    Math.max(1e-6, Math.sqrt(rows.reduce((s, r) => s + (r.x[i]! - mean[i]!) ** 2, 0) / rows.length)),
  );
  const onTopicRows = rows.map((r) => ({ ...r, y: r.label === 'none' ? 0 : 1 }));
  const answerRows = rows.filter((r) => r.label !== 'none').map((r) => ({ ...r, y: r.label === 'answer' ? 1 : 0 }));
  const onTopicFit = fitLogistic(onTopicRows, mean, scale);
  const answersFit = fitLogistic(answerRows, mean, scale);
  const model: VerdictModel = {
    fittedOn: `${rows.length} questions: ${FITTED_ON.map((p) => p.split('/').at(-1)).join(', ')}`,
    features: [...FEATURE_NAMES],
    mean: mean.map(round),
    scale: scale.map(round),
    onTopic: { weights: onTopicFit.weights.map(round), bias: round(onTopicFit.bias), threshold: 0.5 },
    answers: { weights: answersFit.weights.map(round), bias: round(answersFit.bias), threshold: 0.5 },
  };
  const onTopicBest = bestThreshold(
    outOfFold(onTopicRows, mean, scale, model),
    onTopicRows.map((r) => r.y),
    ON_TOPIC_MISS_COST,
  );
  const answersBest = bestThreshold(
    outOfFold(answerRows, mean, scale, model),
    answerRows.map((r) => r.y),
  );
  model.onTopic.threshold = round(onTopicBest.at);
  model.answers.threshold = round(answersBest.at);

  const report = `balanced accuracy on the questions fitted on: on-topic ${onTopicBest.balanced.toFixed(3)}, answers ${answersBest.balanced.toFixed(3)}`;
  return { model, report };
}

if (process.argv[1]?.endsWith('fit-verdict.ts')) {
  const { model, report } = fitVerdictModel();
  writeFileSync(OUT, `${JSON.stringify(model, null, 2)}\n`);
  console.log(report);
}
