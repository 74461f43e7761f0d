import type * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { MINI_TICKER_FIELDS, WINDOW_TICKER_FIELDS } from './ticker-fields.js';

/**
 * One FULL result of `ticker.tradingDay` / `GET /api/v3/ticker/tradingDay`: price-change
 * statistics of the current trading day (in the requested `timeZone`).
 *
 * @remarks One object for `symbol`, an array for `symbols` (`getTradingDayTicker`,
 * `getTradingDayTickers`).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#trading-day-ticker
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getTradingDayTicker({ symbol: 'BTCUSDT', timeZone: '8' })
 *   .subscribe((tk) => console.log(tk.priceChange.toFixed()));
 * ```
 */
export const TradingDayTicker = wireStruct('TradingDayTicker', WINDOW_TICKER_FIELDS);
/** A decoded FULL trading-day ticker. */
export type TradingDayTicker = t.TypeOf<typeof TradingDayTicker>;
/** The wire form of a FULL trading-day ticker. */
export type TradingDayTickerWire = t.OutputOf<typeof TradingDayTicker>;

/**
 * One MINI result of `ticker.tradingDay` (`type: 'MINI'`): without price change and weighted
 * average price.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#trading-day-ticker
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getTradingDayMiniTicker({ symbol: 'BTCUSDT', type: 'MINI' })
 *   .subscribe((tk) => console.log(tk.lastPrice.toFixed()));
 * ```
 */
export const TradingDayTickerMini = wireStruct('TradingDayTickerMini', MINI_TICKER_FIELDS);
/** A decoded MINI trading-day ticker. */
export type TradingDayTickerMini = t.TypeOf<typeof TradingDayTickerMini>;
/** The wire form of a MINI trading-day ticker. */
export type TradingDayTickerMiniWire = t.OutputOf<typeof TradingDayTickerMini>;
