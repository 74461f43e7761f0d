import * as t from 'io-ts';
import { RateLimitInfo } from './rate-limit-info.js';

/**
 * The account's unfilled-order counts, one entry per `ORDERS` window, as `getOrderRateLimit`
 * (`account.rateLimits.orders`) answers (`spec/spot-ws-api.md` §6.5); each entry has `count`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#unfilled-order-count-user_data
 *
 * @example
 * ```ts
 * spot.getOrderRateLimit().subscribe((limits) => limits.forEach((l) => console.log(l.interval, l.count, '/', l.limit)));
 * ```
 */
export const OrderRateLimit = t.readonlyArray(RateLimitInfo, 'OrderRateLimit');
/** The decoded unfilled-order counts. */
export type OrderRateLimit = t.TypeOf<typeof OrderRateLimit>;
