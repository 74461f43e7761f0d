import type Big from 'big.js';
import * as t from 'io-ts';
import { BigFromString } from './big-from-string.js';
import { parseDecimal } from './parse-decimal.js';

/** One order-book level: an exact price and the quantity resting at it. */
export interface PriceLevel {
  readonly price: Big;
  readonly quantity: Big;
}

/** The wire form of a level: `["0.0024", "10"]`. */
export type PriceLevelWire = readonly [string, string];

/**
 * Binance's `[[price, quantity], …]` arrays decoded to {@link PriceLevel}s, order kept.
 *
 * @remarks Depth payloads carry up to thousands of levels, so this loops directly instead of
 * composing `t.array(t.tuple(...))`; a bad entry is reported with its index.
 *
 * @example
 * ```ts
 * import { PriceLevels } from 'binance-rx';
 * PriceLevels.decode([['0.0024', '10']]); // Right([{ price: Big(0.0024), quantity: Big(10) }])
 * ```
 */
export const PriceLevels = new t.Type<readonly PriceLevel[], readonly PriceLevelWire[], unknown>(
  'PriceLevels',
  (u): u is readonly PriceLevel[] =>
    Array.isArray(u) && u.every((l: unknown) => typeof l === 'object' && l !== null && 'price' in l && 'quantity' in l),
  (u, c) => {
    if (!Array.isArray(u)) return t.failure(u, c);
    const levels: PriceLevel[] = new Array<PriceLevel>(u.length);
    for (let i = 0; i < u.length; i++) {
      const entry: unknown = u[i];
      if (!Array.isArray(entry) || entry.length < 2) {
        return t.failure(entry, t.appendContext(c, String(i), LevelTuple, entry));
      }
      const [rawPrice, rawQuantity]: unknown[] = entry;
      const price = typeof rawPrice === 'string' ? parseDecimal(rawPrice) : undefined;
      const quantity = typeof rawQuantity === 'string' ? parseDecimal(rawQuantity) : undefined;
      if (price === undefined || quantity === undefined) {
        return LevelTuple.validate(entry, t.appendContext(c, String(i), LevelTuple, entry)) as t.Validation<never>;
      }
      levels[i] = { price, quantity };
    }
    return t.success(levels);
  },
  (levels) => levels.map((l): PriceLevelWire => [l.price.toFixed(), l.quantity.toFixed()]),
);

const LevelTuple = t.tuple([BigFromString, BigFromString], 'PriceLevel');
