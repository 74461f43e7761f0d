import Big from 'big.js';
import { Trade } from '../../../../lib/markets/spot/codecs/trade.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';
import recorded from '../../../fixtures/recorded/trade.json';

describe('Trade', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(Trade, SPOT_STREAM_EXAMPLES.trade)).toEqual({
      eventTime: 1672515782136,
      symbol: 'BNBBTC',
      tradeId: 12345,
      price: new Big('0.001'),
      quantity: new Big('100'),
      tradeTime: 1672515782136,
      isBuyerMaker: true,
    });
  });

  it('default: decodes a recorded btcusdt@trade payload exactly', () => {
    const trade = decodeRight(Trade, recorded.data);
    expect(trade.price.toFixed(8)).toBe('102571.17000000');
    expect(trade.quantity.eq('0.001')).toBe(true);
  });

  it('error: rejects a numeric price and names the field', () => {
    expect(decodeLeftPaths(Trade, { ...SPOT_STREAM_EXAMPLES.trade, p: 0.001 })).toEqual(['p']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(Trade, { ...SPOT_STREAM_EXAMPLES.trade, e: 'aggTrade' })).toEqual(['e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const trade = decodeRight(Trade, SPOT_STREAM_EXAMPLES.trade);
    expect(decodeRight(Trade, Trade.encode(trade))).toEqual(trade);
  });
});
