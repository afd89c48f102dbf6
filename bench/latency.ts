/** Percentiles of call times, for the in-process rows of `npm run bench`. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarise(samplesMs: number[]): { p50: string; p99: string } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { p50: `${percentile(sorted, 50).toFixed(3)} ms`, p99: `${percentile(sorted, 99).toFixed(3)} ms` };
}

export interface LatencyRow {
  label: string;
  calls: number;
  p50: string;
  p99: string;
  throughput: string;
}

/** `rounds` passes over `inputs`, each call timed; one untimed pass first unless `warmUp` is 'none'. */
export function measure(
  label: string,
  inputs: string[],
  run: (input: string) => unknown,
  rounds: number,
  warmUp: 'one pass' | 'none' = 'one pass',
): LatencyRow {
  if (warmUp === 'one pass') for (const input of inputs) run(input);
  const samples: number[] = [];
  const began = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t = performance.now();
      run(input);
      samples.push(performance.now() - t);
    }
  }
  const seconds = (performance.now() - began) / 1000;
  return {
    label,
    calls: samples.length,
    ...summarise(samples),
    throughput: `${Math.round(samples.length / seconds)}/s`,
  };
}
