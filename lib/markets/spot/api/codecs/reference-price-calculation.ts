import * as t from 'io-ts';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * The result of `referencePrice.calculation` / `GET /api/v3/referencePrice/calculation`: how a
 * symbol's reference price is computed.
 *
 * @remarks `calculationType` `ARITHMETIC_MEAN` (computed by the matching engine) comes with
 * `bucketCount` and `bucketWidthMs`; `EXTERNAL` with `externalCalculationId`. The type stays a
 * `string` and the other fields optional, so a new calculation type still decodes. A symbol
 * without a reference price is an error (`-2043`).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#query-reference-price-calculation
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getReferencePriceCalculation({ symbol: 'BAZUSD' })
 *   .subscribe((c) => console.log(c.calculationType, c.bucketWidthMs));
 * ```
 */
export const ReferencePriceCalculation = wireStruct('ReferencePriceCalculation', {
  symbol: ['symbol', t.string],
  calculationType: ['calculationType', t.string],
  bucketCount: ['bucketCount', optionalField(t.number)],
  bucketWidthMs: ['bucketWidthMs', optionalField(t.number)],
  externalCalculationId: ['externalCalculationId', optionalField(t.number)],
});
/** A decoded reference price calculation. */
export type ReferencePriceCalculation = t.TypeOf<typeof ReferencePriceCalculation>;
/** The wire form of a reference price calculation. */
export type ReferencePriceCalculationWire = t.OutputOf<typeof ReferencePriceCalculation>;
