import type { Decimal } from '../../../../requests/decimal.js';
import type { CancelReplaceMode } from '../../../enums/cancel-replace-mode.js';
import type { CancelRestrictions } from '../../../enums/cancel-restrictions.js';
import type { OrderRateLimitExceededMode } from '../../../enums/order-rate-limit-exceeded-mode.js';
import type { CreateOrderParams } from './trading-params-order.js';

// Wire facts: spec/spot-ws-api.md §6.4 (params), Binance web-socket-api.md "Trading requests".
// `apiKey`, `timestamp`, `signature` and `recvWindow` are added by the client. Every `Decimal`
// here is listed in its endpoint's `decimals` (spot-trading-endpoints.ts).

/**
 * Names one order: by `orderId`, by `origClientOrderId`, or both (then they must match, else
 * `-2039`).
 *
 * @example
 * ```ts
 * const ref: OrderRef = { origClientOrderId: 'my-order-1' };
 * ```
 */
export type OrderRef =
  | { readonly orderId: number; readonly origClientOrderId?: string }
  | { readonly orderId?: number; readonly origClientOrderId: string };

/**
 * Params of `cancelOrder` (`order.cancel`). Canceling a leg of an order list cancels the whole list.
 *
 * @example
 * ```ts
 * const p: CancelOrderParams = { symbol: 'BTCUSDT', orderId: 42, cancelRestrictions: 'ONLY_NEW' };
 * ```
 */
export type CancelOrderParams = OrderRef & {
  readonly symbol: string;
  /** The new `clientOrderId` of the canceled order, freeing the old one. */
  readonly newClientOrderId?: string;
  readonly cancelRestrictions?: CancelRestrictions | `${CancelRestrictions}`;
};

/**
 * Params of `cancelReplaceOrder` (`order.cancelReplace`): the order to cancel
 * (`cancelOrderId` or `cancelOrigClientOrderId`) and the new order, as for `createOrder`.
 *
 * @example
 * ```ts
 * const p: CancelReplaceOrderParams = { symbol: 'BTCUSDT', cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: 42, side: 'BUY', type: 'MARKET', quantity: '1' };
 * ```
 */
export type CancelReplaceOrderParams = CreateOrderParams &
  (
    | { readonly cancelOrderId: number; readonly cancelOrigClientOrderId?: string }
    | { readonly cancelOrderId?: number; readonly cancelOrigClientOrderId: string }
  ) & {
    readonly cancelReplaceMode: CancelReplaceMode | `${CancelReplaceMode}`;
    readonly cancelNewClientOrderId?: string;
    readonly cancelRestrictions?: CancelRestrictions | `${CancelRestrictions}`;
    readonly orderRateLimitExceededMode?: OrderRateLimitExceededMode | `${OrderRateLimitExceededMode}`;
  };

/**
 * Params of `amendOrder` (`order.amend.keepPriority`): lowers an open order's quantity while
 * keeping its place in the queue.
 *
 * @example
 * ```ts
 * const p: AmendOrderParams = { symbol: 'BTCUSDT', orderId: 42, newQty: '0.0005' };
 * ```
 */
export type AmendOrderParams = OrderRef & {
  readonly symbol: string;
  readonly newClientOrderId?: string;
  /** Greater than 0 and less than the order's current quantity. */
  readonly newQty: Decimal;
};

/**
 * Params of `cancelAllOrders` (`openOrders.cancelAll`): every open order and order list of a symbol.
 *
 * @example
 * ```ts
 * const p: CancelAllOrdersParams = { symbol: 'BTCUSDT' };
 * ```
 */
export interface CancelAllOrdersParams {
  readonly symbol: string;
}
