import type { FakeSpotApiLimits } from '../fake-api-options.js';
import type { FakeRateLimitUnit } from './rate-limit-interval.js';

/** One `exchangeInfo.rateLimits` entry: a limit without the `count` of per-request `rateLimits`. @internal */
export interface FakeExchangeRateLimit {
  readonly rateLimitType: 'REQUEST_WEIGHT' | 'ORDERS' | 'RAW_REQUESTS' | 'CONNECTIONS';
  readonly interval: FakeRateLimitUnit;
  readonly intervalNum: number;
  readonly limit: number;
}

/** RAW_REQUESTS since 2026-04-02 (`spec/rest.md` §6); listed, not enforced by the fake. */
const RAW_REQUESTS: FakeExchangeRateLimit = { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300_000 };
/** WebSocket connection attempts per IP (`spec/rest.md` §6, `spec/spot-ws-api.md` §1); listed, not enforced. */
const CONNECTIONS: FakeExchangeRateLimit = { rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 5, limit: 300 };

/**
 * The `rateLimits` of `exchangeInfo` for the fake's configured limits, in Binance's order
 * (`spec/rest.md` §6): REQUEST_WEIGHT (with `requestWeightInterval`), ORDERS 10 SECOND, ORDERS
 * 1 DAY, RAW_REQUESTS 5 MINUTE, CONNECTIONS 5 MINUTE.
 *
 * @param limits - the fake's limits
 * @returns the entries; a limit turned off with `Infinity` is left out (JSON has no Infinity)
 *
 * @internal
 */
export function exchangeRateLimits(limits: FakeSpotApiLimits): FakeExchangeRateLimit[] {
  const { interval, intervalNum } = limits.requestWeightInterval;
  const entries: FakeExchangeRateLimit[] = [
    { rateLimitType: 'REQUEST_WEIGHT', interval, intervalNum, limit: limits.requestWeightPerMinute },
    { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: limits.ordersPer10s },
    { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: limits.ordersPerDay },
    RAW_REQUESTS,
    CONNECTIONS,
  ];
  return entries.filter((entry) => Number.isFinite(entry.limit)).map((entry) => ({ ...entry }));
}
