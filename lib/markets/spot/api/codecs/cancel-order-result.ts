import * as t from 'io-ts';
import { CanceledOrder } from './canceled-order.js';
import { OrderList } from './order-list.js';

/**
 * What canceling one order answers (`order.cancel`, each entry of `openOrders.cancelAll`,
 * `cancelResponse` of `order.cancelReplace`): a {@link CanceledOrder}, or, when the order was a
 * leg of an order list (which cancels the whole list), that list's {@link OrderList} status with
 * `orderReports` (`spec/spot-ws-api.md` §6.4).
 *
 * @remarks The payload is routed by its `contingencyType` key, so a rejection names the paths of
 * the one shape it was meant to be. Narrow the value with `'contingencyType' in result`.
 *
 * @example
 * ```ts
 * spot.cancelOrder({ symbol: 'BTCUSDT', orderId: 42 }).subscribe((r) =>
 *   console.log('contingencyType' in r ? `list ${r.orderListId}` : `order ${r.orderId}`),
 * );
 * ```
 */
export const CancelOrderResult = new t.Type<CanceledOrder | OrderList, t.OutputOf<typeof CanceledOrder> | t.OutputOf<typeof OrderList>, unknown>(
  'CancelOrderResult',
  (u): u is CanceledOrder | OrderList => CanceledOrder.is(u) || OrderList.is(u),
  (u, c) => (isListStatus(u) ? OrderList.validate(u, c) : CanceledOrder.validate(u, c)),
  (a) => ('contingencyType' in a ? OrderList.encode(a) : CanceledOrder.encode(a)),
);
/** A decoded cancel answer: a canceled order or a canceled order list. */
export type CancelOrderResult = t.TypeOf<typeof CancelOrderResult>;

function isListStatus(u: unknown): boolean {
  return typeof u === 'object' && u !== null && 'contingencyType' in u;
}
