import type { FakeBookChange } from '../../book/fake-book-types.js';
import type { FakeSpotBook } from './fake-spot-market-book.js';
import type { FakeSpotTrade } from './fake-spot-market-history.js';
import type { FakeSpotSymbolDefinition } from './fake-spot-market-symbols.js';

/** Options of `FakeSpotMarket`. @internal */
export interface FakeSpotMarketOptions {
  /** Seed of every generated price, quantity and id; default `1`. */
  readonly seed?: number;
  /** The listed symbols; default `DEFAULT_FAKE_SPOT_SYMBOLS` (BTCUSDT, ETHUSDT, BNBUSDT, BNBBTC, LTCBTC, ETHBTC). */
  readonly symbols?: readonly FakeSpotSymbolDefinition[];
  /** Epoch ms the generated trade histories end at; default: the first request's server time. */
  readonly historyEndTime?: number;
}

/** A trade a test adds with `FakeSpotMarket.addTrade`. @internal */
export interface FakeSpotTradeSpec {
  readonly price: string;
  readonly qty: string;
  /** Epoch ms; raised to the previous trade's time if earlier. */
  readonly time: number;
  /** Default `false` (the taker bought). */
  readonly isBuyerMaker?: boolean;
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
