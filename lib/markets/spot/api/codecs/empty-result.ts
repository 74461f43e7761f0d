import type * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * The `{}` result of `ping` (spot-ws-api.md §6.1): any JSON object, decoded to `{}`.
 *
 * @remarks Any keys Binance might add are ignored; an array or a non-object is rejected.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests#test-connectivity
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient().ping().subscribe(() => console.log('pong'));
 * ```
 */
export const EmptyResult = wireStruct('EmptyResult', {});
/** The decoded `{}` result. */
export type EmptyResult = t.TypeOf<typeof EmptyResult>;
