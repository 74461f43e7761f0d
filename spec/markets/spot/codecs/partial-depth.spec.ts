import Big from 'big.js';
import {
  PartialDepthPayload,
  partialDepthFor,
} from '../../../../lib/markets/spot/codecs/partial-depth.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';
import recorded from '../../../fixtures/recorded/bookDepthSnapshot.json';

const example = SPOT_STREAM_EXAMPLES.partialDepth;

describe('PartialDepthPayload', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(PartialDepthPayload, example)).toEqual({
      lastUpdateId: 160,
      bids: [{ price: new Big('0.0024'), quantity: new Big('10') }],
      asks: [{ price: new Big('0.0026'), quantity: new Big('100') }],
    });
  });
});

describe('partialDepthFor', () => {
  it('default: decodes the official example payload with the given symbol', () => {
    expect(decodeRight(partialDepthFor('BNBBTC'), example)).toEqual({
      symbol: 'BNBBTC',
      lastUpdateId: 160,
      bids: [{ price: new Big('0.0024'), quantity: new Big('10') }],
      asks: [{ price: new Big('0.0026'), quantity: new Big('100') }],
    });
  });

  it('args: names the codec PartialDepth', () => {
    expect(partialDepthFor('BNBBTC').name).toBe('PartialDepth');
  });

  it('default: decodes a recorded btcusdt@depth20@100ms payload exactly', () => {
    const depth = decodeRight(partialDepthFor('BTCUSDT'), recorded.data);
    expect(depth.symbol).toBe('BTCUSDT');
    expect(depth.lastUpdateId).toBe(80089389252);
    expect(depth.bids).toHaveLength(20);
    expect(depth.asks).toHaveLength(20);
    expect(depth.bids[0]?.price.toFixed(8)).toBe('102571.17000000');
    expect(depth.asks[0]?.quantity.toFixed(8)).toBe('5.54123000');
  });

  it('error: rejects a numeric level quantity and names the wire path', () => {
    const bad = { ...example, asks: [['0.0026', 100]] };
    expect(decodeLeftPaths(partialDepthFor('BNBBTC'), bad)).toEqual(['asks.0.1']);
  });

  it('behavior: encode∘decode gives back the wire values without the symbol', () => {
    const codec = partialDepthFor('BNBBTC');
    const depth = decodeRight(codec, example);
    const wire = codec.encode(depth);
    expect(wire).toEqual(example);
    expect(decodeRight(codec, wire)).toEqual(depth);
  });
});
