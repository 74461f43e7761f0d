import * as t from 'io-ts';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';
import { ORDER_RESPONSE_FIELDS } from './order-response.js';

/**
 * One order of an order list, by id (an entry of `orders`).
 *
 * @example
 * ```ts
 * spot.getOco({ orderListId: 1 }).subscribe((l) => l.orders.forEach((o) => console.log(o.orderId)));
 * ```
 */
export const OrderListOrder = wireStruct('OrderListOrder', {
  symbol: ['symbol', t.string],
  orderId: ['orderId', t.number],
  clientOrderId: ['clientOrderId', t.string],
});
/** A decoded order-list member. */
export type OrderListOrder = t.TypeOf<typeof OrderListOrder>;

/**
 * The report of one order of a placed or canceled order list (an entry of `orderReports`): an
 * order placement answer shaped by `newOrderRespType` (see {@link OrderResponse}), plus
 * `origClientOrderId` in cancel reports.
 *
 * @example
 * ```ts
 * spot.cancelOco({ symbol: 'BTCUSDT', orderListId: 1 }).subscribe((l) => l.orderReports?.forEach((r) => console.log(r.status)));
 * ```
 */
export const OrderReport = wireStruct('OrderReport', {
  ...ORDER_RESPONSE_FIELDS,
  origClientOrderId: ['origClientOrderId', optionalField(t.string)],
});
/** A decoded order-list order report. */
export type OrderReport = t.TypeOf<typeof OrderReport>;

/**
 * An order list's status (`spec/spot-ws-api.md` §6.4): the answer of the `orderList.place*`
 * methods, `orderList.cancel`, `orderList.status`, `allOrderLists`, `openOrderLists.status`,
 * and of a cancel that hit a leg of a list. `orderReports` comes only with placements and
 * cancels.
 *
 * @remarks `contingencyType`, `listStatusType` and `listOrderStatus` stay `string` so values
 * Binance adds later still decode; compare them with {@link ContingencyType},
 * {@link ListStatusType} and {@link ListOrderStatus}.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests#order-lists
 *
 * @example
 * ```ts
 * spot.createOco({ symbol: 'LTCBNB', side: 'BUY', quantity: '1', aboveType: 'STOP_LOSS', aboveStopPrice: '1.6', belowType: 'LIMIT_MAKER', belowPrice: '1.4' })
 *   .subscribe((l) => console.log(l.orderListId, l.listOrderStatus));
 * ```
 */
export const OrderList = wireStruct('OrderList', {
  orderListId: ['orderListId', t.number],
  contingencyType: ['contingencyType', t.string],
  listStatusType: ['listStatusType', t.string],
  listOrderStatus: ['listOrderStatus', t.string],
  listClientOrderId: ['listClientOrderId', t.string],
  transactionTime: ['transactionTime', t.number],
  symbol: ['symbol', t.string],
  orders: ['orders', t.readonlyArray(OrderListOrder)],
  orderReports: ['orderReports', optionalField(t.readonlyArray(OrderReport))],
});
/** A decoded order list status. */
export type OrderList = t.TypeOf<typeof OrderList>;
/** The wire form of an order list status. */
export type OrderListWire = t.OutputOf<typeof OrderList>;
