import Big from 'big.js';
import type { FakeBookSnapshot } from '../book/fake-book-types.js';
import type { FakeSpotAggTrade, FakeSpotTrade } from '../api/spot/fake-spot-market-history.js';
import type { FakeSpotMarket } from '../api/spot/fake-spot-market.js';
import { buildKlines, type KlineInterval } from '../api/spot/market-klines.js';
import { aggTradeWire } from '../api/spot/market-trade-endpoints.js';
import { wire8 } from '../api/spot/market-decimal.js';
import { summarize } from '../api/spot/market-stats.js';
import { dayTicker, windowTicker, type TickerWire } from '../api/spot/market-ticker-stats.js';

/**
 * The payloads of the spot market streams (`spec/spot-streams.md` §4), built from the fake
 * market's state: the same trade history and book the WebSocket API and REST answer from, so
 * a ticker on a stream and `getTicker` agree.
 *
 * @internal
 */

/** A stream payload, ready for `JSON.stringify`. @internal */
export type StreamPayload = Readonly<Record<string, unknown>>;

/** The windows of `<symbol>@ticker_<window>` and their length. @internal */
export const TICKER_WINDOW_MS = { '1h': 3_600_000, '4h': 14_400_000, '1d': 86_400_000 } as const;

/** A `<symbol>@ticker_<window>` window. @internal */
export type TickerWindow = keyof typeof TICKER_WINDOW_MS;

/** `<symbol>@trade`. @internal */
export function tradePayload(symbol: string, trade: FakeSpotTrade, eventTime: number): StreamPayload {
  return { e: 'trade', E: eventTime, s: symbol, t: trade.id, p: wire8(trade.price), q: wire8(trade.qty), T: trade.time, m: trade.isBuyerMaker, M: true };
}

/** `<symbol>@aggTrade`. @internal */
export function aggTradePayload(symbol: string, agg: FakeSpotAggTrade, eventTime: number): StreamPayload {
  return { e: 'aggTrade', E: eventTime, s: symbol, ...aggTradeWire(agg) };
}

/** `<symbol>@bookTicker` (no `e`, no `E`), or `undefined` while a side is empty. @internal */
export function bookTickerPayload(symbol: string, book: FakeBookSnapshot): StreamPayload | undefined {
  const [bid, ask] = [book.bids[0], book.asks[0]];
  if (bid === undefined || ask === undefined) return undefined;
  return { u: book.lastUpdateId, s: symbol, b: bid[0], B: bid[1], a: ask[0], A: ask[1] };
}

/** `<symbol>@depth<levels>[@100ms]`: a partial book snapshot (no `e`/`E`/`s`). @internal */
export function partialDepthPayload(book: FakeBookSnapshot): StreamPayload {
  return { lastUpdateId: book.lastUpdateId, bids: book.bids, asks: book.asks };
}

/** `<symbol>@ticker`: the 24 h rolling ticker, from the same statistics as `ticker.24hr`. @internal */
export function tickerPayload(market: FakeSpotMarket, symbol: string, now: number): StreamPayload {
  const t = dayTicker(market, symbol, now, 'FULL');
  return {
    e: '24hrTicker',
    E: now,
    s: symbol,
    p: t['priceChange'],
    P: t['priceChangePercent'],
    w: t['weightedAvgPrice'],
    x: t['prevClosePrice'],
    c: t['lastPrice'],
    Q: t['lastQty'],
    b: t['bidPrice'],
    B: t['bidQty'],
    a: t['askPrice'],
    A: t['askQty'],
    o: t['openPrice'],
    h: t['highPrice'],
    l: t['lowPrice'],
    ...windowTail(t),
  };
}

/** The fields every rolling ticker ends with: volumes, window and trade ids. */
function windowTail(t: TickerWire): StreamPayload {
  return { v: t['volume'], q: t['quoteVolume'], O: t['openTime'], C: t['closeTime'], F: t['firstId'], L: t['lastId'], n: t['count'] };
}

/** `<symbol>@miniTicker` (and the elements of `!miniTicker@arr`). @internal */
export function miniTickerPayload(market: FakeSpotMarket, symbol: string, now: number): StreamPayload {
  const t = dayTicker(market, symbol, now, 'MINI');
  return { e: '24hrMiniTicker', E: now, s: symbol, c: t['lastPrice'], o: t['openPrice'], h: t['highPrice'], l: t['lowPrice'], v: t['volume'], q: t['quoteVolume'] };
}

/**
 * `<symbol>@ticker_<window>`: `O` on the minute boundary the window starts in, `C` now
 * (`spec/spot-streams.md` §4, "ticker_<window>").
 *
 * @internal
 */
export function windowTickerPayload(market: FakeSpotMarket, symbol: string, window: TickerWindow, now: number): StreamPayload {
  const open = Math.floor((now - TICKER_WINDOW_MS[window]) / 60_000) * 60_000;
  const t = windowTicker(market, symbol, open, now, now, 'FULL');
  return {
    e: `${window}Ticker`,
    E: now,
    s: symbol,
    p: t['priceChange'],
    P: t['priceChangePercent'],
    o: t['openPrice'],
    h: t['highPrice'],
    l: t['lowPrice'],
    c: t['lastPrice'],
    w: t['weightedAvgPrice'],
    ...windowTail(t),
  };
}

/**
 * `<symbol>@kline_<interval>[@+08:00]`: the kline containing `at`, aggregated from the trade
 * history exactly as `klines` answers (`f`/`L` -1 for a kline without trades).
 *
 * @param market - the market
 * @param symbol - a listed symbol
 * @param interval - the interval
 * @param offsetMs - 0, or 8 h for the `@+08:00` variant
 * @param at - a time inside the kline
 * @param now - the event time; the kline is closed (`x`) once `now` is past its close
 * @returns the payload
 *
 * @internal
 */
export function klinePayload(market: FakeSpotMarket, symbol: string, interval: KlineInterval, offsetMs: number, at: number, now: number): StreamPayload {
  const log = market.tradeLog(symbol, now);
  const [bar] = buildKlines(log, { interval, startTime: undefined, endTime: at, limit: 1, offsetMs, now, ui: false });
  const openTime = bar?.[0] ?? at;
  const closeTime = bar?.[6] ?? at;
  const summary = summarize(log.between(openTime, Math.min(closeTime, now)));
  const zero = wire8('0');
  return {
    e: 'kline',
    E: now,
    s: symbol,
    k: {
      t: openTime,
      T: closeTime,
      s: symbol,
      i: interval,
      f: summary?.firstId ?? -1,
      L: summary?.lastId ?? -1,
      o: bar?.[1] ?? market.lastPrice(symbol),
      c: bar?.[4] ?? market.lastPrice(symbol),
      h: bar?.[2] ?? market.lastPrice(symbol),
      l: bar?.[3] ?? market.lastPrice(symbol),
      v: bar?.[5] ?? zero,
      n: bar?.[8] ?? 0,
      x: now > closeTime,
      q: bar?.[7] ?? zero,
      V: bar?.[9] ?? zero,
      Q: bar?.[10] ?? zero,
      B: '0',
    },
  };
}

/** `<symbol>@avgPrice`: the 5-minute volume-weighted price, as `avgPrice` answers. @internal */
export function avgPricePayload(market: FakeSpotMarket, symbol: string, now: number): StreamPayload {
  const log = market.tradeLog(symbol, now);
  const summary = summarize(log.between(now - 5 * 60_000, now));
  const price = summary === undefined || summary.volume.eq(0) ? new Big(market.lastPrice(symbol)) : summary.quoteVolume.div(summary.volume);
  return { e: 'avgPrice', E: now, s: symbol, i: '5m', w: wire8(price), T: log.lastUpTo(now)?.time ?? now };
}

/** `<symbol>@referencePrice` (no `E`; `r` null when the symbol has none). @internal */
export function referencePricePayload(market: FakeSpotMarket, symbol: string, now: number): StreamPayload {
  return { e: 'referencePrice', s: symbol, r: market.referencePriceOf(symbol), t: now };
}
