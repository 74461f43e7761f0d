import * as t from 'io-ts';
import { NullableBigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * The result of `referencePrice` / `GET /api/v3/referencePrice` (added 2026-03-09): a symbol's
 * reference price, `null` while none is set, and when it was valid.
 *
 * @remarks Named `…Result` because `ReferencePrice` is the `<symbol>@referencePrice` stream
 * event. A symbol that never had a reference price is an error (`-2043`), not a `null`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#query-reference-price
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getReferencePrice({ symbol: 'BAZUSD' })
 *   .subscribe((r) => console.log(r.referencePrice?.toFixed() ?? 'none'));
 * ```
 */
export const ReferencePriceResult = wireStruct('ReferencePriceResult', {
  symbol: ['symbol', t.string],
  referencePrice: ['referencePrice', NullableBigFromString],
  timestamp: ['timestamp', t.number],
});
/** A decoded reference price result. */
export type ReferencePriceResult = t.TypeOf<typeof ReferencePriceResult>;
/** The wire form of a reference price result. */
export type ReferencePriceResultWire = t.OutputOf<typeof ReferencePriceResult>;
