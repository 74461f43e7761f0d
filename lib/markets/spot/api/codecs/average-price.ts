import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * The result of `avgPrice` / `GET /api/v3/avgPrice`: the average price over the last `mins`
 * minutes, and the time of the last trade it includes.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#current-average-price
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getAveragePrice({ symbol: 'BNBBTC' })
 *   .subscribe(({ mins, price }) => console.log(mins, price.toFixed()));
 * ```
 */
export const AveragePrice = wireStruct('AveragePrice', {
  mins: ['mins', t.number],
  price: ['price', BigFromString],
  closeTime: ['closeTime', t.number],
});
/** A decoded average price. */
export type AveragePrice = t.TypeOf<typeof AveragePrice>;
/** The wire form of an average price. */
export type AveragePriceWire = t.OutputOf<typeof AveragePrice>;
