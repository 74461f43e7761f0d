import * as t from 'io-ts';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One of Binance's rate limits as it reports them: its type (`REQUEST_WEIGHT`, `ORDERS`,
 * `RAW_REQUESTS`, `CONNECTIONS`), its window (`interval` × `intervalNum`) and its `limit`.
 *
 * @remarks `count` (usage in the current window) is present in WS-API responses' `rateLimits`
 * and in `account.rateLimits.orders`, absent in `exchangeInfo` (spot-ws-api.md §3, §6.1).
 * Enum-like values stay `string` so a new limit type never fails decoding.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/rate-limits
 *
 * @example
 * ```ts
 * import { RateLimitInfo } from 'binance-rx';
 * RateLimitInfo.decode({ rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 13 });
 * ```
 */
export const RateLimitInfo = wireStruct('RateLimitInfo', {
  rateLimitType: ['rateLimitType', t.string],
  interval: ['interval', t.string],
  intervalNum: ['intervalNum', t.number],
  limit: ['limit', t.number],
  count: ['count', optionalField(t.number)],
});
/** A decoded rate limit. */
export type RateLimitInfo = t.TypeOf<typeof RateLimitInfo>;
/** The wire form of a rate limit. */
export type RateLimitInfoWire = t.OutputOf<typeof RateLimitInfo>;
