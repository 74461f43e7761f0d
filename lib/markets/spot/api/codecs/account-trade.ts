import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One of the account's own trades, as `getTrades` (`myTrades`) answers (`spec/spot-ws-api.md` §6.5).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#account-trade-history-user_data
 *
 * @example
 * ```ts
 * spot.getTrades({ symbol: 'BTCUSDT' }).subscribe((trades) => trades.forEach((t) => console.log(t.price.toFixed(), t.quantity.toFixed())));
 * ```
 */
export const AccountTrade = wireStruct('AccountTrade', {
  symbol: ['symbol', t.string],
  id: ['id', t.number],
  orderId: ['orderId', t.number],
  orderListId: ['orderListId', t.number],
  price: ['price', BigFromString],
  quantity: ['qty', BigFromString],
  quoteQuantity: ['quoteQty', BigFromString],
  commission: ['commission', BigFromString],
  commissionAsset: ['commissionAsset', t.string],
  time: ['time', t.number],
  isBuyer: ['isBuyer', t.boolean],
  isMaker: ['isMaker', t.boolean],
  isBestMatch: ['isBestMatch', t.boolean],
});
/** A decoded account trade. */
export type AccountTrade = t.TypeOf<typeof AccountTrade>;
/** The wire form of an account trade. */
export type AccountTradeWire = t.OutputOf<typeof AccountTrade>;
