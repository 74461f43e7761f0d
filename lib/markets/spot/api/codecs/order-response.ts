import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';
import { ORDER_CONDITIONAL_FIELDS } from './order-conditional-fields.js';
import { OrderSideCodec, OrderStatusCodec, OrderTypeCodec, TimeInForceCodec } from './order-enum-codecs.js';
import { OrderFill } from './order-fill.js';

/**
 * The fields of an order placement's answer (`spec/spot-ws-api.md` §6.4): the five `ACK`
 * fields are always there; the `RESULT` fields and `fills` (`FULL`) are optional.
 *
 * @internal
 */
export const ORDER_RESPONSE_FIELDS = {
  ...ORDER_CONDITIONAL_FIELDS,
  symbol: ['symbol', t.string],
  orderId: ['orderId', t.number],
  /** `-1` unless the order belongs to an order list. */
  orderListId: ['orderListId', t.number],
  clientOrderId: ['clientOrderId', t.string],
  transactTime: ['transactTime', t.number],
  price: ['price', optionalField(BigFromString)],
  origQuantity: ['origQty', optionalField(BigFromString)],
  executedQuantity: ['executedQty', optionalField(BigFromString)],
  origQuoteOrderQuantity: ['origQuoteOrderQty', optionalField(BigFromString)],
  cumulativeQuoteQuantity: ['cummulativeQuoteQty', optionalField(BigFromString)],
  status: ['status', optionalField(OrderStatusCodec)],
  timeInForce: ['timeInForce', optionalField(TimeInForceCodec)],
  type: ['type', optionalField(OrderTypeCodec)],
  side: ['side', optionalField(OrderSideCodec)],
  /** `-1` while a pending or stop order is not yet on the book. */
  workingTime: ['workingTime', optionalField(t.number)],
  selfTradePreventionMode: ['selfTradePreventionMode', optionalField(t.string)],
  fills: ['fills', optionalField(t.readonlyArray(OrderFill))],
} as const;

/**
 * The answer to an order placement (`createOrder`, `cancelReplaceOrder`'s new order, the
 * reports of an order list). Its shape follows `newOrderRespType`, so one codec takes all three:
 * `ACK` has only `symbol`, `orderId`, `orderListId`, `clientOrderId`, `transactTime`; `RESULT`
 * adds prices, quantities, `status`, `timeInForce`, `type`, `side`, `workingTime`,
 * `selfTradePreventionMode`; `FULL` adds `fills`. Check `status !== undefined` (RESULT/FULL) or
 * `fills !== undefined` (FULL) before use. Conditional fields ({@link ORDER_CONDITIONAL_FIELDS})
 * appear when they apply.
 *
 * @remarks Binance's `cummulativeQuoteQty` is decoded as `cumulativeQuoteQuantity`; every
 * `…Qty` as `…Quantity`.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests#place-new-order-trade
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType } from 'binance-rx';
 * spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' })
 *   .subscribe((o) => console.log(o.orderId, o.status, o.executedQuantity?.toFixed()));
 * ```
 */
export const OrderResponse = wireStruct('OrderResponse', ORDER_RESPONSE_FIELDS);
/** A decoded order placement answer (ACK, RESULT or FULL). */
export type OrderResponse = t.TypeOf<typeof OrderResponse>;
/** The wire form of an order placement answer. */
export type OrderResponseWire = t.OutputOf<typeof OrderResponse>;
