import type * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { MINI_TICKER_FIELDS, TICKER_24HR_FIELDS } from './ticker-fields.js';

/**
 * One FULL result of `ticker.24hr` / `GET /api/v3/ticker/24hr`: 24 h rolling-window statistics
 * (not the UTC day) with the last trade and the best bid and ask.
 *
 * @remarks Binance answers one object for `symbol` and an array for `symbols` or none; the
 * endpoint table has one entry for each form (`getTicker`, `getTickers`).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#24hr-ticker-price-change-statistics
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getTicker({ symbol: 'BNBBTC' })
 *   .subscribe((tk) => console.log(tk.lastPrice.toFixed(), tk.priceChangePercent.toFixed()));
 * ```
 */
export const Ticker24hr = wireStruct('Ticker24hr', TICKER_24HR_FIELDS);
/** A decoded FULL 24 h ticker. */
export type Ticker24hr = t.TypeOf<typeof Ticker24hr>;
/** The wire form of a FULL 24 h ticker. */
export type Ticker24hrWire = t.OutputOf<typeof Ticker24hr>;

/**
 * One MINI result of `ticker.24hr` (`type: 'MINI'`): the 24 h statistics without price change,
 * weighted average, last quantity or best bid and ask.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#24hr-ticker-price-change-statistics
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getMiniTicker({ symbol: 'BNBBTC', type: 'MINI' })
 *   .subscribe((tk) => console.log(tk.volume.toFixed()));
 * ```
 */
export const Ticker24hrMini = wireStruct('Ticker24hrMini', MINI_TICKER_FIELDS);
/** A decoded MINI 24 h ticker. */
export type Ticker24hrMini = t.TypeOf<typeof Ticker24hrMini>;
/** The wire form of a MINI 24 h ticker. */
export type Ticker24hrMiniWire = t.OutputOf<typeof Ticker24hrMini>;
