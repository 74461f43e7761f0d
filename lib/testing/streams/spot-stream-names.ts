/**
 * The kline intervals of spot streams, case-sensitive (`1m` is a minute, `1M` a month).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#klinecandlestick-streams-for-utc
 */
export const SPOT_KLINE_INTERVALS = [
  '1s', '1m', '3m', '5m', '15m', '30m', '1h', '2h', '4h', '6h', '8h', '12h', '1d', '3d', '1w', '1M',
] as const;

/** The rolling windows of `<symbol>@ticker_<window>` and `!ticker_<window>@arr`. */
export const SPOT_TICKER_WINDOWS = ['1h', '4h', '1d'] as const;

// A spot symbol in a stream name is lowercase. Since 2025-12-02 symbols may be Unicode, so any
// letter without case (CJK…) or digit is allowed, but never an uppercase letter.
const SYMBOL = String.raw`[\p{Ll}\p{Lo}\p{Lm}\p{Nd}\p{Mn}\p{Mc}]+`;
const WINDOW = SPOT_TICKER_WINDOWS.join('|');
const INTERVAL = SPOT_KLINE_INTERVALS.join('|');
const SYMBOL_STREAM = [
  'trade',
  'aggTrade',
  'blockTrade',
  'referencePrice',
  'miniTicker',
  'ticker',
  `ticker_(?:${WINDOW})`,
  'bookTicker',
  'avgPrice',
  String.raw`kline_(?:${INTERVAL})(?:@\+08:00)?`,
  '(?:depth(?:5|10|20)?)(?:@100ms|@1000ms)?',
].join('|');

// `!ticker@arr` (retired 2026-03-26) and `!bookTicker` (removed 2022) are deliberately absent.
const SPOT_STREAM_NAME = new RegExp(
  `^(?:!miniTicker@arr|!ticker_(?:${WINDOW})@arr|${SYMBOL}@(?:${SYMBOL_STREAM}))$`,
  'u',
);

/**
 * Tells whether Binance's spot stream server accepts a stream name, following the stream
 * catalogue of `spec/spot-streams.md` §4 (as of July 2026).
 *
 * @param name - a stream name as sent on the wire, e.g. `'btcusdt@kline_1m@+08:00'`
 * @returns `true` for a name the server would subscribe, `false` for an invalid or retired one
 *
 * @remarks
 * Symbols must be lowercase; non-ASCII lowercase or caseless letters are allowed because spot
 * symbols may be Unicode. Retired streams (`!ticker@arr`, `!bookTicker`) are invalid. The fake
 * exchange uses this to answer `{"error":{"code":2,"msg":"Invalid request: invalid stream"}}`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams
 *
 * @example
 * ```ts
 * import { isSpotStreamName } from 'binance-rx/testing';
 * isSpotStreamName('btcusdt@depth20@100ms'); // true
 * isSpotStreamName('BTCUSDT@trade');         // false: symbols are lowercase
 * ```
 */
export function isSpotStreamName(name: string): boolean {
  return SPOT_STREAM_NAME.test(name);
}
