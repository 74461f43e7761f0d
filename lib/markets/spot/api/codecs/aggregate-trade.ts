import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One aggregate trade of `trades.aggregate` / `GET /api/v3/aggTrades`: the fills of one taker
 * order at one price. Named like the `aggTrade` stream's fields.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#aggregate-trades
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getAggregateTrades({ symbol: 'BNBBTC', fromId: 50000000, limit: 1 })
 *   .subscribe(([a]) => console.log(a?.aggTradeId, a?.quantity.toFixed()));
 * ```
 */
export const AggregateTrade = wireStruct('AggregateTrade', {
  aggTradeId: ['a', t.number],
  price: ['p', BigFromString],
  quantity: ['q', BigFromString],
  firstTradeId: ['f', t.number],
  lastTradeId: ['l', t.number],
  tradeTime: ['T', t.number],
  isBuyerMaker: ['m', t.boolean],
  isBestMatch: ['M', t.boolean],
});
/** A decoded aggregate trade. */
export type AggregateTrade = t.TypeOf<typeof AggregateTrade>;
/** The wire form of an aggregate trade. */
export type AggregateTradeWire = t.OutputOf<typeof AggregateTrade>;
