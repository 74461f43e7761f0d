import * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { CancelOrderResult } from './cancel-order-result.js';
import { OrderResponse } from './order-response.js';

/**
 * The answer of a fully successful `cancelReplaceOrder` (`order.cancelReplace`, status 200):
 * both results `SUCCESS`, the cancel answer as for `cancelOrder` and the new order's answer as
 * for `createOrder` (`spec/spot-ws-api.md` §6.4).
 *
 * @remarks A partial or total failure is not a result: it arrives as a `BinanceApiError`
 * (`-2021` status 409, `-2022` status 400) whose `data` holds the same four keys, with
 * `{code, msg}` in place of a failed side.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests#cancel-and-replace-order-trade
 *
 * @example
 * ```ts
 * spot.cancelReplaceOrder({ symbol: 'BTCUSDT', cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: 42, side: 'BUY', type: 'MARKET', quantity: '1' })
 *   .subscribe((r) => console.log(r.newOrderResponse.orderId));
 * ```
 */
export const CancelReplaceResult = wireStruct('CancelReplaceResult', {
  /** `SUCCESS` on this path (`FAILURE` only inside errors). */
  cancelResult: ['cancelResult', t.string],
  /** `SUCCESS` on this path (`FAILURE`/`NOT_ATTEMPTED` only inside errors). */
  newOrderResult: ['newOrderResult', t.string],
  cancelResponse: ['cancelResponse', CancelOrderResult],
  newOrderResponse: ['newOrderResponse', OrderResponse],
});
/** A decoded cancel-replace answer. */
export type CancelReplaceResult = t.TypeOf<typeof CancelReplaceResult>;
/** The wire form of a cancel-replace answer. */
export type CancelReplaceResultWire = t.OutputOf<typeof CancelReplaceResult>;
