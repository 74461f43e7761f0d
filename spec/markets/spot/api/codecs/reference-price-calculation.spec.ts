import { ReferencePriceCalculation } from '../../../../../lib/markets/spot/api/codecs/reference-price-calculation';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Query Reference Price Calculation" examples (market-examples.ts and
// the EXTERNAL variant from the same page).
const MEAN = MARKET_EXAMPLES.getReferencePriceCalculation;
const EXTERNAL = { symbol: 'BAZUSD', calculationType: 'EXTERNAL', externalCalculationId: 42 };

describe('ReferencePriceCalculation', () => {
  it('default: decodes the official ARITHMETIC_MEAN example', () => {
    expect(decodeRight(ReferencePriceCalculation, MEAN)).toEqual(MEAN);
  });

  it('default: decodes the official EXTERNAL example, leaving the bucket fields absent', () => {
    const decoded = decodeRight(ReferencePriceCalculation, EXTERNAL);
    expect(decoded).toEqual(EXTERNAL);
    expect('bucketCount' in decoded).toBe(false);
  });

  it('error: rejects a string bucket width', () => {
    expect(rejection(ReferencePriceCalculation, { ...MEAN, bucketWidthMs: '1000' })).toEqual([
      'Invalid value "1000" supplied to : ReferencePriceCalculation/bucketWidthMs: number | undefined',
    ]);
  });

  it('behavior: encode∘decode gives back both wire forms', () => {
    expect(ReferencePriceCalculation.encode(decodeRight(ReferencePriceCalculation, MEAN))).toEqual(MEAN);
    expect(ReferencePriceCalculation.encode(decodeRight(ReferencePriceCalculation, EXTERNAL))).toEqual(EXTERNAL);
  });
});
