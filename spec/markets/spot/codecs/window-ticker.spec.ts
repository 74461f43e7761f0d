import Big from 'big.js';
import {
  TickerWindowFromEventType,
  WindowTicker,
  WindowTickerArray,
} from '../../../../lib/markets/spot/codecs/window-ticker.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';

const example = SPOT_STREAM_EXAMPLES.windowTicker;

describe('WindowTicker', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(WindowTicker, example)).toEqual({
      window: '1h',
      eventTime: 1672515782136,
      symbol: 'BNBBTC',
      priceChange: new Big('0.0015'),
      priceChangePercent: new Big('250.00'),
      weightedAveragePrice: new Big('0.0018'),
      close: new Big('0.0025'),
      open: new Big('0.0010'),
      high: new Big('0.0025'),
      low: new Big('0.0010'),
      volume: new Big('10000'),
      quoteVolume: new Big('18'),
      openTime: 0,
      closeTime: 1675216573749,
      firstTradeId: 0,
      lastTradeId: 18150,
      tradeCount: 18151,
    });
  });

  it.each([
    ['1hTicker', '1h'],
    ['4hTicker', '4h'],
    ['1dTicker', '1d'],
  ] as const)('behavior: decodes e %s as window %s and encodes it back', (eventType, window) => {
    const ticker = decodeRight(WindowTicker, { ...example, e: eventType });
    expect(ticker.window).toBe(window);
    expect(WindowTicker.encode(ticker).e).toBe(eventType);
  });

  it('error: rejects the 24 h ticker event type 2hTicker', () => {
    expect(decodeLeftPaths(WindowTicker, { ...example, e: '2hTicker' })).toEqual(['e']);
  });

  it('error: rejects a numeric weighted average price and names the field', () => {
    expect(decodeLeftPaths(WindowTicker, { ...example, w: 0.0018 })).toEqual(['w']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const ticker = decodeRight(WindowTicker, example);
    expect(decodeRight(WindowTicker, WindowTicker.encode(ticker))).toEqual(ticker);
  });
});

describe('WindowTickerArray', () => {
  it('default: decodes a !ticker_4h@arr payload in order', () => {
    const payload = [
      { ...example, e: '4hTicker' },
      { ...example, e: '4hTicker', s: 'ETHBTC' },
    ];
    const all = decodeRight(WindowTickerArray, payload);
    expect(all.map((w) => [w.symbol, w.window])).toEqual([
      ['BNBBTC', '4h'],
      ['ETHBTC', '4h'],
    ]);
  });
});

describe('TickerWindowFromEventType', () => {
  it('error: rejects an unknown window event type', () => {
    expect(decodeLeftPaths(TickerWindowFromEventType, '2hTicker')).toEqual(['']);
  });

  it('default: encodes a window as its event type', () => {
    expect(TickerWindowFromEventType.encode('1d')).toBe('1dTicker');
  });
});
