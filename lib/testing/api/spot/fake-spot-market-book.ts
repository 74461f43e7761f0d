import Big from 'big.js';
import { drawQty, qtyScale } from './fake-spot-market-seeding.js';
import type { FakeBookLevel, FakeBookSnapshot } from '../../book/fake-book-types.js';
import type { FakeSpotSymbolDefinition } from './fake-spot-market-symbols.js';
import { floorTo, isPositiveDecimal, wire8 } from './market-decimal.js';
import { mixSeed, unitAt } from './market-seed.js';

/** A price level in Binance's wire form: `[price, quantity]`, 8-decimal strings. @internal */
export type FakePriceLevel = FakeBookLevel;

/** An order book snapshot as `depth` returns it: bids best (highest) first, asks best (lowest) first. @internal */
export type FakeSpotBook = FakeBookSnapshot;

/** An order book a test sets with `FakeSpotMarket.setBook`: decimal strings, any order. @internal */
export interface FakeSpotBookInput {
  readonly lastUpdateId: number;
  readonly bids: readonly (readonly [price: string, qty: string])[];
  readonly asks: readonly (readonly [price: string, qty: string])[];
}

/** The deepest book `depth` serves (`spec/spot-ws-api.md` §6.2). @internal */
export const MAX_BOOK_LEVELS = 5000;

/**
 * A generated book around the last price: the best bid is the last price rounded down to the
 * tick, the best ask one tick above it, then one level per tick with seeded quantities. Each
 * level's quantity depends only on the seed, side and depth, so a deeper request extends a
 * shallower one. Bids stop before the price would reach zero.
 *
 * @param def - the symbol
 * @param seed - the market's seed
 * @param lastPrice - the price the book is centred on
 * @param lastUpdateId - the book's update id
 * @param limit - levels per side, at most {@link MAX_BOOK_LEVELS}
 * @returns the book, wire form
 *
 * @internal
 */
export function generatedBook(
  def: FakeSpotSymbolDefinition,
  seed: number,
  lastPrice: Big,
  lastUpdateId: number,
  limit: number,
): FakeSpotBook {
  const tick = new Big(def.tickSize);
  const scale = qtyScale(def);
  const bids: FakePriceLevel[] = [];
  const asks: FakePriceLevel[] = [];
  const bidSeed = mixSeed(seed, def.symbol, 'bid');
  const askSeed = mixSeed(seed, def.symbol, 'ask');
  let bid = floorTo(lastPrice, tick);
  let ask = bid.plus(tick);
  for (let i = 0; i < limit; i++) {
    if (bid.gt(0)) bids.push([wire8(bid), wire8(drawQty(() => unitAt(bidSeed, i), scale))]);
    asks.push([wire8(ask), wire8(drawQty(() => unitAt(askSeed, i), scale))]);
    bid = bid.minus(tick);
    ask = ask.plus(tick);
  }
  return { lastUpdateId, bids, asks };
}

/**
 * Validates and orders a book set by a test: every price and quantity must be a positive
 * decimal; levels are formatted to 8 decimals and sorted best first.
 *
 * @param input - the book as the test wrote it
 * @returns the book, wire form
 * @throws {@link RangeError} for a malformed level or a negative `lastUpdateId`
 *
 * @internal
 */
export function normalizedBook(input: FakeSpotBookInput): FakeSpotBook {
  if (!Number.isSafeInteger(input.lastUpdateId) || input.lastUpdateId < 0) {
    throw new RangeError(`lastUpdateId must be a non-negative integer, got ${input.lastUpdateId}`);
  }
  return {
    lastUpdateId: input.lastUpdateId,
    bids: levels(input.bids).sort((a, b) => new Big(b[0]).cmp(a[0])),
    asks: levels(input.asks).sort((a, b) => new Big(a[0]).cmp(b[0])),
  };
}

function levels(input: readonly (readonly [string, string])[]): FakePriceLevel[] {
  return input.map(([price, qty]) => {
    if (!isPositiveDecimal(price) || !isPositiveDecimal(qty)) {
      throw new RangeError(`a book level must be [price, qty] positive decimals, got ${JSON.stringify([price, qty])}`);
    }
    return [wire8(price), wire8(qty)] as const;
  });
}
