import * as t from 'io-ts';
import { mapCodec } from '../../../codecs/map-codec.js';
import { wireStruct } from '../../../codecs/wire-struct.js';
import { ROLLING_STATISTICS_FIELDS } from './rolling-statistics-fields.js';

/**
 * The rolling windows Binance computes ticker statistics over: `'1h'`, `'4h'`, `'1d'`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-rolling-window-statistics-streams
 *
 * @example
 * ```ts
 * TickerWindow.is('4h'); // true
 * ```
 */
export const TickerWindow = t.keyof({ '1h': null, '4h': null, '1d': null }, 'TickerWindow');
/** A rolling ticker window: `'1h' | '4h' | '1d'`. */
export type TickerWindow = t.TypeOf<typeof TickerWindow>;

const WINDOW_BY_EVENT_TYPE = { '1hTicker': '1h', '4hTicker': '4h', '1dTicker': '1d' } as const;
const EVENT_TYPE_BY_WINDOW = { '1h': '1hTicker', '4h': '4hTicker', '1d': '1dTicker' } as const;

/**
 * A window ticker's event type `e` (`'<window>Ticker'`) decoded to its {@link TickerWindow}
 * and encoded back; any other event type, such as `'2hTicker'`, is rejected.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-rolling-window-statistics-streams
 *
 * @example
 * ```ts
 * TickerWindowFromEventType.decode('4hTicker'); // Right('4h')
 * TickerWindowFromEventType.encode('1d'); // '1dTicker'
 * ```
 */
export const TickerWindowFromEventType = mapCodec(
  'TickerWindowFromEventType',
  t.keyof(WINDOW_BY_EVENT_TYPE, 'WindowTickerEventType'),
  {
    is: TickerWindow.is,
    decode: (eventType) => WINDOW_BY_EVENT_TYPE[eventType],
    encode: (window) => EVENT_TYPE_BY_WINDOW[window],
  },
);

/**
 * A spot `<symbol>@ticker_<window>` event: rolling-window statistics over 1 h, 4 h or 1 d.
 *
 * @remarks Unlike `@ticker`, `openTime` starts on a minute and `closeTime` is the time of
 * this update, so the effective window may be up to 59 999 ms wider than `window`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#individual-symbol-rolling-window-statistics-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.WindowTicker, 'BTCUSDT', '4h')
 *   .subscribe((w) => console.log(w.window, w.close.toFixed()));
 * ```
 */
export const WindowTicker = wireStruct('WindowTicker', {
  window: ['e', TickerWindowFromEventType],
  ...ROLLING_STATISTICS_FIELDS,
});
/** A decoded spot rolling-window ticker. */
export type WindowTicker = t.TypeOf<typeof WindowTicker>;
/** The wire form of a spot rolling-window ticker. */
export type WindowTickerWire = t.OutputOf<typeof WindowTicker>;

/**
 * The `!ticker_<window>@arr` payload: the window tickers of every symbol that changed.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#all-market-rolling-window-statistics-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.AllMarketWindowTickers, '1h')
 *   .subscribe((all) => console.log(all.length));
 * ```
 */
export const WindowTickerArray = t.readonlyArray(WindowTicker, 'WindowTickerArray');
