import Big from 'big.js';
import { DiffDepth } from '../../../../lib/markets/spot/codecs/diff-depth.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';

const example = SPOT_STREAM_EXAMPLES.diffDepth;

describe('DiffDepth', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(DiffDepth, example)).toEqual({
      eventTime: 1672515782136,
      symbol: 'BNBBTC',
      firstUpdateId: 157,
      finalUpdateId: 160,
      bids: [{ price: new Big('0.0024'), quantity: new Big('10') }],
      asks: [{ price: new Big('0.0026'), quantity: new Big('100') }],
    });
  });

  it('error: rejects a level without a quantity and names the wire path', () => {
    expect(decodeLeftPaths(DiffDepth, { ...example, b: [['0.0024']] })).toEqual(['b.0']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(DiffDepth, { ...example, e: 'trade' })).toEqual(['e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const diff = decodeRight(DiffDepth, example);
    expect(decodeRight(DiffDepth, DiffDepth.encode(diff))).toEqual(diff);
  });
});
