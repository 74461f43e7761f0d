import Big from 'big.js';
import { TradingDayTicker, TradingDayTickerMini } from '../../../../../lib/markets/spot/api/codecs/trading-day-ticker';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Trading Day Ticker" FULL and MINI examples (market-examples.ts).
const FULL = MARKET_EXAMPLES.getTradingDayTicker;
const MINI = MARKET_EXAMPLES.getTradingDayMiniTicker;

describe('TradingDayTicker', () => {
  it('default: decodes the official FULL example', () => {
    const ticker = decodeRight(TradingDayTicker, FULL);
    expect(ticker).toMatchObject({
      symbol: 'BTCUSDT',
      priceChange: new Big('-83.13'),
      priceChangePercent: new Big('-0.317'),
      weightedAvgPrice: new Big('26234.58803036'),
      quoteVolume: new Big('485217905.0421048'),
      openTime: 1695686400000,
      count: 697727,
    });
    expect(ticker).not.toHaveProperty('bidPrice');
  });

  it('error: rejects a number where the weighted average price is a decimal string', () => {
    expect(rejection(TradingDayTicker, { ...FULL, weightedAvgPrice: 26234.58803036 })).toEqual([
      'Invalid value 26234.58803036 supplied to : TradingDayTicker/weightedAvgPrice: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const ticker = decodeRight(TradingDayTicker, FULL);
    expect(decodeRight(TradingDayTicker, TradingDayTicker.encode(ticker))).toEqual(ticker);
  });
});

describe('TradingDayTickerMini', () => {
  it('default: decodes the official MINI example', () => {
    expect(decodeRight(TradingDayTickerMini, MINI)).toMatchObject({ lastPrice: new Big('26221.67'), lastId: 3220849281 });
  });

  it('error: rejects a number where the high price is a decimal string', () => {
    expect(rejection(TradingDayTickerMini, { ...MINI, highPrice: 26397.46 })).toEqual([
      'Invalid value 26397.46 supplied to : TradingDayTickerMini/highPrice: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const ticker = decodeRight(TradingDayTickerMini, MINI);
    expect(decodeRight(TradingDayTickerMini, TradingDayTickerMini.encode(ticker))).toEqual(ticker);
  });
});
