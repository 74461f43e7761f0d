import Big from 'big.js';
import { AvgPrice } from '../../../../lib/markets/spot/codecs/avg-price.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';

const example = SPOT_STREAM_EXAMPLES.avgPrice;

describe('AvgPrice', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(AvgPrice, example)).toEqual({
      eventTime: 1693907033000,
      symbol: 'BTCUSDT',
      interval: '5m',
      price: new Big('25776.86000000'),
      lastTradeTime: 1693907032213,
    });
  });

  it('error: rejects a numeric average price and names the field', () => {
    expect(decodeLeftPaths(AvgPrice, { ...example, w: 25776.86 })).toEqual(['w']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(AvgPrice, { ...example, e: 'trade' })).toEqual(['e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const avgPrice = decodeRight(AvgPrice, example);
    expect(decodeRight(AvgPrice, AvgPrice.encode(avgPrice))).toEqual(avgPrice);
  });
});
