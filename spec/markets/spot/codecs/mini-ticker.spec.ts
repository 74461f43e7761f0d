import Big from 'big.js';
import { MiniTicker, MiniTickerArray } from '../../../../lib/markets/spot/codecs/mini-ticker.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';
import recorded from '../../../fixtures/recorded/miniTicker.json';

const example = SPOT_STREAM_EXAMPLES.miniTicker;

describe('MiniTicker', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(MiniTicker, example)).toEqual({
      eventTime: 1672515782136,
      symbol: 'BNBBTC',
      open: new Big('0.0010'),
      high: new Big('0.0025'),
      low: new Big('0.0010'),
      close: new Big('0.0025'),
      volume: new Big('10000'),
      quoteVolume: new Big('18'),
    });
  });

  it('default: decodes a recorded btcusdt@miniTicker payload exactly', () => {
    const miniTicker = decodeRight(MiniTicker, recorded.data);
    expect(miniTicker.close.toFixed(8)).toBe('102571.17000000');
    expect(miniTicker.quoteVolume.toFixed(8)).toBe('3065280135.28113970');
  });

  it('error: rejects a missing close price and names the field', () => {
    const { c: _, ...withoutClose } = example;
    expect(decodeLeftPaths(MiniTicker, withoutClose)).toEqual(['c']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(MiniTicker, { ...example, e: '24hrTicker' })).toEqual(['e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const miniTicker = decodeRight(MiniTicker, example);
    expect(decodeRight(MiniTicker, MiniTicker.encode(miniTicker))).toEqual(miniTicker);
  });
});

describe('MiniTickerArray', () => {
  it('default: decodes a !miniTicker@arr payload in order', () => {
    const all = decodeRight(MiniTickerArray, [example, recorded.data]);
    expect(all.map((m) => m.symbol)).toEqual(['BNBBTC', 'BTCUSDT']);
  });

  it('error: names the index of a bad element', () => {
    const bad = { ...example, v: null };
    expect(decodeLeftPaths(MiniTickerArray, [example, bad])).toEqual(['1.v']);
  });
});
