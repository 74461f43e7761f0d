import Big from 'big.js';
import { Ticker } from '../../../../lib/markets/spot/codecs/ticker.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';
import recorded from '../../../fixtures/recorded/ticker.json';

const example = SPOT_STREAM_EXAMPLES.ticker;

describe('Ticker', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(Ticker, example)).toEqual({
      eventTime: 1672515782136,
      symbol: 'BNBBTC',
      priceChange: new Big('0.0015'),
      priceChangePercent: new Big('250.00'),
      weightedAveragePrice: new Big('0.0018'),
      firstTradePrice: new Big('0.0009'),
      close: new Big('0.0025'),
      closeQuantity: new Big('10'),
      bestBidPrice: new Big('0.0024'),
      bestBidQuantity: new Big('10'),
      bestAskPrice: new Big('0.0026'),
      bestAskQuantity: new Big('100'),
      open: new Big('0.0010'),
      high: new Big('0.0025'),
      low: new Big('0.0010'),
      volume: new Big('10000'),
      quoteVolume: new Big('18'),
      openTime: 0,
      closeTime: 86400000,
      firstTradeId: 0,
      lastTradeId: 18150,
      tradeCount: 18151,
    });
  });

  it('default: decodes a recorded btcusdt@ticker payload exactly', () => {
    const ticker = decodeRight(Ticker, recorded.data);
    expect(ticker.priceChangePercent.toFixed()).toBe('0.182');
    expect(ticker.quoteVolume.toFixed(8)).toBe('199349146.64212320');
    expect(ticker.tradeCount).toBe(80199);
  });

  it('error: rejects an empty best bid price and names the field', () => {
    expect(decodeLeftPaths(Ticker, { ...example, b: '' })).toEqual(['b']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(Ticker, { ...example, e: '1hTicker' })).toEqual(['e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const ticker = decodeRight(Ticker, example);
    expect(decodeRight(Ticker, Ticker.encode(ticker))).toEqual(ticker);
  });
});
