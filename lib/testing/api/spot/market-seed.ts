import { seededRandom } from '../../seeded-random.js';

/**
 * Mixes a seed with keys (a symbol, a purpose, a level index…) into a new 32-bit seed, so every
 * generated value can be reached directly, in any order, and stays the same for the same seed.
 *
 * @param seed - the market's seed
 * @param keys - what the value is for, e.g. `('BTCUSDT', 'bid', 12)`
 * @returns an unsigned 32-bit seed for {@link seededRandom}
 *
 * @internal
 */
export function mixSeed(seed: number, ...keys: readonly (string | number)[]): number {
  // FNV-1a over the seed and the keys' text: cheap, and unrelated keys land far apart
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const char of keys.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A random source for one purpose of one symbol, derived with {@link mixSeed}.
 *
 * @param seed - the market's seed
 * @param keys - what the sequence is for
 * @returns uniform numbers in [0, 1), always the same sequence for the same arguments
 *
 * @internal
 */
export function randomFor(seed: number, ...keys: readonly (string | number)[]): () => number {
  return seededRandom(mixSeed(seed, ...keys));
}

/**
 * The `index`-th value of a keyed random stream, in O(1): one integer hash (murmur3's
 * finaliser) instead of a generator per value, for values read by position (book levels).
 *
 * @param base - a seed from {@link mixSeed}
 * @param index - the position, a non-negative integer
 * @returns a uniform number in [0, 1), always the same for the same arguments
 *
 * @internal
 */
export function unitAt(base: number, index: number): number {
  let h = (base ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * A whole number in `[min, max]` drawn from `random`: generated prices and quantities are
 * whole multiples of a tick or step, so the only float is the draw itself.
 *
 * @param random - a uniform source in [0, 1)
 * @param min - the smallest result
 * @param max - the largest result
 * @returns an integer in `[min, max]`
 *
 * @internal
 */
export function drawInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
