import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One amendment of an order, as `getOrderAmendments` (`order.amendments`) answers
 * (`spec/spot-ws-api.md` §6.5).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#query-order-amendments-user_data
 *
 * @example
 * ```ts
 * spot.getOrderAmendments({ symbol: 'BTCUSDT', orderId: 23 })
 *   .subscribe((a) => a.forEach((x) => console.log(x.origQuantity.toFixed(), '→', x.newQuantity.toFixed())));
 * ```
 */
export const OrderAmendment = wireStruct('OrderAmendment', {
  symbol: ['symbol', t.string],
  orderId: ['orderId', t.number],
  executionId: ['executionId', t.number],
  origClientOrderId: ['origClientOrderId', t.string],
  newClientOrderId: ['newClientOrderId', t.string],
  origQuantity: ['origQty', BigFromString],
  newQuantity: ['newQty', BigFromString],
  time: ['time', t.number],
});
/** A decoded order amendment. */
export type OrderAmendment = t.TypeOf<typeof OrderAmendment>;
/** The wire form of an order amendment. */
export type OrderAmendmentWire = t.OutputOf<typeof OrderAmendment>;
