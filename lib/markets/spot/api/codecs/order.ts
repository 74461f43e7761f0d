import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { ORDER_CONDITIONAL_FIELDS } from './order-conditional-fields.js';
import { OrderSideCodec, OrderStatusCodec, OrderTypeCodec, TimeInForceCodec } from './order-enum-codecs.js';

/**
 * An order's current state, as `getOrder` (`order.status`), `getOpenOrders`
 * (`openOrders.status`) and `getAllOrders` (`allOrders`) answer (`spec/spot-ws-api.md` §6.5).
 *
 * @remarks `stopPrice`, `icebergQuantity` and `origQuoteOrderQuantity` are always present here
 * (zero when unused). `cumulativeQuoteQuantity` may be negative for some historical orders
 * (data not available). Other conditional fields ({@link ORDER_CONDITIONAL_FIELDS}) appear when
 * they apply.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#query-order-user_data
 *
 * @example
 * ```ts
 * spot.getOrder({ symbol: 'BTCUSDT', orderId: 12569099453 })
 *   .subscribe((o) => console.log(o.status, o.executedQuantity.toFixed()));
 * ```
 */
export const Order = wireStruct('Order', {
  ...ORDER_CONDITIONAL_FIELDS,
  symbol: ['symbol', t.string],
  orderId: ['orderId', t.number],
  /** `-1` unless the order belongs to an order list. */
  orderListId: ['orderListId', t.number],
  clientOrderId: ['clientOrderId', t.string],
  price: ['price', BigFromString],
  origQuantity: ['origQty', BigFromString],
  executedQuantity: ['executedQty', BigFromString],
  cumulativeQuoteQuantity: ['cummulativeQuoteQty', BigFromString],
  status: ['status', OrderStatusCodec],
  timeInForce: ['timeInForce', TimeInForceCodec],
  type: ['type', OrderTypeCodec],
  side: ['side', OrderSideCodec],
  stopPrice: ['stopPrice', BigFromString],
  icebergQuantity: ['icebergQty', BigFromString],
  /** When the order was placed. */
  time: ['time', t.number],
  /** When the order last changed. */
  updateTime: ['updateTime', t.number],
  isWorking: ['isWorking', t.boolean],
  workingTime: ['workingTime', t.number],
  origQuoteOrderQuantity: ['origQuoteOrderQty', BigFromString],
  selfTradePreventionMode: ['selfTradePreventionMode', t.string],
});
/** A decoded order. */
export type Order = t.TypeOf<typeof Order>;
/** The wire form of an order. */
export type OrderWire = t.OutputOf<typeof Order>;
