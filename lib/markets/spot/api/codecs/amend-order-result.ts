import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';
import { ORDER_CONDITIONAL_FIELDS } from './order-conditional-fields.js';
import { OrderSideCodec, OrderStatusCodec, OrderTypeCodec, TimeInForceCodec } from './order-enum-codecs.js';
import { OrderListOrder } from './order-list.js';

/**
 * The order after `amendOrder` (`order.amend.keepPriority`). Binance names its fields
 * differently from other order answers (`qty`, `preventedQty`, `quoteOrderQty`, and
 * `cumulativeQuoteQty` spelled right); they decode to `quantity`, `preventedQuantity`,
 * `quoteOrderQuantity`, `cumulativeQuoteQuantity`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests#order-amend-keep-priority-trade
 *
 * @example
 * ```ts
 * spot.amendOrder({ symbol: 'BTCUSDT', orderId: 12, newQty: '5' })
 *   .subscribe((r) => console.log(r.amendedOrder.quantity.toFixed()));
 * ```
 */
export const AmendedOrder = wireStruct('AmendedOrder', {
  ...ORDER_CONDITIONAL_FIELDS,
  symbol: ['symbol', t.string],
  orderId: ['orderId', t.number],
  orderListId: ['orderListId', t.number],
  origClientOrderId: ['origClientOrderId', t.string],
  clientOrderId: ['clientOrderId', t.string],
  price: ['price', BigFromString],
  quantity: ['qty', BigFromString],
  executedQuantity: ['executedQty', BigFromString],
  preventedQuantity: ['preventedQty', BigFromString],
  quoteOrderQuantity: ['quoteOrderQty', BigFromString],
  cumulativeQuoteQuantity: ['cumulativeQuoteQty', BigFromString],
  status: ['status', OrderStatusCodec],
  timeInForce: ['timeInForce', TimeInForceCodec],
  type: ['type', OrderTypeCodec],
  side: ['side', OrderSideCodec],
  workingTime: ['workingTime', optionalField(t.number)],
  selfTradePreventionMode: ['selfTradePreventionMode', t.string],
});
/** A decoded amended order. */
export type AmendedOrder = t.TypeOf<typeof AmendedOrder>;

/**
 * The status of the order list an amended order belongs to. Binance's example leaves out
 * `listStatusType` and `transactionTime`, so both are optional here.
 *
 * @example
 * ```ts
 * spot.amendOrder({ symbol: 'BTCUSDT', orderId: 23, newQty: '5' }).subscribe((r) => console.log(r.listStatus?.orderListId));
 * ```
 */
export const AmendedOrderList = wireStruct('AmendedOrderList', {
  orderListId: ['orderListId', t.number],
  contingencyType: ['contingencyType', t.string],
  listStatusType: ['listStatusType', optionalField(t.string)],
  listOrderStatus: ['listOrderStatus', t.string],
  listClientOrderId: ['listClientOrderId', t.string],
  transactionTime: ['transactionTime', optionalField(t.number)],
  symbol: ['symbol', t.string],
  orders: ['orders', t.readonlyArray(OrderListOrder)],
});
/** A decoded amended order's list status. */
export type AmendedOrderList = t.TypeOf<typeof AmendedOrderList>;

/**
 * The answer of `amendOrder` (`order.amend.keepPriority`, `spec/spot-ws-api.md` §6.4): the
 * amendment's time and `executionId`, the amended order, and `listStatus` when the order
 * belongs to an order list.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests#order-amend-keep-priority-trade
 *
 * @example
 * ```ts
 * spot.amendOrder({ symbol: 'BTCUSDT', origClientOrderId: 'my_test_order1', newQty: '5' })
 *   .subscribe((r) => console.log(r.executionId, r.amendedOrder.status));
 * ```
 */
export const AmendOrderResult = wireStruct('AmendOrderResult', {
  transactTime: ['transactTime', t.number],
  executionId: ['executionId', t.number],
  amendedOrder: ['amendedOrder', AmendedOrder],
  listStatus: ['listStatus', optionalField(AmendedOrderList)],
});
/** A decoded amend answer. */
export type AmendOrderResult = t.TypeOf<typeof AmendOrderResult>;
/** The wire form of an amend answer. */
export type AmendOrderResultWire = t.OutputOf<typeof AmendOrderResult>;
