import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { READ_PARTS, readLabelled } from '../bench/ask-corpus.ts';
import { createCore } from '../src/core.ts';
import type { AskedBeforeFile } from '../src/search/asked-before.ts';
import { buildAskedBefore } from './build-asked-before.ts';
import { MERGED_PARTS } from './merge-reader-questions.ts';
import {
  FEATURE_NAMES,
  featureVector,
  probability,
  rawTerms,
  TERM_COUNT,
  type VerdictModel,
} from '../src/search/verdict.ts';

/**
 * Fits data/verdict-model.json on labelled questions (the read parts, READ_PARTS, but those merged
 * into the reader questions): a logistic regression of "the article answers this" over the search's
 * own evidence, then the two thresholds that best separate answer / related / none on the same
 * questions held out by fold (see bestThreshold for how mistakes are weighed).
 */
const OUT = fileURLToPath(new URL('../data/verdict-model.json', import.meta.url));
const ASKED_BEFORE = fileURLToPath(new URL('../data/asked-before.json', import.meta.url));
/** Penalty on the weights' squares: it keeps the many pairwise terms small where the data says little. */
const L2 = 0.01;
const MAX_STEPS = 50;

/**
 * A logistic regression fitted by Newton's method (the weights that minimise mean log loss plus
 * L2/2 times their squared length; the bias is not penalised). Exact and deterministic, and a dozen
 * steps where gradient descent needed thousands of passes over every question and every term.
 */
function fitLogistic(rows: ReadonlyArray<{ z: readonly number[]; y: number }>): { weights: number[]; bias: number } {
  if (rows.length === 0) throw new Error('fit:verdict: no questions to fit on');
  const d = rows[0]!.z.length + 1;
  const theta = new Float64Array(d);
  const x = new Float64Array(d);
  for (let step = 0; step < MAX_STEPS; step++) {
    const grad = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    for (const row of rows) {
      x.set(row.z);
      x[d - 1] = 1;
      let logit = 0;
      for (let i = 0; i < d; i++) logit += theta[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-logit));
      const err = p - row.y;
      const curve = p * (1 - p);
      for (let i = 0; i < d; i++) {
        grad[i]! += err * x[i]!;
        const ci = curve * x[i]!;
        for (let j = i; j < d; j++) hessian[i * d + j]! += ci * x[j]!;
      }
    }
    for (let i = 0; i < d; i++) {
      const penalty = i < d - 1 ? L2 : 0;
      grad[i] = grad[i]! / rows.length + penalty * theta[i]!;
      for (let j = i; j < d; j++) {
        const h = hessian[i * d + j]! / rows.length + (i === j ? penalty : 0);
        hessian[i * d + j] = h;
        hessian[j * d + i] = h;
      }
    }
    const move = solveSymmetric(hessian, grad, d);
    let largest = 0;
    for (let i = 0; i < d; i++) {
      theta[i] = theta[i]! - move[i]!;
      largest = Math.max(largest, Math.abs(move[i]!));
    }
    if (largest < 1e-10) return { weights: [...theta.subarray(0, d - 1)], bias: theta[d - 1]! };
  }
  throw new Error(`fit:verdict: Newton's method did not settle in ${MAX_STEPS} steps`);
}

/** Solves A x = b for a symmetric positive-definite A (row-major, d × d) by Cholesky factorisation. */
function solveSymmetric(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * d + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * d + k]! * l[j * d + k]!;
      l[i * d + j] = i === j ? Math.sqrt(sum) : sum / l[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * d + k]! * y[k]!;
    y[i] = sum / l[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < d; k++) sum -= l[k * d + i]! * x[k]!;
    x[i] = sum / l[i * d + i]!;
  }
  return x;
}

/**
 * The threshold with the least expected cost on the rows: the share of positives turned away,
 * times `missCost`, plus the share of negatives let through. Each threshold is judged with its
 * neighbours (a window of ±SMOOTHING), so the choice sits in a broad good region rather than on a
 * knife edge that a handful of tuning questions put there. At ±0.04 the threshold moved by 0.05
 * between refits that changed a few rows, flipping answerable questions near it; ±0.08 held it.
 */
const SMOOTHING = 0.08;
/**
 * The cost is flat near its least: fitted on the same questions read a little differently, the
 * on-topic gate's least moved from 0.64 to 0.70 for a cost 0.8% lower, and six answerable questions
 * became "not in the article". Of the run of thresholds within this share of the least, around it,
 * the lowest is taken: the one that answers most, where the costs say the choice hardly matters. At
 * 0.5% the gate moved between 0.63 and 0.64 as reading changes refitted it, each time turning a
 * handful of answerable questions away; at 1%, on the unread parts, 9 more answerable questions were
 * answered (3 more found first) for 5 more unanswerable ones answered. The gates still move by 0.01
 * to 0.03 as reading changes refit them (on-topic 0.60 to 0.65 over the seventeenth session, one
 * refit turning 7 answerable questions away). 2% was tried then: it answered more and held fewer, and
 * cost two older parts two held questions each, where 1% cost no part more than one.
 */
const NEAR_LEAST = 0.01;
/**
 * A refit keeps the gate the committed model has while that gate's cost stays within this share of
 * the least; past it, the gate is chosen afresh (NEAR_LEAST). The out-of-fold cost is flat near its
 * least, and reading changes that touch a few read questions moved the least by 0.01 to 0.03 and
 * the gate with it, each move turning a handful of answerable questions away or letting a handful
 * of unanswerable ones through (0.62 → 0.65 in the eighteenth session cost 8 questions their place
 * in the first three), so the effect of a reading change could not be read apart from the refit's.
 * The price: the gates depend on the committed model as well as the questions (fitted from no
 * model, today's questions give 0.66 / 0.71, not the kept 0.65 / 0.72), and the band is wide (on
 * today's curves on-topic 0.64–0.72, where answerable questions turned away go from 51 to 64, and
 * answers 0.69–0.79), so `npm test`'s check that the model is current no longer catches a gate
 * moved by hand inside it. 2% as NEAR_LEAST, for choosing afresh, was tried and dropped (seventeenth
 * session); here it only decides whether to choose at all. 3% since the nineteenth session: after
 * 107 missed tuning questions joined the reader questions, 0.65 stood just past 2% and the gate went
 * to 0.68, which turned away "is he from saudi arabia" and, on every labelled part, 13 questions
 * from the first place, 13 from the first three and 14 from the answered, for 4 more unanswerable
 * ones held.
 */
const KEEP_WITHIN = 0.03;
export function bestThreshold(
  probs: number[],
  ys: number[],
  missCost = 1,
  committed?: number,
): { at: number; balanced: number } {
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
  const kept = committed === undefined ? undefined : judged.find((j) => Math.abs(j.at - committed) < 1e-9);
  if (kept && kept.cost <= least * (1 + KEEP_WITHIN)) return { at: kept.at, balanced: kept.balanced };
  // The lowest of the run of near-least thresholds around the least itself: a separate dip further
  // down, however cheap, is another region of the curve, not this one's edge.
  let lowest = judged.findIndex((j) => j.cost === least);
  while (lowest > 0 && judged[lowest - 1]!.cost <= least * (1 + NEAR_LEAST)) lowest--;
  const best = judged[lowest]!;
  return { at: best.at, balanced: best.balanced };
}

/**
 * Turning an answerable question away as "not in the article" hides the passage; calling an
 * off-topic question "related" still says plainly that the article does not answer it. So the
 * on-topic gate counts a miss six times. Each time more of the plainly off-topic questions are
 * turned away before the model (small talk, everyday subjects, then questions about the bot and
 * facts of geography), the questions left to it are harder, the gate grew stricter, and answerable
 * questions were lost: at three, "why are the two drifting apart" was "not in the article". Fitted
 * on every read part, at four the gate turned away 25 more answerable questions than the gate
 * fitted on the first 1,329 had; at six it turns away as many as that one did.
 */
const ON_TOPIC_MISS_COST = 6;

/**
 * The read parts' files, in order, and whether each is fitted on. Those whose answerable questions
 * became reader questions (MERGED_PARTS) are not: each such question would meet itself in the
 * wording, word-overlap and meaning likeness (97% at exactly 1, against about 0.48 for the rest),
 * and teach the model a likeness no new question reaches. Fitted on the first 1,329 questions alone,
 * the models held 24 fewer unanswerable questions on the rest than fitted on three quarters of them
 * (four ways, each quarter scored by the fit on the others).
 */
const MERGED: ReadonlySet<string> = new Set(MERGED_PARTS);
const READ_FILES = READ_PARTS.flatMap((p) => p.files.map((file) => ({ file, fitted: !MERGED.has(file) })));

/** Four places; -0, which JSON writes as 0, as 0; anything not finite is a fit gone wrong. */
function round(v: number): number {
  if (!Number.isFinite(v)) throw new Error(`fit:verdict: a fitted value is ${v}; the fit diverged`);
  const r = Math.round(v * 1e4) / 1e4;
  return r === 0 ? 0 : r;
}

/**
 * Each row's probability from a model fitted without it (FOLDS folds, every FOLDS-th row held out).
 * The questions fitted on are all but separated by the model that saw them, so a threshold chosen
 * on its own probabilities lies anywhere in a wide flat region (0.05 to 0.84 at one refit), and
 * moved by 0.24 when a few features changed. Held-out probabilities say where unseen questions fall.
 */
const FOLDS = 5;
function outOfFold(rows: ReadonlyArray<{ z: readonly number[]; y: number }>): number[] {
  const probs = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit = fitLogistic(rows.filter((_, k) => k % FOLDS !== fold));
    const part = { weights: fit.weights, bias: fit.bias, threshold: 0.5 };
    rows.forEach((r, k) => {
      if (k % FOLDS === fold) probs[k] = probability(part, r.z);
    });
  }
  return probs;
}

const meanOf = (rows: ReadonlyArray<readonly number[]>, i: number): number =>
  rows.reduce((s, r) => s + r[i]!, 0) / rows.length;
const scaleOf = (rows: ReadonlyArray<readonly number[]>, i: number, mean: number): number =>
  Math.max(1e-4, Math.sqrt(rows.reduce((s, r) => s + (r[i]! - mean) ** 2, 0) / rows.length));

/** Fits the model on the read parts; deterministic, so a test can check the file. */
export function fitVerdictModel(): { model: VerdictModel; report: string } {
  const core = createCore();
  const asked = JSON.parse(readFileSync(ASKED_BEFORE, 'utf8')) as AskedBeforeFile;
  // Each question is also one asked before (data/asked-before.json, the same parts in the same
  // order): it is compared with every other, never with itself. A stale file would silently
  // compare it with another, or with itself: it must hold this very question at this place.
  const current = buildAskedBefore(core.search);
  for (const label of ['answer', 'related', 'none'] as const) {
    const position = current[label].findIndex((terms, i) => asked[label][i] !== terms);
    if (position >= 0 || asked[label].length !== current[label].length) {
      const at = position >= 0 ? position : Math.min(asked[label].length, current[label].length);
      throw new Error(
        `fit:verdict: data/asked-before.json is stale at ${label}[${at}]; run npm run build:asked-before`,
      );
    }
  }
  const seen = { answer: 0, related: 0, none: 0 };
  const measured = READ_FILES.flatMap(({ file, fitted }) =>
    readLabelled([file]).flatMap((c) => {
      const position = seen[c.label]++;
      const f = fitted ? core.search.features(c.q, { label: c.label, position }) : null;
      return f ? [{ x: featureVector(f), label: c.label }] : [];
    }),
  );
  const xs = measured.map((m) => m.x);
  const mean = FEATURE_NAMES.map((_, i) => round(meanOf(xs, i)));
  const scale = FEATURE_NAMES.map((_, i) => round(scaleOf(xs, i, mean[i]!)));
  const raw = xs.map((x) => rawTerms(x, mean, scale));
  const termMean = Array.from({ length: TERM_COUNT }, (_, k) => round(meanOf(raw, k)));
  const termScale = Array.from({ length: TERM_COUNT }, (_, k) => round(scaleOf(raw, k, termMean[k]!)));
  const rows = measured.map((m, r) => ({
    label: m.label,
    z: raw[r]!.map((t, k) => (t - termMean[k]!) / termScale[k]!),
  }));
  const onTopicRows = rows.map((r) => ({ z: r.z, y: r.label === 'none' ? 0 : 1 }));
  const answerRows = rows.filter((r) => r.label !== 'none').map((r) => ({ z: r.z, y: r.label === 'answer' ? 1 : 0 }));
  const onTopicFit = fitLogistic(onTopicRows);
  const answersFit = fitLogistic(answerRows);
  const committed = committedGates();
  const onTopicBest = bestThreshold(
    outOfFold(onTopicRows),
    onTopicRows.map((r) => r.y),
    ON_TOPIC_MISS_COST,
    committed?.onTopic,
  );
  const answersBest = bestThreshold(
    outOfFold(answerRows),
    answerRows.map((r) => r.y),
    1,
    committed?.answers,
  );
  const model: VerdictModel = {
    fittedOn: `${rows.length} questions: the read parts (${READ_PARTS.map((p) => p.part).join(', ')}) but those merged into the reader questions`,
    features: [...FEATURE_NAMES],
    mean,
    scale,
    termMean,
    termScale,
    onTopic: {
      weights: onTopicFit.weights.map(round),
      bias: round(onTopicFit.bias),
      threshold: round(onTopicBest.at),
    },
    answers: { weights: answersFit.weights.map(round), bias: round(answersFit.bias), threshold: round(answersBest.at) },
  };
  const report = `balanced accuracy on the questions fitted on, held out by fold: on-topic ${onTopicBest.balanced.toFixed(3)}, answers ${answersBest.balanced.toFixed(3)}`;
  return { model, report };
}

/** The committed model's gates (KEEP_WITHIN), if there is a committed model to read. */
function committedGates(): { onTopic: number; answers: number } | undefined {
  if (!existsSync(OUT)) return undefined;
  const model = JSON.parse(readFileSync(OUT, 'utf8')) as VerdictModel;
  return { onTopic: model.onTopic.threshold, answers: model.answers.threshold };
}

if (process.argv[1]?.endsWith('fit-verdict.ts')) {
  const { model, report } = fitVerdictModel();
  writeFileSync(OUT, `${JSON.stringify(model, null, 2)}\n`);
  console.log(report);
}
