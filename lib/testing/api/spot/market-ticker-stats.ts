import Big from 'big.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import { percent3, wire8, ZERO_8 } from './market-decimal.js';
import { summarize } from './market-stats.js';

/** `24h` in ms: `ticker.24hr`'s fixed window. @internal */
export const DAY_MS = 86_400_000;

/** One ticker object, wire form, keys in Binance's documented order. @internal */
export type TickerWire = Readonly<Record<string, string | number>>;

interface WindowStats {
  readonly open: Big;
  readonly high: Big;
  readonly low: Big;
  readonly last: Big;
  readonly volume: Big;
  readonly quoteVolume: Big;
  readonly firstId: number;
  readonly lastId: number;
  readonly count: number;
}

/**
 * The price-change statistics of a symbol over `[openTime, closeTime]` (trades after `now`
 * excluded). `lastPrice` is the market's last price; high and low include it, so a price set
 * by `setLastPrice` stays inside them. With no trades in the window Binance's `-1` ids and a
 * zero count are reported, with every price at the last price.
 *
 * @internal
 */
function windowStats(market: FakeSpotMarket, symbol: string, openTime: number, closeTime: number, now: number): WindowStats {
  const last = new Big(market.lastPrice(symbol));
  const summary = summarize(market.tradeLog(symbol, now).between(openTime, Math.min(closeTime, now)));
  if (summary === undefined) {
    const zero = new Big(0);
    return { open: last, high: last, low: last, last, volume: zero, quoteVolume: zero, firstId: -1, lastId: -1, count: 0 };
  }
  return {
    open: summary.open,
    high: summary.high.gt(last) ? summary.high : last,
    low: summary.low.lt(last) ? summary.low : last,
    last,
    volume: summary.volume,
    quoteVolume: summary.quoteVolume,
    firstId: summary.firstId,
    lastId: summary.lastId,
    count: summary.count,
  };
}

function miniFields(symbol: string, s: WindowStats, openTime: number, closeTime: number): TickerWire {
  return {
    symbol,
    openPrice: wire8(s.open),
    highPrice: wire8(s.high),
    lowPrice: wire8(s.low),
    lastPrice: wire8(s.last),
    volume: wire8(s.volume),
    quoteVolume: wire8(s.quoteVolume),
    openTime,
    closeTime,
    firstId: s.firstId,
    lastId: s.lastId,
    count: s.count,
  };
}

function weightedAvg(s: WindowStats): string {
  return s.volume.eq(0) ? ZERO_8 : wire8(s.quoteVolume.div(s.volume));
}

/**
 * A rolling-window (`ticker`) or trading-day (`ticker.tradingDay`) ticker: FULL adds the price
 * change and weighted average before the MINI fields.
 *
 * @param market - the market
 * @param symbol - a listed symbol
 * @param openTime - window start, epoch ms
 * @param closeTime - window end, epoch ms
 * @param now - the server time
 * @param type - `FULL` or `MINI`
 * @returns the ticker object
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-api/market-data-requests#rolling-window-price-change-statistics
 *
 * @internal
 */
export function windowTicker(
  market: FakeSpotMarket,
  symbol: string,
  openTime: number,
  closeTime: number,
  now: number,
  type: 'FULL' | 'MINI',
): TickerWire {
  const s = windowStats(market, symbol, openTime, closeTime, now);
  const mini = miniFields(symbol, s, openTime, closeTime);
  if (type === 'MINI') return mini;
  const change = s.last.minus(s.open);
  return {
    symbol,
    priceChange: wire8(change),
    priceChangePercent: percent3(change, s.open),
    weightedAvgPrice: weightedAvg(s),
    ...mini,
  };
}

/**
 * A `ticker.24hr` object over the 24 hours before `now`. FULL adds the previous close (the
 * last trade before the window, else the open), the last quantity and the best bid and ask.
 *
 * @param market - the market
 * @param symbol - a listed symbol
 * @param now - the server time (the window's close)
 * @param type - `FULL` or `MINI`
 * @returns the ticker object
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-api/market-data-requests#24hr-ticker-price-change-statistics
 *
 * @internal
 */
export function dayTicker(market: FakeSpotMarket, symbol: string, now: number, type: 'FULL' | 'MINI'): TickerWire {
  const openTime = now - DAY_MS;
  const s = windowStats(market, symbol, openTime, now, now);
  const mini = miniFields(symbol, s, openTime, now);
  if (type === 'MINI') return mini;
  const log = market.tradeLog(symbol, now);
  const change = s.last.minus(s.open);
  const book = market.book(symbol, 1);
  const [bid, ask] = [book.bids[0], book.asks[0]];
  return {
    symbol,
    priceChange: wire8(change),
    priceChangePercent: percent3(change, s.open),
    weightedAvgPrice: weightedAvg(s),
    prevClosePrice: wire8(log.lastUpTo(openTime - 1)?.price ?? s.open),
    lastPrice: wire8(s.last),
    lastQty: wire8(log.lastUpTo(now)?.qty ?? ZERO_8),
    bidPrice: bid?.[0] ?? ZERO_8,
    bidQty: bid?.[1] ?? ZERO_8,
    askPrice: ask?.[0] ?? ZERO_8,
    askQty: ask?.[1] ?? ZERO_8,
    ...mini,
  };
}
