import Big from 'big.js';
import { RollingWindowTicker, RollingWindowTickerMini } from '../../../../../lib/markets/spot/api/codecs/rolling-window-ticker';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Rolling window price change statistics" examples (market-examples.ts).
const FULL = MARKET_EXAMPLES.getRollingWindowTicker;
const MINI = MARKET_EXAMPLES.getRollingWindowMiniTicker;

describe('RollingWindowTicker', () => {
  it('default: decodes the official FULL example', () => {
    expect(decodeRight(RollingWindowTicker, FULL)).toMatchObject({
      symbol: 'BNBBTC',
      priceChange: new Big('0.000615'),
      priceChangePercent: new Big('4.735'),
      openTime: 1659580020000,
      closeTime: 1660184865291,
      count: 2387994,
    });
  });

  it('error: rejects a number where the price change is a decimal string', () => {
    expect(rejection(RollingWindowTicker, { ...FULL, priceChange: 0.000615 })).toEqual([
      'Invalid value 0.000615 supplied to : RollingWindowTicker/priceChange: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const ticker = decodeRight(RollingWindowTicker, FULL);
    expect(decodeRight(RollingWindowTicker, RollingWindowTicker.encode(ticker))).toEqual(ticker);
  });
});

describe('RollingWindowTickerMini', () => {
  it('default: decodes the official MINI example', () => {
    expect(decodeRight(RollingWindowTickerMini, MINI)).toMatchObject({ volume: new Big('587179.239'), firstId: 192977765 });
  });

  it('error: rejects a number where the low price is a decimal string', () => {
    expect(rejection(RollingWindowTickerMini, { ...MINI, lowPrice: 0.01296 })).toEqual([
      'Invalid value 0.01296 supplied to : RollingWindowTickerMini/lowPrice: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const ticker = decodeRight(RollingWindowTickerMini, MINI);
    expect(decodeRight(RollingWindowTickerMini, RollingWindowTickerMini.encode(ticker))).toEqual(ticker);
  });
});
