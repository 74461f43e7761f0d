/**
 * What `cancelReplaceOrder` does when the unfilled-order count is exceeded: Binance's
 * `orderRateLimitExceededMode` (`spec/spot-ws-api.md` §6.4).
 *
 * @remarks Request params also accept the wire string.
 *
 * @example
 * ```ts
 * import { CancelReplaceMode, OrderRateLimitExceededMode, OrderSide, OrderType } from 'binance-rx';
 * spot.cancelReplaceOrder({
 *   symbol: 'BTCUSDT', cancelReplaceMode: CancelReplaceMode.AllowFailure, cancelOrderId: 42,
 *   side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001',
 *   orderRateLimitExceededMode: OrderRateLimitExceededMode.CancelOnly,
 * });
 * ```
 */
export enum OrderRateLimitExceededMode {
  /** The default: nothing is canceled when over the limit. */
  DoNothing = 'DO_NOTHING',
  /** The cancel always happens, even when the new order cannot be placed. */
  CancelOnly = 'CANCEL_ONLY',
}
