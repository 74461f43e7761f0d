import Big from 'big.js';
import { Kline } from '../../../../lib/markets/spot/codecs/kline.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';

const example = SPOT_STREAM_EXAMPLES.kline;

describe('Kline', () => {
  it('default: decodes the official example payload, flattened', () => {
    expect(decodeRight(Kline, example)).toEqual({
      eventTime: 1672515782136,
      symbol: 'BNBBTC',
      interval: '1m',
      openTime: 1672515780000,
      closeTime: 1672515839999,
      firstTradeId: 100,
      lastTradeId: 200,
      open: new Big('0.0010'),
      high: new Big('0.0025'),
      low: new Big('0.0015'),
      close: new Big('0.0020'),
      volume: new Big('1000'),
      quoteVolume: new Big('1.0000'),
      takerBuyVolume: new Big('500'),
      takerBuyQuoteVolume: new Big('0.500'),
      tradeCount: 100,
      isClosed: false,
    });
  });

  it('behavior: takes the symbol from the event, not from k', () => {
    const kline = decodeRight(Kline, { ...example, s: 'ETHBTC' });
    expect(kline.symbol).toBe('ETHBTC');
  });

  it('error: rejects a numeric open price and names the nested wire path', () => {
    expect(decodeLeftPaths(Kline, { ...example, k: { ...example.k, o: 0.001 } })).toEqual(['k.o']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(Kline, { ...example, e: 'trade' })).toEqual(['e']);
  });

  it('behavior: encode nests the candle under k again', () => {
    const wire = Kline.encode(decodeRight(Kline, example));
    expect(wire.e).toBe('kline');
    expect(wire.s).toBe('BNBBTC');
    expect(wire.k.s).toBe('BNBBTC');
    expect(wire.k.o).toBe('0.001');
    expect(wire.k.x).toBe(false);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const kline = decodeRight(Kline, example);
    expect(decodeRight(Kline, Kline.encode(kline))).toEqual(kline);
  });
});
