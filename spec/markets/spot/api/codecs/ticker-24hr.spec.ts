import Big from 'big.js';
import * as t from 'io-ts';
import { Ticker24hr, Ticker24hrMini } from '../../../../../lib/markets/spot/api/codecs/ticker-24hr';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "24hr ticker price change statistics" examples (market-examples.ts).
const FULL = MARKET_EXAMPLES.getTicker;
const MINI = MARKET_EXAMPLES.getMiniTicker;

describe('Ticker24hr', () => {
  it('default: decodes the official FULL example, Qty keys named Quantity', () => {
    expect(decodeRight(Ticker24hr, FULL)).toEqual({
      symbol: 'BNBBTC',
      priceChange: new Big('0.000139'),
      priceChangePercent: new Big('1.02'),
      weightedAvgPrice: new Big('0.01382453'),
      prevClosePrice: new Big('0.013628'),
      lastPrice: new Big('0.013767'),
      lastQuantity: new Big('1.788'),
      bidPrice: new Big('0.013767'),
      bidQuantity: new Big('4.646'),
      askPrice: new Big('0.013768'),
      askQuantity: new Big('14.314'),
      openPrice: new Big('0.013628'),
      highPrice: new Big('0.014149'),
      lowPrice: new Big('0.013466'),
      volume: new Big('69412.405'),
      quoteVolume: new Big('959.59411487'),
      openTime: 1660014164909,
      closeTime: 1660100564909,
      firstId: 194696115,
      lastId: 194968287,
      count: 272173,
    });
  });

  it('default: decodes the official several-symbol array', () => {
    const tickers = decodeRight(t.readonlyArray(Ticker24hr), MARKET_EXAMPLES.getTickers);
    expect(tickers.map((tk) => tk.symbol)).toEqual(['BNBBTC', 'BTCUSDT']);
    expect(tickers[1]?.priceChange.eq('-938.06')).toBe(true);
  });

  it('error: rejects a MINI ticker, naming the missing FULL fields', () => {
    expect(rejection(Ticker24hr, MINI)).toContain('Invalid value undefined supplied to : Ticker24hr/bidQty: BigFromString');
  });

  it('error: rejects a number where the last quantity is a decimal string', () => {
    expect(rejection(Ticker24hr, { ...FULL, lastQty: 1.788 })).toEqual(['Invalid value 1.788 supplied to : Ticker24hr/lastQty: BigFromString']);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const ticker = decodeRight(Ticker24hr, FULL);
    expect(decodeRight(Ticker24hr, Ticker24hr.encode(ticker))).toEqual(ticker);
  });
});

describe('Ticker24hrMini', () => {
  it('default: decodes the official MINI example', () => {
    expect(decodeRight(Ticker24hrMini, MINI)).toMatchObject({ symbol: 'BNBBTC', lastPrice: new Big('0.013767'), count: 272173 });
  });

  it('error: rejects a number where the volume is a decimal string', () => {
    expect(rejection(Ticker24hrMini, { ...MINI, volume: 69412.405 })).toEqual([
      'Invalid value 69412.405 supplied to : Ticker24hrMini/volume: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const ticker = decodeRight(Ticker24hrMini, MINI);
    expect(decodeRight(Ticker24hrMini, Ticker24hrMini.encode(ticker))).toEqual(ticker);
  });
});
