import type Big from 'big.js';
import type { PriceLevel } from '../codecs/price-level.js';
import type { BookState } from './book-state.js';

/**
 * A managed local order book at one update id, as `stream$(SubType.OrderBook, …)` emits it.
 *
 * @remarks
 * Exactly the exchange's book at `lastUpdateId` for every level the snapshot covered (Binance
 * serves at most `limit` levels per side; levels beyond it are unknown until they change).
 * Immutable: a book you hold never changes; each update emits a new one that shares the
 * untouched parts of the previous one, and `bids` / `asks` are built on first read.
 *
 * @example
 * ```ts
 * import { map } from 'rxjs';
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.OrderBook, 'BTCUSDT', { limit: 1000 })
 *   .pipe(map((book) => book.spread?.toFixed()))
 *   .subscribe(console.log);
 * ```
 */
export interface OrderBook {
  /** The symbol, upper case, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** The update id this book is exact at (the `u` of the last applied event, or the snapshot's id). */
  readonly lastUpdateId: number;
  /** Event time (epoch ms) of the last applied event; `undefined` for a book straight from a snapshot. */
  readonly eventTime: number | undefined;
  /** Every known bid, best (highest price) first. */
  readonly bids: readonly PriceLevel[];
  /** Every known ask, best (lowest price) first. */
  readonly asks: readonly PriceLevel[];
  /** The highest bid. */
  readonly bestBid: PriceLevel | undefined;
  /** The lowest ask. */
  readonly bestAsk: PriceLevel | undefined;
  /** `bestAsk.price - bestBid.price`, exact; `undefined` when a side is empty. */
  readonly spread: Big | undefined;
  /**
   * The best `n` levels of each side.
   *
   * @param n - levels per side (fewer when the side is shorter)
   */
  top(n: number): { readonly bids: readonly PriceLevel[]; readonly asks: readonly PriceLevel[] };
}

/**
 * The {@link OrderBook} the SDK emits: a frozen view of one {@link BookState}.
 *
 * @internal
 */
export class LocalOrderBook implements OrderBook {
  readonly symbol: string;
  readonly lastUpdateId: number;
  readonly eventTime: number | undefined;
  readonly #state: BookState;
  #spread: Big | undefined | null = null;

  constructor(symbol: string, state: BookState) {
    this.symbol = symbol;
    this.lastUpdateId = state.lastUpdateId;
    this.eventTime = state.eventTime;
    this.#state = state;
    Object.freeze(this);
  }

  get bids(): readonly PriceLevel[] {
    return this.#state.bids.levels;
  }

  get asks(): readonly PriceLevel[] {
    return this.#state.asks.levels;
  }

  get bestBid(): PriceLevel | undefined {
    return this.#state.bids.best;
  }

  get bestAsk(): PriceLevel | undefined {
    return this.#state.asks.best;
  }

  get spread(): Big | undefined {
    if (this.#spread === null) {
      const { best: bid } = this.#state.bids;
      const { best: ask } = this.#state.asks;
      this.#spread = bid === undefined || ask === undefined ? undefined : ask.price.minus(bid.price);
    }
    return this.#spread;
  }

  top(n: number): { readonly bids: readonly PriceLevel[]; readonly asks: readonly PriceLevel[] } {
    const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : this.#state.bids.size + this.#state.asks.size;
    return Object.freeze({ bids: this.#state.bids.top(count), asks: this.#state.asks.top(count) });
  }

  /** The book as plain data: `{ symbol, lastUpdateId, eventTime, bids, asks }` with decimal strings. */
  toJSON(): { symbol: string; lastUpdateId: number; eventTime: number | undefined; bids: readonly PriceLevel[]; asks: readonly PriceLevel[] } {
    return { symbol: this.symbol, lastUpdateId: this.lastUpdateId, eventTime: this.eventTime, bids: this.bids, asks: this.asks };
  }
}
