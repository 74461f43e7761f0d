import * as t from 'io-ts';
import { NullableBigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * A spot `<symbol>@referencePrice` event: the symbol's reference price, `null` while it has
 * none.
 *
 * @remarks The payload has no `E`; `engineTime` is when the matching engine's price was valid.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#reference-price-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.ReferencePrice, 'BAZUSD')
 *   .subscribe((r) => console.log(r.referencePrice?.toFixed()));
 * ```
 */
export const ReferencePrice = wireStruct(
  'ReferencePrice',
  {
    symbol: ['s', t.string],
    referencePrice: ['r', NullableBigFromString],
    engineTime: ['t', t.number],
  },
  { e: 'referencePrice' },
);
/** A decoded spot reference price. */
export type ReferencePrice = t.TypeOf<typeof ReferencePrice>;
/** The wire form of a spot reference price. */
export type ReferencePriceWire = t.OutputOf<typeof ReferencePrice>;
