import Big from 'big.js';
import type { FakeBookChange } from '../../book/fake-book-types.js';
import type { FakeSpotMarketView } from '../fake-api-types.js';
import type { FakeSpotLevel, FakeSpotLiquidity, FakeSpotTake } from './fake-spot-liquidity.js';
import { decimalLevels, takenLevels, withChanges } from './fake-spot-market-take.js';
import type { FakeOrderSide } from './fake-spot-order.js';
import { generatedBook, MAX_BOOK_LEVELS, normalizedBook, type FakeSpotBook, type FakeSpotBookInput } from './fake-spot-market-book.js';
import { symbolFilters, type FakeSpotFilter } from './fake-spot-market-filters.js';
import type { FakeSpotTrade, FakeSpotTradeLog } from './fake-spot-market-history.js';
import { seedBlockTrades, seedTradeLog, type FakeSpotBlockTrade } from './fake-spot-market-seeding.js';
import {
  DEFAULT_FAKE_SPOT_SYMBOLS,
  DEFAULT_REFERENCE_CALCULATION,
  type FakeReferenceCalculation,
  type FakeSpotSymbolDefinition,
  type FakeSymbolStatus,
} from './fake-spot-market-symbols.js';
import { isPositiveDecimal, wire8 } from './market-decimal.js';
import { drawInt, randomFor } from './market-seed.js';

/** Options of {@link FakeSpotMarket}. @internal */
export interface FakeSpotMarketOptions {
  /** Seed of every generated price, quantity and id; default `1`. */
  readonly seed?: number;
  /** The listed symbols; default `DEFAULT_FAKE_SPOT_SYMBOLS` (BTCUSDT, ETHUSDT, BNBUSDT, BNBBTC, LTCBTC, ETHBTC). */
  readonly symbols?: readonly FakeSpotSymbolDefinition[];
  /** Epoch ms the generated trade histories end at; default: the first request's server time. */
  readonly historyEndTime?: number;
}

/** A trade a test adds with {@link FakeSpotMarket.addTrade}. @internal */
export interface FakeSpotTradeSpec {
  readonly price: string;
  readonly qty: string;
  /** Epoch ms; raised to the previous trade's time if earlier. */
  readonly time: number;
  /** Default `false` (the taker bought). */
  readonly isBuyerMaker?: boolean;
}

interface SymbolState {
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
 * A symbol's live book (`FakeBinance.orderBook`) as the market uses it.
 *
 * @internal
 */
export interface FakeLiveBookAccess {
  /** What `depth` answers: the best `limit` levels per side (0 to 5000), stale if the test asked so. */
  readonly served: (limit: number) => FakeSpotBook;
  /** The book as it is now, for the matching engine. */
  readonly current: (limit: number) => FakeSpotBook;
  /** Applies (and publishes) a change of levels: what orders took from the book. */
  readonly write: (change: FakeBookChange) => void;
}

/**
 * A change of a symbol's market: its book moved, or orders traded (`trades`, oldest first).
 *
 * @internal
 */
export interface FakeSpotMarketChange {
  readonly symbol: string;
  readonly trades: readonly FakeSpotTrade[];
}

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
  readonly #symbols = new Map<string, SymbolState>();
  readonly #listeners = new Set<(change: FakeSpotMarketChange) => void>();
  #historyEndTime: number | undefined;

  /**
   * @param options - seed, listing and history end
   * @throws {@link RangeError} for a duplicate symbol or a definition whose decimals are not positive
   */
  constructor(options: FakeSpotMarketOptions = {}) {
    this.seed = options.seed ?? 1;
    this.#historyEndTime = options.historyEndTime;
    for (const def of options.symbols ?? DEFAULT_FAKE_SPOT_SYMBOLS) {
      if (this.#symbols.has(def.symbol)) throw new RangeError(`symbol ${def.symbol} is listed twice`);
      for (const value of [def.price, def.tickSize, def.stepSize, def.typicalQty, def.minNotional]) {
        if (!isPositiveDecimal(value)) throw new RangeError(`${def.symbol}: ${value} is not a positive decimal`);
      }
      this.#symbols.set(def.symbol, {
        def,
        lastPrice: new Big(def.price),
        status: def.status ?? 'TRADING',
        lastUpdateId: drawInt(randomFor(this.seed, def.symbol, 'book'), 1_000_000_000, 9_999_999_999),
        explicitBook: undefined,
        live: undefined,
        traded: false,
        generated: undefined,
        referencePrice: undefined,
        log: undefined,
        blockTrades: undefined,
      });
    }
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
    const state = this.#state(symbol);
    const depth = Math.max(0, Math.min(limit, MAX_BOOK_LEVELS));
    if (state.live !== undefined) return state.live.served(depth);
    const key = `${state.lastUpdateId}@${state.lastPrice.toFixed()}`;
    if (state.explicitBook === undefined && (state.generated?.key !== key || state.generated.depth < depth)) {
      // at least 100 levels, so the usual depth requests share one build
      const built = Math.max(depth, 100);
      state.generated = { key, depth: built, book: generatedBook(state.def, this.seed, state.lastPrice, state.lastUpdateId, built) };
    }
    const book = state.explicitBook ?? state.generated?.book;
    if (book === undefined) throw new RangeError(`no book for ${symbol}`);
    return { lastUpdateId: book.lastUpdateId, bids: book.bids.slice(0, depth), asks: book.asks.slice(0, depth) };
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
    state.lastPrice = new Big(price);
    state.lastUpdateId += 1;
    if (state.traded) {
      state.explicitBook = undefined;
      state.traded = false;
    }
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
    state.explicitBook = book === undefined ? undefined : normalizedBook(book);
    state.traded = false;
    if (book !== undefined) state.lastUpdateId = book.lastUpdateId;
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
    const side = (taker: FakeOrderSide, depth: number): readonly FakeSpotLevel[] => {
      const book = state.live === undefined ? this.book(symbol, depth) : state.live.current(depth);
      return decimalLevels(taker === 'BUY' ? book.asks : book.bids);
    };
    return {
      symbol,
      get last() {
        return state.lastPrice;
      },
      stepSize: new Big(state.def.stepSize),
      against: side,
      bestOwn: (taker) => side(taker === 'BUY' ? 'SELL' : 'BUY', 1)[0]?.price,
      take: (side, takes, time, resting = false) => this.#take(state, side, takes, time, resting),
    };
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

  #take(state: SymbolState, orderSide: FakeOrderSide, takes: readonly FakeSpotTake[], time: number, resting: boolean): void {
    const symbol = state.def.symbol;
    const side = orderSide === 'BUY' ? 'asks' : 'bids';
    const isBuyerMaker = resting ? orderSide === 'BUY' : orderSide === 'SELL';
    if (state.live !== undefined) {
      // takes walk the side from its best level, so that many levels hold every price taken
      const levels = state.live.current(takes.length)[side];
      state.live.write({ [side]: takenLevels(levels, takes) });
    } else {
      const book = this.book(symbol, MAX_BOOK_LEVELS);
      const changes = takenLevels(book[side], takes);
      state.lastUpdateId += 1;
      state.explicitBook = { ...book, lastUpdateId: state.lastUpdateId, [side]: withChanges(book[side], changes) };
      state.traded = true;
    }
    const log = this.tradeLog(symbol, time);
    // an aggregate trade is one taker order's trades at one price: a taking order's first take
    // starts one; against a resting order every level was another taker
    const trades = takes.map((take, i) => log.append({ price: take.price, qty: take.qty, time, isBuyerMaker, newAggregate: resting || i === 0 }));
    const last = trades[trades.length - 1];
    if (last !== undefined) state.lastPrice = last.price;
    this.changed(symbol, trades);
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
    const trade = this.tradeLog(symbol, spec.time).append({
      price: new Big(spec.price),
      qty: new Big(spec.qty),
      time: spec.time,
      isBuyerMaker: spec.isBuyerMaker ?? false,
    });
    state.lastPrice = trade.price;
    state.lastUpdateId += 1;
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

  #state(symbol: string): SymbolState {
    const state = this.#symbols.get(symbol);
    if (state === undefined) throw new RangeError(`symbol ${symbol} is not listed on the fake spot market`);
    return state;
  }
}
