import Big from 'big.js';
import type { FakeSpotMarketView } from '../fake-api-types.js';
import type { FakeSpotLiquidity, FakeSpotTake } from './fake-spot-liquidity.js';
import type { FakeSpotBook, FakeSpotBookInput } from './fake-spot-market-book.js';
import { symbolFilters, type FakeSpotFilter } from './fake-spot-market-filters.js';
import type { FakeSpotTrade, FakeSpotTradeLog } from './fake-spot-market-history.js';
import { symbolLiquidity } from './fake-spot-market-liquidity.js';
import { servedBook } from './fake-spot-market-served-book.js';
import { seedBlockTrades, seedTradeLog, type FakeSpotBlockTrade } from './fake-spot-market-seeding.js';
import { moveLastPrice, replaceBook, symbolStates, type FakeSpotSymbolState } from './fake-spot-market-state.js';
import {
  DEFAULT_FAKE_SPOT_SYMBOLS,
  DEFAULT_REFERENCE_CALCULATION,
  type FakeReferenceCalculation,
  type FakeSpotSymbolDefinition,
  type FakeSymbolStatus,
} from './fake-spot-market-symbols.js';
import { recordTakes, recordTrade, takeFromBook } from './fake-spot-market-trading.js';
import type { FakeLiveBookAccess, FakeSpotMarketChange, FakeSpotMarketOptions, FakeSpotTradeSpec } from './fake-spot-market-types.js';
import type { FakeOrderSide } from './fake-spot-order.js';
import { isPositiveDecimal, wire8 } from './market-decimal.js';

export type { FakeLiveBookAccess, FakeSpotMarketChange, FakeSpotMarketOptions, FakeSpotTradeSpec } from './fake-spot-market-types.js';

/**
 * The fake exchange's spot market: listed symbols with Binance-like filters, a last price, an
 * order book and a trade history per symbol, all generated from one seed. The market-data
 * handlers read it; tests and the trading handlers change it through the setters.
 *
 * @remarks Trade histories are generated on first use, ending at `historyEndTime` (or at the
 * server time of the first request that needs one) and at the symbol's last price then.
 * Everything is deterministic for a seed and the same sequence of calls.
 *
 * @example
 * ```ts
 * import { FakeSpotMarket } from './fake-spot-market.js';
 * const market = new FakeSpotMarket({ seed: 7 });
 * market.setLastPrice('BTCUSDT', '70000');
 * market.lastPrice('BTCUSDT'); // '70000.00000000'
 * ```
 *
 * @internal
 */
export class FakeSpotMarket implements FakeSpotMarketView {
  /** The seed everything is generated from. */
  readonly seed: number;
  readonly #symbols: Map<string, FakeSpotSymbolState>;
  readonly #listeners = new Set<(change: FakeSpotMarketChange) => void>();
  #historyEndTime: number | undefined;

  /**
   * @param options - seed, listing and history end
   * @throws {@link RangeError} for a duplicate symbol or a definition whose decimals are not positive
   */
  constructor(options: FakeSpotMarketOptions = {}) {
    this.seed = options.seed ?? 1;
    this.#historyEndTime = options.historyEndTime;
    this.#symbols = symbolStates(options.symbols ?? DEFAULT_FAKE_SPOT_SYMBOLS, this.seed);
  }

  /** {@inheritDoc FakeSpotMarketView.hasSymbol} */
  hasSymbol(symbol: string): boolean {
    return this.#symbols.has(symbol);
  }

  /** {@inheritDoc FakeSpotMarketView.assetsOf} */
  assetsOf(symbol: string): { readonly baseAsset: string; readonly quoteAsset: string } | undefined {
    const def = this.#symbols.get(symbol)?.def;
    return def === undefined ? undefined : { baseAsset: def.baseAsset, quoteAsset: def.quoteAsset };
  }

  /**
   * {@inheritDoc FakeSpotMarketView.lastPrice}
   * @throws {@link RangeError} for a symbol that is not listed
   */
  lastPrice(symbol: string): string {
    return wire8(this.#state(symbol).lastPrice);
  }

  /** The listed symbols, in listing order. */
  symbols(): readonly string[] {
    return [...this.#symbols.keys()];
  }

  /** The definition of a listed symbol, or `undefined`. */
  definitionOf(symbol: string): FakeSpotSymbolDefinition | undefined {
    return this.#symbols.get(symbol)?.def;
  }

  /** The current status of a listed symbol. @throws {@link RangeError} if not listed */
  statusOf(symbol: string): FakeSymbolStatus {
    return this.#state(symbol).status;
  }

  /** The `exchangeInfo` filters of a listed symbol, wire form. @throws {@link RangeError} if not listed */
  filtersOf(symbol: string): readonly FakeSpotFilter[] {
    return symbolFilters(this.#state(symbol).def);
  }

  /**
   * The order book of a listed symbol, best levels first: its live book if one is attached
   * ({@link attachLiveBook}), else the one set by {@link setBook}, or one generated around the
   * last price.
   *
   * @param symbol - a listed symbol
   * @param limit - levels per side (1 to 5000)
   * @returns the book, wire form
   * @throws {@link RangeError} if not listed
   */
  book(symbol: string, limit: number = 100): FakeSpotBook {
    return servedBook(this.#state(symbol), this.seed, limit);
  }

  /**
   * The trade history of a listed symbol, generated on first use.
   *
   * @param symbol - a listed symbol
   * @param now - the server time; anchors the histories if nothing anchored them yet
   * @returns the symbol's trade log (may hold trades after `now` if a test added them)
   * @throws {@link RangeError} if not listed
   */
  tradeLog(symbol: string, now: number): FakeSpotTradeLog {
    const state = this.#state(symbol);
    this.#historyEndTime ??= now;
    state.log ??= seedTradeLog(state.def, this.seed, this.#historyEndTime, state.lastPrice);
    return state.log;
  }

  /**
   * The block trades of a listed symbol, generated with its history.
   *
   * @param symbol - a listed symbol
   * @param now - as for {@link tradeLog}
   * @returns the block trades, oldest first
   * @throws {@link RangeError} if not listed
   */
  blockTrades(symbol: string, now: number): readonly FakeSpotBlockTrade[] {
    const state = this.#state(symbol);
    const log = this.tradeLog(symbol, now);
    state.blockTrades ??= seedBlockTrades(state.def, this.seed, log);
    return state.blockTrades;
  }

  /** How a listed symbol's reference price is calculated; `null` if it never had one. */
  referenceCalculationOf(symbol: string): FakeReferenceCalculation | null {
    const reference = this.#state(symbol).def.referencePrice;
    return reference === undefined ? DEFAULT_REFERENCE_CALCULATION : reference;
  }

  /** A listed symbol's reference price (8 decimals): the last price unless a test set it; may be `null`. */
  referencePriceOf(symbol: string): string | null {
    const state = this.#state(symbol);
    const price = state.referencePrice === undefined ? state.lastPrice : state.referencePrice;
    return price === null ? null : wire8(price);
  }

  /**
   * Moves a symbol's last price without a trade; a generated book re-centres on it.
   *
   * @param symbol - a listed symbol
   * @param price - a positive decimal string
   * @throws {@link RangeError} if not listed or not a positive decimal
   */
  setLastPrice(symbol: string, price: string): void {
    const state = this.#state(symbol);
    if (!isPositiveDecimal(price)) throw new RangeError(`price must be a positive decimal, got ${price}`);
    moveLastPrice(state, new Big(price));
    this.changed(symbol);
  }

  /**
   * Sets a symbol's order book until the next `setBook`; `undefined` returns to the generated one.
   * Orders trade against it (and take from it) from then on.
   *
   * @param symbol - a listed symbol
   * @param book - levels as decimal strings (any order) and the book's `lastUpdateId`
   * @throws {@link RangeError} if not listed, a level is malformed, or the symbol has a live book
   */
  setBook(symbol: string, book: FakeSpotBookInput | undefined): void {
    const state = this.#state(symbol);
    if (state.live !== undefined) throw new RangeError(`${symbol} has a live order book (FakeBinance.orderBook): change it with update()`);
    replaceBook(state, book);
    this.changed(symbol);
  }

  /**
   * Hands a symbol's book to a live source for good (`FakeBinance.orderBook`): {@link book} then
   * answers from it, and {@link setBook} is refused.
   *
   * @param symbol - a listed symbol
   * @param live - how to read and change the live book
   * @throws {@link RangeError} if not listed or already live
   */
  attachLiveBook(symbol: string, live: FakeLiveBookAccess): void {
    const state = this.#state(symbol);
    if (state.live !== undefined) throw new RangeError(`${symbol} already has a live order book`);
    state.live = live;
  }

  /**
   * What the matching engine trades against for a symbol: its book (live, set or generated),
   * read fresh on every call, and its last price.
   *
   * @param symbol - a listed symbol
   * @returns the symbol's liquidity
   * @throws {@link RangeError} if not listed
   */
  liquidity(symbol: string): FakeSpotLiquidity {
    const state = this.#state(symbol);
    return symbolLiquidity(state, this.seed, (side, takes, time, resting = false) => this.#take(state, side, takes, time, resting));
  }

  /**
   * Registers a listener of every change of the market's books and trades (the fake crosses
   * resting orders with it).
   *
   * @param listener - called synchronously after each change
   * @returns a function that removes the listener
   */
  onChange(listener: (change: FakeSpotMarketChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Tells the listeners that a symbol's book changed (a live book calls it after each change).
   *
   * @param symbol - a listed symbol
   * @param trades - trades that happened with the change, oldest first
   */
  changed(symbol: string, trades: readonly FakeSpotTrade[] = []): void {
    for (const listener of [...this.#listeners]) listener({ symbol, trades });
  }

  #take(state: FakeSpotSymbolState, orderSide: FakeOrderSide, takes: readonly FakeSpotTake[], time: number, resting: boolean): void {
    takeFromBook(state, this.seed, orderSide, takes);
    const trades = recordTakes(state, this.tradeLog(state.def.symbol, time), orderSide, takes, time, resting);
    this.changed(state.def.symbol, trades);
  }

  /**
   * Records a trade; it becomes the symbol's last price.
   *
   * @param symbol - a listed symbol
   * @param spec - price, quantity, time and side
   * @returns the recorded trade, with its id
   * @throws {@link RangeError} if not listed or a decimal is malformed
   */
  addTrade(symbol: string, spec: FakeSpotTradeSpec): FakeSpotTrade {
    const state = this.#state(symbol);
    if (!isPositiveDecimal(spec.price) || !isPositiveDecimal(spec.qty)) {
      throw new RangeError(`price and qty must be positive decimals, got ${spec.price} / ${spec.qty}`);
    }
    const trade = recordTrade(state, this.tradeLog(symbol, spec.time), spec);
    this.changed(symbol, [trade]);
    return trade;
  }

  /** Changes a listed symbol's status. @throws {@link RangeError} if not listed */
  setSymbolStatus(symbol: string, status: FakeSymbolStatus): void {
    this.#state(symbol).status = status;
  }

  /**
   * Pins a symbol's reference price (`null`: currently none), instead of following the last price.
   *
   * @param symbol - a listed symbol
   * @param price - a positive decimal string, or `null`
   * @throws {@link RangeError} if not listed or not a positive decimal
   */
  setReferencePrice(symbol: string, price: string | null): void {
    const state = this.#state(symbol);
    if (price !== null && !isPositiveDecimal(price)) throw new RangeError(`price must be a positive decimal, got ${price}`);
    state.referencePrice = price === null ? null : new Big(price);
  }

  #state(symbol: string): FakeSpotSymbolState {
    const state = this.#symbols.get(symbol);
    if (state === undefined) throw new RangeError(`symbol ${symbol} is not listed on the fake spot market`);
    return state;
  }
}
