import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * A spot `<symbol>@trade` event: one trade, as it happened.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#trade-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient().stream$(SubType.Trade, 'BTCUSDT').subscribe((t) => console.log(t.price.toFixed()));
 * ```
 */
export const Trade = wireStruct(
  'Trade',
  {
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    tradeId: ['t', t.number],
    price: ['p', BigFromString],
    quantity: ['q', BigFromString],
    tradeTime: ['T', t.number],
    isBuyerMaker: ['m', t.boolean],
  },
  { e: 'trade' },
);
/** A decoded spot trade. */
export type Trade = t.TypeOf<typeof Trade>;
/** The wire form of a spot trade. */
export type TradeWire = t.OutputOf<typeof Trade>;
