import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';
import { ROLLING_STATISTICS_FIELDS } from './rolling-statistics-fields.js';

/**
 * A spot `<symbol>@ticker` event: 24 h rolling-window statistics (not the UTC day), with the
 * last trade and the best bid and ask.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-ticker-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.Ticker, 'BTCUSDT')
 *   .subscribe((t) => console.log(t.priceChangePercent.toFixed()));
 * ```
 */
export const Ticker = wireStruct(
  'Ticker',
  {
    ...ROLLING_STATISTICS_FIELDS,
    firstTradePrice: ['x', BigFromString],
    closeQuantity: ['Q', BigFromString],
    bestBidPrice: ['b', BigFromString],
    bestBidQuantity: ['B', BigFromString],
    bestAskPrice: ['a', BigFromString],
    bestAskQuantity: ['A', BigFromString],
  },
  { e: '24hrTicker' },
);
/** A decoded spot 24 h ticker. */
export type Ticker = t.TypeOf<typeof Ticker>;
/** The wire form of a spot 24 h ticker. */
export type TickerWire = t.OutputOf<typeof Ticker>;
