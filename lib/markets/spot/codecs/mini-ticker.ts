import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * A spot `<symbol>@miniTicker` event: 24 h rolling-window statistics (not the UTC day), in
 * short.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-mini-ticker-stream
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.MiniTicker, 'BTCUSDT')
 *   .subscribe((m) => console.log(m.close.toFixed()));
 * ```
 */
export const MiniTicker = wireStruct(
  'MiniTicker',
  {
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    open: ['o', BigFromString],
    high: ['h', BigFromString],
    low: ['l', BigFromString],
    close: ['c', BigFromString],
    volume: ['v', BigFromString],
    quoteVolume: ['q', BigFromString],
  },
  { e: '24hrMiniTicker' },
);
/** A decoded spot mini ticker. */
export type MiniTicker = t.TypeOf<typeof MiniTicker>;
/** The wire form of a spot mini ticker. */
export type MiniTickerWire = t.OutputOf<typeof MiniTicker>;

/**
 * The `!miniTicker@arr` payload: the mini tickers of every symbol that changed in the last
 * second.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#all-market-mini-tickers-stream
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.AllMarketMiniTickers)
 *   .subscribe((all) => console.log(all.length));
 * ```
 */
export const MiniTickerArray = t.readonlyArray(MiniTicker, 'MiniTickerArray');
