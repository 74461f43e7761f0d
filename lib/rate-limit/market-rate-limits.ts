import type { RateLimitType } from './rate-limit-snapshot.js';
import type { RatePoolSpec } from './rate-pool.js';

/** A Binance market: each has its own limits, and a limiter serves one market. */
export type RateLimitMarket = 'spot' | 'usdm' | 'coinm';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** The share of the IP's request weight (and raw requests, connections) the client uses (issue: budget at 90%). */
export const IP_BUDGET_SHARE = 0.9;

/** The limits of one market until the exchange reports its own. @internal */
export interface MarketRateLimits {
  /** Windows the limiter keeps (ip and account scope). */
  readonly pools: readonly RatePoolSpec[];
  /** Messages a client may send per second on one stream connection. */
  readonly messagesPerSecond: number;
  /** Streams one connection may carry. */
  readonly streamsPerConnection: number;
}

const ip = (type: RateLimitType, intervalMs: number, limit: number, kind: RatePoolSpec['kind'] = 'calendar'): RatePoolSpec => ({
  scope: 'ip',
  type,
  intervalMs,
  limit,
  budgetShare: IP_BUDGET_SHARE,
  kind,
});
// orders fail fast at the exchange's own limit: nothing is gained by refusing an order Binance would take
const orders = (intervalMs: number, limit: number): RatePoolSpec => ({ scope: 'account', type: 'orders', intervalMs, limit, budgetShare: 1, kind: 'calendar' });

/**
 * Binance's published defaults per market: spot `spec/rest.md` §6 (REQUEST_WEIGHT 6000/1m,
 * RAW_REQUESTS 300000/5m, ORDERS 50/10s and 160000/1d, CONNECTIONS 300/5m), streams
 * `spec/spot-streams.md` §2 (5 messages/s, 1024 streams); futures `spec/rest.md` §6 and
 * `spec/futures.md` §3 (REQUEST_WEIGHT 2400/1m, ORDERS 1200/1m and 300/10s, 10 messages/s,
 * 1024 streams). Connection attempts slide (Binance does not say how the 5 minutes align).
 *
 * @internal
 */
export const MARKET_RATE_LIMITS: Readonly<Record<RateLimitMarket, MarketRateLimits>> = {
  spot: {
    pools: [
      ip('requestWeight', MINUTE, 6000),
      ip('rawRequests', 5 * MINUTE, 300_000),
      orders(10 * SECOND, 50),
      orders(DAY, 160_000),
      ip('connections', 5 * MINUTE, 300, 'sliding'),
    ],
    messagesPerSecond: 5,
    streamsPerConnection: 1024,
  },
  usdm: {
    pools: [ip('requestWeight', MINUTE, 2400), orders(10 * SECOND, 300), orders(MINUTE, 1200), ip('connections', 5 * MINUTE, 300, 'sliding')],
    messagesPerSecond: 10,
    streamsPerConnection: 1024,
  },
  coinm: {
    pools: [ip('requestWeight', MINUTE, 2400), orders(10 * SECOND, 300), orders(MINUTE, 1200), ip('connections', 5 * MINUTE, 300, 'sliding')],
    messagesPerSecond: 10,
    streamsPerConnection: 1024,
  },
};

const TYPES: Readonly<Record<string, RateLimitType>> = {
  REQUEST_WEIGHT: 'requestWeight',
  RAW_REQUESTS: 'rawRequests',
  ORDERS: 'orders',
  CONNECTIONS: 'connections',
};
const INTERVAL_MS: Readonly<Record<string, number>> = { SECOND, MINUTE, HOUR: 60 * MINUTE, DAY };

/** A limit as the exchange lists it (`exchangeInfo.rateLimits`, WS-API `rateLimits`). @internal */
export interface ExchangeRateLimit {
  readonly rateLimitType: string;
  readonly interval: string;
  readonly intervalNum: number;
  readonly limit?: number | undefined;
}

/**
 * The pool an exchange-listed limit describes, with the budget rules of the defaults
 * (`spec/rest.md` §6: types REQUEST_WEIGHT, RAW_REQUESTS, ORDERS, CONNECTIONS; intervals
 * SECOND, MINUTE, HOUR, DAY). `undefined` for a type or interval this SDK does not know.
 *
 * @internal
 */
export function poolOfExchangeLimit(entry: ExchangeRateLimit): { readonly type: RateLimitType; readonly intervalMs: number } | undefined {
  const type = TYPES[entry.rateLimitType];
  const unit = INTERVAL_MS[entry.interval];
  if (type === undefined || unit === undefined || !Number.isInteger(entry.intervalNum) || entry.intervalNum < 1) return undefined;
  return { type, intervalMs: unit * entry.intervalNum };
}

/**
 * A pool spec for an exchange-listed limit.
 *
 * @internal
 */
export function specOfExchangeLimit(entry: ExchangeRateLimit & { readonly limit: number }): RatePoolSpec | undefined {
  const pool = poolOfExchangeLimit(entry);
  if (pool === undefined || !(entry.limit > 0)) return undefined;
  if (pool.type === 'orders') return orders(pool.intervalMs, entry.limit);
  return ip(pool.type, pool.intervalMs, entry.limit, pool.type === 'connections' ? 'sliding' : 'calendar');
}
