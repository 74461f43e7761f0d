import Big from 'big.js';
import { KlineBar } from '../../../../../lib/markets/spot/api/codecs/kline-bar';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Klines" example row (market-examples.ts; spot-ws-api.md §6.2).
const [EXAMPLE] = MARKET_EXAMPLES.getKlines;
const BAR = {
  openTime: 1655971200000,
  open: new Big('0.01086'),
  high: new Big('0.010866'),
  low: new Big('0.010836'),
  close: new Big('0.010838'),
  volume: new Big('2290.538'),
  closeTime: 1655974799999,
  quoteVolume: new Big('24.85074442'),
  tradeCount: 2283,
  takerBuyVolume: new Big('1171.64'),
  takerBuyQuoteVolume: new Big('12.71225884'),
};

describe('KlineBar', () => {
  it('default: reads the official 12-element row into named fields', () => {
    expect(decodeRight(KlineBar, EXAMPLE)).toEqual(BAR);
  });

  it('behavior: tolerates an absent or different ignored 12th element', () => {
    expect(decodeRight(KlineBar, EXAMPLE.slice(0, 11))).toEqual(BAR);
    expect(decodeRight(KlineBar, [...EXAMPLE.slice(0, 11), 'whatever'])).toEqual(BAR);
  });

  it('error: rejects a number where the open price is a decimal string, naming the index', () => {
    const bad: unknown[] = [...EXAMPLE];
    bad[1] = 0.01086;
    expect(rejection(KlineBar, bad)).toEqual(['Invalid value 0.01086 supplied to : KlineBar/1: BigFromString']);
  });

  it('error: rejects an object', () => {
    expect(rejection(KlineBar, BAR)).toHaveLength(1);
  });

  it('behavior: encode∘decode gives back the 12-element row with "0" last', () => {
    const encoded = KlineBar.encode(decodeRight(KlineBar, EXAMPLE));
    expect(encoded).toHaveLength(12);
    expect(encoded[11]).toBe('0');
    expect(decodeRight(KlineBar, encoded)).toEqual(BAR);
    expect(KlineBar.is(BAR)).toBe(true);
  });
});
