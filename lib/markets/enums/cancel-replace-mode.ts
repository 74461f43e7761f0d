/**
 * Whether `cancelReplaceOrder` still places the new order when the cancel fails: Binance's
 * `cancelReplaceMode` (`spec/spot-ws-api.md` §6.4, outcome matrix).
 *
 * @remarks Request params also accept the wire string.
 *
 * @example
 * ```ts
 * import { CancelReplaceMode, OrderSide, OrderType } from 'binance-rx';
 * spot.cancelReplaceOrder({
 *   symbol: 'BTCUSDT', cancelReplaceMode: CancelReplaceMode.StopOnFailure, cancelOrderId: 42,
 *   side: OrderSide.Buy, type: OrderType.LimitMaker, price: '29000', quantity: '0.001',
 * });
 * ```
 */
export enum CancelReplaceMode {
  /** A failed cancel means the new order is not attempted. */
  StopOnFailure = 'STOP_ON_FAILURE',
  /** The new order is attempted even if the cancel fails. */
  AllowFailure = 'ALLOW_FAILURE',
}
