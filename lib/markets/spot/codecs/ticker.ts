import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

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
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    priceChange: ['p', BigFromString],
    priceChangePercent: ['P', BigFromString],
    weightedAveragePrice: ['w', BigFromString],
    firstTradePrice: ['x', BigFromString],
    close: ['c', BigFromString],
    closeQuantity: ['Q', BigFromString],
    bestBidPrice: ['b', BigFromString],
    bestBidQuantity: ['B', BigFromString],
    bestAskPrice: ['a', BigFromString],
    bestAskQuantity: ['A', BigFromString],
    open: ['o', BigFromString],
    high: ['h', BigFromString],
    low: ['l', BigFromString],
    volume: ['v', BigFromString],
    quoteVolume: ['q', BigFromString],
    openTime: ['O', t.number],
    closeTime: ['C', t.number],
    firstTradeId: ['F', t.number],
    lastTradeId: ['L', t.number],
    tradeCount: ['n', t.number],
  },
  { e: '24hrTicker' },
);
/** A decoded spot 24 h ticker. */
export type Ticker = t.TypeOf<typeof Ticker>;
/** The wire form of a spot 24 h ticker. */
export type TickerWire = t.OutputOf<typeof Ticker>;
