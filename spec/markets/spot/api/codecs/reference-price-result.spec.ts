import Big from 'big.js';
import { ReferencePriceResult } from '../../../../../lib/markets/spot/api/codecs/reference-price-result';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Query Reference Price" examples, set and unset (market-examples.ts).
const EXAMPLE = MARKET_EXAMPLES.getReferencePrice;

describe('ReferencePriceResult', () => {
  it('default: decodes the official example with a reference price', () => {
    expect(decodeRight(ReferencePriceResult, EXAMPLE)).toEqual({
      symbol: 'BAZUSD',
      referencePrice: new Big('0.005019'),
      timestamp: 1770946889251,
    });
  });

  it('default: decodes the official example without one to null', () => {
    expect(decodeRight(ReferencePriceResult, { ...EXAMPLE, referencePrice: null }).referencePrice).toBeNull();
  });

  it('error: rejects a number where the reference price is a decimal string', () => {
    expect(rejection(ReferencePriceResult, { ...EXAMPLE, referencePrice: 0.005019 })).toEqual([
      'Invalid value 0.005019 supplied to : ReferencePriceResult/referencePrice: NullableBigFromString/0: BigFromString',
      'Invalid value 0.005019 supplied to : ReferencePriceResult/referencePrice: NullableBigFromString/1: null',
    ]);
  });

  it('behavior: encode∘decode gives back both wire forms', () => {
    expect(ReferencePriceResult.encode(decodeRight(ReferencePriceResult, EXAMPLE))).toEqual({ ...EXAMPLE, referencePrice: '0.005019' });
    const unset = { ...EXAMPLE, referencePrice: null };
    expect(ReferencePriceResult.encode(decodeRight(ReferencePriceResult, unset))).toEqual(unset);
  });
});
