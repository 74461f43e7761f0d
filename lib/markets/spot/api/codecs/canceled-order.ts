import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';
import { ORDER_CONDITIONAL_FIELDS } from './order-conditional-fields.js';
import { OrderSideCodec, OrderStatusCodec, OrderTypeCodec, TimeInForceCodec } from './order-enum-codecs.js';

/**
 * A canceled order, as `cancelOrder` (`order.cancel`) answers for an order outside any list
 * (`spec/spot-ws-api.md` §6.4). `clientOrderId` is the new id given by `newClientOrderId`;
 * `origClientOrderId` the one that was canceled.
 *
 * @remarks `origQuoteOrderQuantity` is optional: Binance leaves it out of some cancel reports.
 * Conditional fields ({@link ORDER_CONDITIONAL_FIELDS}) appear when they apply.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests#cancel-order-trade
 *
 * @example
 * ```ts
 * spot.cancelOrder({ symbol: 'BTCUSDT', orderId: 42 }).subscribe((r) => {
 *   if (!('contingencyType' in r)) console.log(r.status, r.executedQuantity.toFixed());
 * });
 * ```
 */
export const CanceledOrder = wireStruct('CanceledOrder', {
  ...ORDER_CONDITIONAL_FIELDS,
  symbol: ['symbol', t.string],
  origClientOrderId: ['origClientOrderId', t.string],
  orderId: ['orderId', t.number],
  orderListId: ['orderListId', t.number],
  clientOrderId: ['clientOrderId', t.string],
  transactTime: ['transactTime', t.number],
  price: ['price', BigFromString],
  origQuantity: ['origQty', BigFromString],
  executedQuantity: ['executedQty', BigFromString],
  origQuoteOrderQuantity: ['origQuoteOrderQty', optionalField(BigFromString)],
  cumulativeQuoteQuantity: ['cummulativeQuoteQty', BigFromString],
  status: ['status', OrderStatusCodec],
  timeInForce: ['timeInForce', TimeInForceCodec],
  type: ['type', OrderTypeCodec],
  side: ['side', OrderSideCodec],
  selfTradePreventionMode: ['selfTradePreventionMode', t.string],
});
/** A decoded canceled order. */
export type CanceledOrder = t.TypeOf<typeof CanceledOrder>;
/** The wire form of a canceled order. */
export type CanceledOrderWire = t.OutputOf<typeof CanceledOrder>;
