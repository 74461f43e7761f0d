import type Big from 'big.js';
import { reqString } from '../fake-params.js';
import { SPOT_KLINE_INTERVALS } from '../../streams/spot-stream-names.js';
import type { FakeSpotTradeLog } from './fake-spot-market-history.js';
import { wire8 } from './market-decimal.js';
import { marketFail } from './market-params.js';
import { summarize } from './market-stats.js';

/** A kline interval Binance knows (`1s` … `1M`). @internal */
export type KlineInterval = (typeof SPOT_KLINE_INTERVALS)[number];

/**
 * A kline in Binance's wire form: `[openTime, open, high, low, close, volume, closeTime,
 * quoteVolume, trades, takerBuyBaseVolume, takerBuyQuoteVolume, "0"]` (`spec/spot-ws-api.md` §6.2).
 *
 * @internal
 */
export type KlineWire = readonly [number, string, string, string, string, string, number, string, number, string, string, string];

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const FIXED_MS: Readonly<Record<Exclude<KlineInterval, '1M'>, number>> = {
  '1s': 1000,
  '1m': MINUTE,
  '3m': 3 * MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': 60 * MINUTE,
  '2h': 120 * MINUTE,
  '4h': 240 * MINUTE,
  '6h': 360 * MINUTE,
  '8h': 480 * MINUTE,
  '12h': 720 * MINUTE,
  '1d': DAY,
  '3d': 3 * DAY,
  '1w': 7 * DAY,
};
// weeks open on Monday; 1970-01-01 was a Thursday, so the first Monday is 4 days later
const WEEK_ORIGIN = 4 * DAY;

/**
 * Reads the mandatory `interval` (case-sensitive).
 *
 * @param params - the request params
 * @returns the interval
 * @throws {@link FakeParamError} with `-1102` (missing) or `-1120 Invalid interval.`
 *
 * @internal
 */
export function readInterval(params: Readonly<Record<string, unknown>>): KlineInterval {
  const text = reqString(params, 'interval');
  const known: readonly string[] = SPOT_KLINE_INTERVALS;
  return known.includes(text) ? (text as KlineInterval) : marketFail(-1120, 'Invalid interval.');
}

/**
 * The open time of the kline containing `time`, with intervals laid out in the time zone
 * `offsetMs` from UTC (days, weeks and months start at local midnight).
 *
 * @param interval - the interval
 * @param time - epoch ms
 * @param offsetMs - the time zone's offset from UTC
 * @returns the kline's open time, epoch ms
 *
 * @internal
 */
export function klineOpenTime(interval: KlineInterval, time: number, offsetMs: number): number {
  if (interval === '1M') {
    const local = new Date(time + offsetMs);
    return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - offsetMs;
  }
  const size = FIXED_MS[interval];
  const origin = interval === '1w' ? WEEK_ORIGIN : 0;
  return Math.floor((time + offsetMs - origin) / size) * size + origin - offsetMs;
}

/**
 * The open time `n` klines after (or before, for negative `n`) the kline opening at `openTime`.
 *
 * @param interval - the interval
 * @param openTime - a kline's open time
 * @param n - how many klines to move
 * @param offsetMs - the time zone's offset from UTC
 * @returns that kline's open time
 *
 * @internal
 */
export function shiftKline(interval: KlineInterval, openTime: number, n: number, offsetMs: number): number {
  if (interval !== '1M') return openTime + n * FIXED_MS[interval];
  const local = new Date(openTime + offsetMs);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + n, 1) - offsetMs;
}

/** What a `klines`/`uiKlines` request asks for, params already read. @internal */
export interface KlineQuery {
  readonly interval: KlineInterval;
  readonly startTime: number | undefined;
  readonly endTime: number | undefined;
  readonly limit: number;
  readonly offsetMs: number;
  readonly now: number;
  /** `uiKlines`: each kline opens at the previous close, as charts draw them. */
  readonly ui: boolean;
}

/**
 * The klines of a symbol's trade history, one per interval from the kline of the first trade
 * to the one containing `now` (klines without trades repeat the previous close with zero
 * volume). Selection follows Binance's rules (`spec/rest.md` §2): none of start/end → the most
 * recent; `startTime` → the oldest opening at or after it; `endTime` → the most recent opening
 * at or before it; both → from `startTime`, not past `endTime`.
 *
 * @param log - the symbol's trades
 * @param query - the request
 * @returns at most `limit` klines, oldest first
 *
 * @internal
 */
export function buildKlines(log: FakeSpotTradeLog, query: KlineQuery): KlineWire[] {
  const { interval, offsetMs, now } = query;
  const first = log.trades[0];
  if (first === undefined || first.time > now) return [];
  const listing = klineOpenTime(interval, first.time, offsetMs);
  const current = klineOpenTime(interval, now, offsetMs);
  const last = query.endTime === undefined ? current : Math.min(current, klineOpenTime(interval, query.endTime, offsetMs));
  const opens: number[] = [];
  if (query.startTime === undefined) {
    for (let open = last; open >= listing && opens.length < query.limit; open = shiftKline(interval, open, -1, offsetMs)) {
      opens.push(open);
    }
    opens.reverse();
  } else {
    let open = klineOpenTime(interval, query.startTime, offsetMs);
    if (open < query.startTime) open = shiftKline(interval, open, 1, offsetMs);
    for (open = Math.max(open, listing); open <= last && opens.length < query.limit; open = shiftKline(interval, open, 1, offsetMs)) {
      opens.push(open);
    }
  }
  return opens.map((open) => kline(log, query, open, shiftKline(interval, open, 1, offsetMs) - 1));
}

function kline(log: FakeSpotTradeLog, query: KlineQuery, openTime: number, closeTime: number): KlineWire {
  const previousClose = log.lastUpTo(openTime - 1)?.price;
  const summary = summarize(log.between(openTime, Math.min(closeTime, query.now)));
  if (summary === undefined) {
    // only reached after the first trade, so a previous close exists
    const price = wire8(previousClose ?? '0');
    return [openTime, price, price, price, price, wire8('0'), closeTime, wire8('0'), 0, wire8('0'), wire8('0'), '0'];
  }
  const open = query.ui && previousClose !== undefined ? previousClose : summary.open;
  return [
    openTime,
    wire8(open),
    wire8(max(summary.high, open)),
    wire8(min(summary.low, open)),
    wire8(summary.close),
    wire8(summary.volume),
    closeTime,
    wire8(summary.quoteVolume),
    summary.count,
    wire8(summary.takerBuyVolume),
    wire8(summary.takerBuyQuoteVolume),
    '0',
  ];
}

function max(a: Big, b: Big): Big {
  return a.gt(b) ? a : b;
}

function min(a: Big, b: Big): Big {
  return a.lt(b) ? a : b;
}
