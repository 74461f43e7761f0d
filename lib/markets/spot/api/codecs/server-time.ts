import * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * The result of `time` / `GET /api/v3/time`: Binance's clock (epoch ms, or µs on a
 * `timeUnit=MICROSECOND` connection).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests#check-server-time
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient().getServerTime().subscribe(({ serverTime }) => console.log(serverTime));
 * ```
 */
export const ServerTime = wireStruct('ServerTime', {
  serverTime: ['serverTime', t.number],
});
/** A decoded server time. */
export type ServerTime = t.TypeOf<typeof ServerTime>;
/** The wire form of a server time. */
export type ServerTimeWire = t.OutputOf<typeof ServerTime>;
