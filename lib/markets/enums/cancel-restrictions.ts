/**
 * A condition a cancel must meet, or it fails with `-2011` (`spec/spot-ws-api.md` §6.4):
 * Binance's `cancelRestrictions`.
 *
 * @remarks Request params also accept the wire string.
 *
 * @example
 * ```ts
 * import { CancelRestrictions } from 'binance-rx';
 * spot.cancelOrder({ symbol: 'BTCUSDT', orderId: 42, cancelRestrictions: CancelRestrictions.OnlyNew });
 * ```
 */
export enum CancelRestrictions {
  /** Cancel only if the order is still `NEW`. */
  OnlyNew = 'ONLY_NEW',
  /** Cancel only if the order is `PARTIALLY_FILLED`. */
  OnlyPartiallyFilled = 'ONLY_PARTIALLY_FILLED',
}
