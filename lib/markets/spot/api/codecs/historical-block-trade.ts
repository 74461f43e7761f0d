import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One block trade of `blockTrades.historical` / `GET /api/v3/historicalBlockTrades` (added
 * 2026-05-06). Unlike a {@link RecentTrade} it has no `isBestMatch`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#historical-block-trades
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getHistoricalBlockTrades({ symbol: 'BNBBTC', fromId: 582 })
 *   .subscribe((trades) => console.log(trades[0]?.quantity.toFixed()));
 * ```
 */
export const HistoricalBlockTrade = wireStruct('HistoricalBlockTrade', {
  id: ['id', t.number],
  price: ['price', BigFromString],
  quantity: ['qty', BigFromString],
  quoteQuantity: ['quoteQty', BigFromString],
  time: ['time', t.number],
  isBuyerMaker: ['isBuyerMaker', t.boolean],
});
/** A decoded block trade. */
export type HistoricalBlockTrade = t.TypeOf<typeof HistoricalBlockTrade>;
/** The wire form of a block trade. */
export type HistoricalBlockTradeWire = t.OutputOf<typeof HistoricalBlockTrade>;
