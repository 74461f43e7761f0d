import Big from 'big.js';
import * as t from 'io-ts';
import { parseDecimal } from './parse-decimal.js';

/**
 * A decimal sent as a string (`"0.00100000"`) decoded to an exact `Big`; encodes back to a
 * plain decimal string. Never goes through a JS number.
 *
 * @example
 * ```ts
 * import { BigFromString } from 'binance-rx';
 * BigFromString.decode('102571.17000000'); // Right(Big)
 * ```
 */
export const BigFromString = new t.Type<Big, string, unknown>(
  'BigFromString',
  (u): u is Big => u instanceof Big,
  (u, c) => {
    const decimal = typeof u === 'string' ? parseDecimal(u) : undefined;
    return decimal === undefined ? t.failure(u, c) : t.success(decimal);
  },
  (b) => b.toFixed(),
);

/**
 * A decimal string, or `null` where Binance documents "null if unavailable".
 *
 * @example
 * ```ts
 * import { NullableBigFromString } from 'binance-rx';
 * NullableBigFromString.decode(null); // Right(null)
 * ```
 */
export const NullableBigFromString = t.union([BigFromString, t.null], 'NullableBigFromString');
