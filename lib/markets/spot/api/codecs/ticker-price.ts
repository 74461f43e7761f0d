import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One result of `ticker.price` / `GET /api/v3/ticker/price`: a symbol's latest price.
 *
 * @remarks One object for `symbol`, an array for `symbols` or none (`getTickerPrice`,
 * `getTickerPrices`).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#symbol-price-ticker
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient().getTickerPrice({ symbol: 'BNBBTC' }).subscribe((p) => console.log(p.price.toFixed()));
 * ```
 */
export const TickerPrice = wireStruct('TickerPrice', {
  symbol: ['symbol', t.string],
  price: ['price', BigFromString],
});
/** A decoded price ticker. */
export type TickerPrice = t.TypeOf<typeof TickerPrice>;
/** The wire form of a price ticker. */
export type TickerPriceWire = t.OutputOf<typeof TickerPrice>;
