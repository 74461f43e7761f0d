import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One result of `ticker.book` / `GET /api/v3/ticker/bookTicker`: a symbol's best bid and ask.
 *
 * @remarks One object for `symbol`, an array for `symbols` or none (`getOrderbookTicker`,
 * `getOrderbookTickers`). Unlike the `bookTicker` stream it has no update id.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#symbol-order-book-ticker
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getOrderbookTicker({ symbol: 'BNBBTC' })
 *   .subscribe((b) => console.log(b.bidPrice.toFixed(), b.askPrice.toFixed()));
 * ```
 */
export const OrderbookTicker = wireStruct('OrderbookTicker', {
  symbol: ['symbol', t.string],
  bidPrice: ['bidPrice', BigFromString],
  bidQuantity: ['bidQty', BigFromString],
  askPrice: ['askPrice', BigFromString],
  askQuantity: ['askQty', BigFromString],
});
/** A decoded order-book ticker. */
export type OrderbookTicker = t.TypeOf<typeof OrderbookTicker>;
/** The wire form of an order-book ticker. */
export type OrderbookTickerWire = t.OutputOf<typeof OrderbookTicker>;
