import { describe, expect, it } from 'vitest';
import { bestThreshold } from '../scripts/fit-verdict.ts';

/** Probabilities for 200 positives spread over 0.3–1.0 and 200 negatives over 0.0–0.7: the classes overlap. */
const probs = [
  ...Array.from({ length: 200 }, (_, i) => 0.3 + (0.7 * i) / 199),
  ...Array.from({ length: 200 }, (_, i) => (0.7 * i) / 199),
];
const ys = [...Array.from({ length: 200 }, () => 1), ...Array.from({ length: 200 }, () => 0)];

describe('the verdict gates a refit chooses', () => {
  it('keeps the committed gate while its cost is near the least, and moves it when it is not', () => {
    const fresh = bestThreshold(probs, ys).at;
    // Next to the fresh choice, the committed gate stands; far from it, it gives way.
    expect(bestThreshold(probs, ys, 1, fresh + 0.01).at).toBeCloseTo(fresh + 0.01, 9);
    expect(bestThreshold(probs, ys, 1, 0.9).at).toBeCloseTo(fresh, 9);
    expect(bestThreshold(probs, ys, 1, 0.1).at).toBeCloseTo(fresh, 9);
  });
});
