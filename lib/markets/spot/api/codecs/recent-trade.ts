import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One trade of `trades.recent` / `GET /api/v3/trades` and `trades.historical` /
 * `GET /api/v3/historicalTrades` (the same shape).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#recent-trades
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getRecentTrades({ symbol: 'BTCUSDT', limit: 10 })
 *   .subscribe((trades) => console.log(trades.map((tr) => tr.price.toFixed())));
 * ```
 */
export const RecentTrade = wireStruct('RecentTrade', {
  id: ['id', t.number],
  price: ['price', BigFromString],
  quantity: ['qty', BigFromString],
  quoteQuantity: ['quoteQty', BigFromString],
  time: ['time', t.number],
  isBuyerMaker: ['isBuyerMaker', t.boolean],
  isBestMatch: ['isBestMatch', t.boolean],
});
/** A decoded trade. */
export type RecentTrade = t.TypeOf<typeof RecentTrade>;
/** The wire form of a trade. */
export type RecentTradeWire = t.OutputOf<typeof RecentTrade>;
