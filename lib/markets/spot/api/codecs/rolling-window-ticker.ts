import type * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { MINI_TICKER_FIELDS, WINDOW_TICKER_FIELDS } from './ticker-fields.js';

/**
 * One FULL result of `ticker` / `GET /api/v3/ticker`: price-change statistics over a custom
 * `windowSize` (default `1d`).
 *
 * @remarks `openTime` starts on a minute, so the window may be up to 59 999 ms wider than asked
 * (spot-ws-api.md §6.2). One object for `symbol`, an array for `symbols`
 * (`getRollingWindowTicker`, `getRollingWindowTickers`).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#rolling-window-price-change-statistics
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getRollingWindowTicker({ symbol: 'BNBBTC', windowSize: '7d' })
 *   .subscribe((tk) => console.log(tk.priceChangePercent.toFixed()));
 * ```
 */
export const RollingWindowTicker = wireStruct('RollingWindowTicker', WINDOW_TICKER_FIELDS);
/** A decoded FULL rolling-window ticker. */
export type RollingWindowTicker = t.TypeOf<typeof RollingWindowTicker>;
/** The wire form of a FULL rolling-window ticker. */
export type RollingWindowTickerWire = t.OutputOf<typeof RollingWindowTicker>;

/**
 * One MINI result of `ticker` (`type: 'MINI'`): without price change and weighted average
 * price.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#rolling-window-price-change-statistics
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getRollingWindowMiniTicker({ symbol: 'BNBBTC', type: 'MINI', windowSize: '4h' })
 *   .subscribe((tk) => console.log(tk.highPrice.toFixed()));
 * ```
 */
export const RollingWindowTickerMini = wireStruct('RollingWindowTickerMini', MINI_TICKER_FIELDS);
/** A decoded MINI rolling-window ticker. */
export type RollingWindowTickerMini = t.TypeOf<typeof RollingWindowTickerMini>;
/** The wire form of a MINI rolling-window ticker. */
export type RollingWindowTickerMiniWire = t.OutputOf<typeof RollingWindowTickerMini>;
