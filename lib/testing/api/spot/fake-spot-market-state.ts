import Big from 'big.js';
import { normalizedBook, type FakeSpotBook, type FakeSpotBookInput } from './fake-spot-market-book.js';
import type { FakeSpotTradeLog } from './fake-spot-market-history.js';
import type { FakeSpotBlockTrade } from './fake-spot-market-seeding.js';
import type { FakeSpotSymbolDefinition, FakeSymbolStatus } from './fake-spot-market-symbols.js';
import type { FakeLiveBookAccess } from './fake-spot-market-types.js';
import { isPositiveDecimal } from './market-decimal.js';
import { drawInt, randomFor } from './market-seed.js';

/**
 * Everything `FakeSpotMarket` keeps about one listed symbol; its methods and helpers change it
 * in place.
 *
 * @internal
 */
export interface FakeSpotSymbolState {
  readonly def: FakeSpotSymbolDefinition;
  lastPrice: Big;
  status: FakeSymbolStatus;
  lastUpdateId: number;
  explicitBook: FakeSpotBook | undefined;
  /** The live book answering instead of the set or generated one (`FakeBinance.orderBook`). */
  live: FakeLiveBookAccess | undefined;
  /** Whether `explicitBook` is the generated book after orders took from it (dropped by `setLastPrice`). */
  traded: boolean;
  /** The last generated book, reused while price and update id stay (deep books are costly to build). */
  generated: { readonly key: string; readonly depth: number; readonly book: FakeSpotBook } | undefined;
  referencePrice: Big | null | undefined;
  log: FakeSpotTradeLog | undefined;
  blockTrades: readonly FakeSpotBlockTrade[] | undefined;
}

/**
 * The starting state of every listed symbol: its definition's price and status, and a seeded
 * book update id; books, histories and block trades come later, on first use.
 *
 * @param defs - the listing, in order
 * @param seed - the market's seed
 * @returns the states by symbol, in listing order
 * @throws {@link RangeError} for a duplicate symbol or a definition whose decimals are not positive
 *
 * @internal
 */
export function symbolStates(defs: readonly FakeSpotSymbolDefinition[], seed: number): Map<string, FakeSpotSymbolState> {
  const states = new Map<string, FakeSpotSymbolState>();
  for (const def of defs) {
    if (states.has(def.symbol)) throw new RangeError(`symbol ${def.symbol} is listed twice`);
    for (const value of [def.price, def.tickSize, def.stepSize, def.typicalQty, def.minNotional]) {
      if (!isPositiveDecimal(value)) throw new RangeError(`${def.symbol}: ${value} is not a positive decimal`);
    }
    states.set(def.symbol, {
      def,
      lastPrice: new Big(def.price),
      status: def.status ?? 'TRADING',
      lastUpdateId: drawInt(randomFor(seed, def.symbol, 'book'), 1_000_000_000, 9_999_999_999),
      explicitBook: undefined,
      live: undefined,
      traded: false,
      generated: undefined,
      referencePrice: undefined,
      log: undefined,
      blockTrades: undefined,
    });
  }
  return states;
}

/**
 * Moves a symbol's last price without a trade, under a new book update id: a generated book
 * re-centres on it, and a generated book orders took from is dropped for a fresh one.
 *
 * @param state - the symbol's state; changed in place
 * @param price - the new last price
 *
 * @internal
 */
export function moveLastPrice(state: FakeSpotSymbolState, price: Big): void {
  state.lastPrice = price;
  state.lastUpdateId += 1;
  if (state.traded) {
    state.explicitBook = undefined;
    state.traded = false;
  }
}

/**
 * Sets (or, with `undefined`, clears) a symbol's explicit book; a set book brings its own
 * update id.
 *
 * @param state - the symbol's state, without a live book; changed in place
 * @param book - levels as decimal strings (any order) and the book's `lastUpdateId`
 * @throws {@link RangeError} if a level is malformed
 *
 * @internal
 */
export function replaceBook(state: FakeSpotSymbolState, book: FakeSpotBookInput | undefined): void {
  state.explicitBook = book === undefined ? undefined : normalizedBook(book);
  state.traded = false;
  if (book !== undefined) state.lastUpdateId = book.lastUpdateId;
}
