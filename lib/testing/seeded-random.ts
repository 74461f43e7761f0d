/**
 * A small deterministic random source (mulberry32): the same seed gives the same sequence, so
 * a test, a property spec or a benchmark replays exactly. Also fits `backoffPolicy({ random })`.
 *
 * @param seed - any integer
 * @returns a function giving uniform numbers in [0, 1)
 *
 * @example
 * ```ts
 * import { seededRandom } from 'binance-rx/testing';
 * const random = seededRandom(42);
 * random(); // always the same first value for seed 42
 * ```
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
