import Big from 'big.js';
import { wire8, ZERO_8 } from '../api/spot/market-decimal.js';

/** One side of a change, flat: `[price, qty, price, qty, …]`, canonical 8-decimal strings. @internal */
export type FlatLevels = readonly string[];

/** The level changes of one event, flat per side; a zero quantity (`ZERO_8`) removes the level. @internal */
export interface FlatChange {
  readonly bids: FlatLevels;
  readonly asks: FlatLevels;
}

const UNITS_PER_ONE = 100_000_000;
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Orders two canonical 8-decimal prices (`wire8` output: no leading zeros, exactly 8 decimals)
 * exactly, without parsing: a longer string is a larger number, equal lengths compare as text.
 *
 * @param a - a canonical price
 * @param b - another one
 * @returns negative if `a < b`, 0 if equal, positive if `a > b`
 *
 * @internal
 */
export function compareWire8(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A whole number of 1e-8 units in canonical 8-decimal form (`1` → `"0.00000001"`), with integer
 * arithmetic only: the hot path of the random and planned events never builds a `Big`.
 *
 * @param units - a non-negative safe integer
 * @returns the same text `wire8` gives for that value
 *
 * @internal
 */
export function wire8OfUnits(units: number): string {
  const fraction = units % UNITS_PER_ONE;
  const whole = (units - fraction) / UNITS_PER_ONE;
  return `${whole}.${String(fraction).padStart(8, '0')}`;
}

/**
 * The value of a canonical 8-decimal string in 1e-8 units.
 *
 * @param text - a `wire8` string
 * @returns the units, a safe integer
 * @throws {@link RangeError} when the value needs more than 53 bits (above about 90 million)
 *
 * @internal
 */
export function unitsOfWire8(text: string): number {
  const point = text.indexOf('.');
  const units = Number(text.slice(0, point)) * UNITS_PER_ONE + Number(text.slice(point + 1));
  if (!Number.isSafeInteger(units)) throw new RangeError(`${text} is too large for the fake's random book`);
  return units;
}

/**
 * A tick or step size in 1e-8 units.
 *
 * @param text - a positive decimal with at most 8 decimals
 * @returns the units, a positive safe integer
 * @throws {@link RangeError} for a finer size (Binance's wire has 8 decimals) or a too large one
 *
 * @internal
 */
export function unitsOfSize(text: string): number {
  const scaled = new Big(text).times(UNITS_PER_ONE);
  if (!scaled.eq(scaled.round(0, Big.roundDown)) || scaled.lte(0)) {
    throw new RangeError(`${text} is not a positive multiple of 0.00000001`);
  }
  const units = Number(scaled.toFixed(0));
  if (!Number.isSafeInteger(units)) throw new RangeError(`${text} is too large for the fake's random book`);
  return units;
}

/**
 * Reads one `[price, qty]` a test passed to `FakeOrderBook.update` into canonical wire form.
 *
 * @param level - the level as written by the test
 * @returns `[price, qty]` as `wire8` strings (a zero quantity becomes `ZERO_8`)
 * @throws {@link RangeError} when the price is not a positive decimal or the quantity not a
 * non-negative one
 *
 * @internal
 */
export function wireLevel(level: readonly [string, string]): readonly [string, string] {
  const [price, qty] = level;
  if (!DECIMAL.test(price) || !DECIMAL.test(qty) || new Big(price).lte(0)) {
    throw new RangeError(`a book change must be [price, qty] decimals with a positive price, got ${JSON.stringify(level)}`);
  }
  const price8 = wire8(price);
  if (price8 === ZERO_8) throw new RangeError(`price ${price} is zero at 8 decimals`);
  return [price8, wire8(qty)];
}
