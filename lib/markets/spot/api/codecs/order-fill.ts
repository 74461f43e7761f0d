import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One trade that filled an order at placement: an entry of `fills` in a `FULL` order response
 * (`spec/spot-ws-api.md` §6.4). SOR fills add `matchType` and `allocId`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType } from 'binance-rx';
 * spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' })
 *   .subscribe((o) => o.fills?.forEach((f) => console.log(f.price.toFixed(), f.quantity.toFixed())));
 * ```
 */
export const OrderFill = wireStruct('OrderFill', {
  price: ['price', BigFromString],
  quantity: ['qty', BigFromString],
  commission: ['commission', BigFromString],
  commissionAsset: ['commissionAsset', t.string],
  /** `-1` for SOR fills. */
  tradeId: ['tradeId', t.number],
  matchType: ['matchType', optionalField(t.string)],
  allocId: ['allocId', optionalField(t.number)],
});
/** A decoded order fill. */
export type OrderFill = t.TypeOf<typeof OrderFill>;
/** The wire form of an order fill. */
export type OrderFillWire = t.OutputOf<typeof OrderFill>;
