import type { FakeSpotMarket, FakeSpotMarketChange } from '../api/spot/fake-spot-market.js';
import { shiftKline, type KlineInterval } from '../api/spot/market-klines.js';
import type { FakeOrderBook } from '../book/fake-order-book.js';
import { SPOT_KLINE_INTERVALS } from '../streams/spot-stream-names.js';
import {
  aggTradePayload,
  avgPricePayload,
  bookTickerPayload,
  klinePayload,
  miniTickerPayload,
  partialDepthPayload,
  referencePricePayload,
  tickerPayload,
  TICKER_WINDOW_MS,
  tradePayload,
  windowTickerPayload,
  type StreamPayload,
  type TickerWindow,
} from './simulated-stream-payloads.js';

/** What the publisher needs of the fake's stream server. @internal */
export interface StreamOutlet {
  /** Publishes a payload on a stream name; returns the connections reached. */
  publish(stream: string, payload: unknown): number;
  /** Subscribers of a stream name (payloads nobody reads are not built). */
  subscribersOf(stream: string): number;
}

const PARTIAL_LEVELS = [5, 10, 20] as const;
/** Klines that ended unseen (a late timer, a paused simulator) sent closed, at most this many. */
const MAX_CATCH_UP_KLINES = 10;
const WINDOWS = Object.keys(TICKER_WINDOW_MS) as TickerWindow[];
const KLINE_ZONES = [
  { suffix: '', offsetMs: 0 },
  { suffix: '@+08:00', offsetMs: 8 * 3_600_000 },
] as const;

/**
 * Publishes the spot market streams of simulated symbols from the market's state, each at
 * Binance's update speed (`spec/spot-streams.md` §4): trades, aggregate trades and book
 * tickers as they happen; partial depth `@100ms` every 100 ms; partial depth, tickers (24 h,
 * mini, windows), average and reference price every second, with the all-market arrays
 * (changed symbols only); klines every second for `1s` and every 2 s otherwise, plus the
 * closing update of a kline that ended. Diff depth is the live books' own.
 *
 * @internal
 */
export class SimulatedStreams {
  readonly #market: FakeSpotMarket;
  readonly #books: ReadonlyMap<string, FakeOrderBook>;
  readonly #outlet: StreamOutlet;
  readonly #lower = new Map<string, string>();
  readonly #topOf = new Map<string, string>();
  /** Symbols that traded since the last per-second publication (the `@arr` streams). */
  readonly #changed = new Set<string>();
  /** The open time of the kline last published per stream, to close it when it ends. */
  readonly #klineOpen = new Map<string, number>();
  #seconds = 0;

  /**
   * @param market - the fake market
   * @param books - the simulated symbols' live books
   * @param outlet - where payloads go
   */
  constructor(market: FakeSpotMarket, books: ReadonlyMap<string, FakeOrderBook>, outlet: StreamOutlet) {
    this.#market = market;
    this.#books = books;
    this.#outlet = outlet;
    for (const symbol of books.keys()) this.#lower.set(symbol, symbol.toLowerCase());
  }

  /**
   * Publishes what a market change carries: its trades (`@trade`, `@aggTrade`) and, if the top
   * of the book moved, a `@bookTicker`.
   *
   * @param change - the market's change
   * @param now - the event time
   */
  onChange(change: FakeSpotMarketChange, now: number): void {
    const lower = this.#lower.get(change.symbol);
    if (lower === undefined) return;
    if (change.trades.length > 0) {
      this.#changed.add(change.symbol);
      this.#publishTrades(change, lower, now);
    }
    this.#publishBookTicker(change.symbol, lower);
  }

  /** Publishes the 100 ms streams (partial depth `@100ms`). */
  every100ms(): void {
    for (const [symbol, lower] of this.#lower) this.#publishPartialDepth(symbol, lower, '@100ms');
  }

  /**
   * Publishes the once-a-second streams (and every other second, the klines but `1s`).
   *
   * @param now - the event time
   */
  everySecond(now: number): void {
    this.#seconds += 1;
    const market = this.#market;
    for (const [symbol, lower] of this.#lower) {
      this.#publishPartialDepth(symbol, lower, '');
      this.#when(`${lower}@ticker`, () => tickerPayload(market, symbol, now));
      this.#when(`${lower}@miniTicker`, () => miniTickerPayload(market, symbol, now));
      for (const window of WINDOWS) this.#when(`${lower}@ticker_${window}`, () => windowTickerPayload(market, symbol, window, now));
      this.#when(`${lower}@avgPrice`, () => avgPricePayload(market, symbol, now));
      this.#when(`${lower}@referencePrice`, () => referencePricePayload(market, symbol, now));
      for (const interval of SPOT_KLINE_INTERVALS) {
        if (interval !== '1s' && this.#seconds % 2 !== 0) continue;
        for (const zone of KLINE_ZONES) this.#publishKline(symbol, `${lower}@kline_${interval}${zone.suffix}`, interval, zone.offsetMs, now);
      }
    }
    const changed = [...this.#changed];
    this.#changed.clear();
    if (changed.length === 0) return;
    this.#when('!miniTicker@arr', () => changed.map((symbol) => miniTickerPayload(market, symbol, now)));
    for (const window of WINDOWS) this.#when(`!ticker_${window}@arr`, () => changed.map((symbol) => windowTickerPayload(market, symbol, window, now)));
  }

  #publishTrades(change: FakeSpotMarketChange, lower: string, now: number): void {
    const first = change.trades[0];
    if (first === undefined) return;
    if (this.#outlet.subscribersOf(`${lower}@trade`) > 0) {
      for (const trade of change.trades) this.#outlet.publish(`${lower}@trade`, tradePayload(change.symbol, trade, now));
    }
    if (this.#outlet.subscribersOf(`${lower}@aggTrade`) > 0) {
      const aggs = this.#market.tradeLog(change.symbol, now).aggTrades;
      // the aggregates holding this change's trades: the last ones of the log
      let start = aggs.length;
      while (start > 0 && (aggs[start - 1]?.lastTradeId ?? -1) >= first.id) start -= 1;
      for (const agg of aggs.slice(start)) this.#outlet.publish(`${lower}@aggTrade`, aggTradePayload(change.symbol, agg, now));
    }
  }

  #publishBookTicker(symbol: string, lower: string): void {
    const stream = `${lower}@bookTicker`;
    const book = this.#books.get(symbol);
    if (book === undefined || this.#outlet.subscribersOf(stream) === 0) return;
    const payload = bookTickerPayload(symbol, book.snapshot(1));
    if (payload === undefined) return;
    const top = `${String(payload['b'])}/${String(payload['B'])}/${String(payload['a'])}/${String(payload['A'])}`;
    if (this.#topOf.get(symbol) === top) return;
    this.#topOf.set(symbol, top);
    this.#outlet.publish(stream, payload);
  }

  #publishPartialDepth(symbol: string, lower: string, speed: '' | '@100ms'): void {
    const book = this.#books.get(symbol);
    if (book === undefined) return;
    for (const levels of PARTIAL_LEVELS) this.#when(`${lower}@depth${levels}${speed}`, () => partialDepthPayload(book.snapshot(levels)));
  }

  #publishKline(symbol: string, stream: string, interval: KlineInterval, offsetMs: number, now: number): void {
    if (this.#outlet.subscribersOf(stream) === 0) return;
    const current = klinePayload(this.#market, symbol, interval, offsetMs, now, now);
    const openTime = (current['k'] as { t: number }).t;
    const previous = this.#klineOpen.get(stream);
    if (previous !== undefined && previous < openTime) {
      // the klines that ended since the last update get their closing update first, oldest
      // first (more than one when a timer ran late)
      const ended: number[] = [];
      for (let open = previous; open < openTime && ended.length < MAX_CATCH_UP_KLINES; open = shiftKline(interval, open, 1, offsetMs)) ended.push(open);
      for (const open of ended) this.#outlet.publish(stream, klinePayload(this.#market, symbol, interval, offsetMs, open, now));
    }
    this.#klineOpen.set(stream, openTime);
    this.#outlet.publish(stream, current);
  }

  #when(stream: string, payload: () => StreamPayload | readonly StreamPayload[]): void {
    if (this.#outlet.subscribersOf(stream) > 0) this.#outlet.publish(stream, payload());
  }
}
