import { performance } from 'node:perf_hooks';

/** A measured step: runs `iterations` operations and returns a checksum (kept, so nothing is dead code). */
export type MicroStep = (iterations: number) => number;

/** Checksums of every step, printed once so the optimiser cannot drop the work. */
let checksum = 0;

/**
 * Nanoseconds per operation of `step`: a warm-up of `warmupMs`, then `samples` timed runs of
 * about `sampleMs` each (each long enough to include its share of garbage collections); the
 * fastest, since on a shared machine other processes only ever add time.
 */
export function nsPerOp(step: MicroStep, { warmupMs = 150, sampleMs = 50, samples = 9 } = {}): number {
  let iterations = 1000;
  const warmupEnd = performance.now() + warmupMs;
  let perOpMs = 0;
  while (performance.now() < warmupEnd) {
    const start = performance.now();
    checksum += step(iterations);
    perOpMs = (performance.now() - start) / iterations;
    if (perOpMs * iterations < 10) iterations *= 2;
  }
  iterations = Math.max(1000, Math.round(sampleMs / Math.max(perOpMs, 1e-6)));
  const runs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    checksum += step(iterations);
    runs.push(((performance.now() - start) * 1e6) / iterations);
  }
  return Math.min(...runs);
}

/**
 * {@link nsPerOp} of several steps, taken in turn `rounds` times, keeping each step's fastest:
 * a disturbance then spoils one round of every step instead of all rounds of one step, so
 * differences between steps stay meaningful.
 */
export function nsPerOpInterleaved(steps: readonly MicroStep[], rounds = 3): number[] {
  const best = steps.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    steps.forEach((step, i) => {
      best[i] = Math.min(best[i] as number, nsPerOp(step));
    });
  }
  return best;
}

/** The accumulated checksum (print it once). */
export function microChecksum(): number {
  return checksum;
}
