import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { mapCodec } from '../../../codecs/map-codec.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * The `k` object of a spot kline event: one candle, still open or just closed.
 *
 * @remarks Field order is the flattened {@link Kline}'s. `k.s` repeats the event's symbol; it is
 * checked on decode and written back from the event's `s` on encode.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#klinecandlestick-streams-for-utc
 *
 * @example
 * ```ts
 * import { SPOT_STREAM_EXAMPLES } from 'binance-rx/testing';
 * KlineBody.decode(SPOT_STREAM_EXAMPLES.kline.k); // Right({ interval: '1m', … })
 * ```
 */
export const KlineBody = wireStruct('KlineBody', {
  symbol: ['s', t.string],
  interval: ['i', t.string],
  openTime: ['t', t.number],
  closeTime: ['T', t.number],
  firstTradeId: ['f', t.number],
  lastTradeId: ['L', t.number],
  open: ['o', BigFromString],
  high: ['h', BigFromString],
  low: ['l', BigFromString],
  close: ['c', BigFromString],
  volume: ['v', BigFromString],
  quoteVolume: ['q', BigFromString],
  takerBuyVolume: ['V', BigFromString],
  takerBuyQuoteVolume: ['Q', BigFromString],
  tradeCount: ['n', t.number],
  isClosed: ['x', t.boolean],
});
/** A decoded `k` object, still nested. */
export type KlineBody = t.TypeOf<typeof KlineBody>;

/**
 * A spot kline event as Binance nests it (`{ e, E, s, k: {…} }`); {@link Kline} flattens it.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#klinecandlestick-streams-for-utc
 *
 * @example
 * ```ts
 * import { SPOT_STREAM_EXAMPLES } from 'binance-rx/testing';
 * KlineEvent.decode(SPOT_STREAM_EXAMPLES.kline); // Right({ eventTime, symbol, body: {…} })
 * ```
 */
export const KlineEvent = wireStruct(
  'KlineEvent',
  {
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    body: ['k', KlineBody],
  },
  { e: 'kline' },
);
/** A decoded kline event, still nested. */
export type KlineEvent = t.TypeOf<typeof KlineEvent>;

/**
 * A spot `<symbol>@kline_<interval>` (or `@kline_<interval>@+08:00`) event, flattened: the
 * candle's fields sit next to `eventTime` and `symbol`.
 *
 * @remarks Decoding checks the whole nested wire object, so a bad candle field is reported
 * with its wire path (`k.o`); encoding nests the fields under `k` again.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#klinecandlestick-streams-for-utc
 *
 * @example
 * ```ts
 * import { SpotClient, SubType, TimeFrame } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.Kline, 'BTCUSDT', TimeFrame.M1)
 *   .subscribe((k) => console.log(k.close.toFixed(), k.isClosed));
 * ```
 */
export const Kline = mapCodec('Kline', KlineEvent, {
  is: isKline,
  decode: ({ eventTime, symbol, body: { symbol: _bodySymbol, ...candle } }) => ({
    eventTime,
    symbol,
    ...candle,
  }),
  encode: ({ eventTime, symbol, ...candle }) => ({
    eventTime,
    symbol,
    body: { symbol, ...candle },
  }),
});
/** A decoded, flattened spot kline event. */
export type Kline = t.TypeOf<typeof Kline>;
/** The wire form of a spot kline event (nested under `k`). */
export type KlineWire = t.OutputOf<typeof Kline>;

function isKline(u: unknown): u is { readonly eventTime: number } & KlineBody {
  return KlineBody.is(u) && 'eventTime' in u && typeof u.eventTime === 'number';
}
