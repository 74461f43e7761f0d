import Big from 'big.js';
import { ReferencePrice } from '../../../../lib/markets/spot/codecs/reference-price.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';

const example = SPOT_STREAM_EXAMPLES.referencePrice;

describe('ReferencePrice', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(ReferencePrice, example)).toEqual({
      symbol: 'BAZUSD',
      referencePrice: new Big('1.00'),
      engineTime: 1770313263917,
    });
  });

  it('default: decodes r: null as a null reference price', () => {
    expect(decodeRight(ReferencePrice, { ...example, r: null })).toEqual({
      symbol: 'BAZUSD',
      referencePrice: null,
      engineTime: 1770313263917,
    });
  });

  it('error: rejects a missing reference price and names the field', () => {
    const { r: _, ...withoutReferencePrice } = example;
    // NullableBigFromString is a union: io-ts reports one path per member (0: decimal, 1: null).
    expect(decodeLeftPaths(ReferencePrice, withoutReferencePrice)).toEqual(['r.0', 'r.1']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(ReferencePrice, { ...example, e: 'avgPrice' })).toEqual(['e']);
  });

  it.each([
    ['a price', example],
    ['null', { ...example, r: null }],
  ])('behavior: encode∘decode gives back the wire values for %s', (_, payload) => {
    const referencePrice = decodeRight(ReferencePrice, payload);
    const wire = ReferencePrice.encode(referencePrice);
    expect(decodeRight(ReferencePrice, wire)).toEqual(referencePrice);
  });

  it('behavior: encodes a null reference price as r: null', () => {
    const referencePrice = decodeRight(ReferencePrice, { ...example, r: null });
    expect(ReferencePrice.encode(referencePrice).r).toBeNull();
  });
});
