import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * A spot `<symbol>@avgPrice` event: the average price over a fixed interval (e.g. `'5m'`).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#average-price
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.AvgPrice, 'BTCUSDT')
 *   .subscribe((a) => console.log(a.price.toFixed()));
 * ```
 */
export const AvgPrice = wireStruct(
  'AvgPrice',
  {
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    interval: ['i', t.string],
    price: ['w', BigFromString],
    lastTradeTime: ['T', t.number],
  },
  { e: 'avgPrice' },
);
/** A decoded spot average price. */
export type AvgPrice = t.TypeOf<typeof AvgPrice>;
/** The wire form of a spot average price. */
export type AvgPriceWire = t.OutputOf<typeof AvgPrice>;
