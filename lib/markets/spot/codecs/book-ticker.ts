import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * A spot `<symbol>@bookTicker` event: the best bid and ask, pushed on every change.
 *
 * @remarks The payload has no `e` and no `E`; `updateId` orders the events.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-book-ticker-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.BookTicker, 'BNBUSDT')
 *   .subscribe((b) => console.log(b.bidPrice.toFixed()));
 * ```
 */
export const BookTicker = wireStruct('BookTicker', {
  updateId: ['u', t.number],
  symbol: ['s', t.string],
  bidPrice: ['b', BigFromString],
  bidQuantity: ['B', BigFromString],
  askPrice: ['a', BigFromString],
  askQuantity: ['A', BigFromString],
});
/** A decoded spot book ticker. */
export type BookTicker = t.TypeOf<typeof BookTicker>;
/** The wire form of a spot book ticker. */
export type BookTickerWire = t.OutputOf<typeof BookTicker>;
