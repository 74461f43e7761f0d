import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * A spot `<symbol>@aggTrade` event: the trades that one taker order filled at one price,
 * aggregated.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#aggregate-trade-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.AggTrade, 'BTCUSDT')
 *   .subscribe((a) => console.log(a.quantity.toFixed()));
 * ```
 */
export const AggTrade = wireStruct(
  'AggTrade',
  {
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    aggTradeId: ['a', t.number],
    price: ['p', BigFromString],
    quantity: ['q', BigFromString],
    firstTradeId: ['f', t.number],
    lastTradeId: ['l', t.number],
    tradeTime: ['T', t.number],
    isBuyerMaker: ['m', t.boolean],
  },
  { e: 'aggTrade' },
);
/** A decoded spot aggregate trade. */
export type AggTrade = t.TypeOf<typeof AggTrade>;
/** The wire form of a spot aggregate trade. */
export type AggTradeWire = t.OutputOf<typeof AggTrade>;
