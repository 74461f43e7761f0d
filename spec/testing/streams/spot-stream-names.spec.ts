import { SPOT_KLINE_INTERVALS, isSpotStreamName } from '../../../lib/testing/streams/spot-stream-names.js';

describe('isSpotStreamName', () => {
  it('default: accepts every stream of the spot catalogue', () => {
    const valid = [
      'btcusdt@trade',
      'btcusdt@aggTrade',
      'bnbbtc@blockTrade',
      'bazusd@referencePrice',
      'btcusdt@miniTicker',
      '!miniTicker@arr',
      'btcusdt@ticker',
      'btcusdt@ticker_1h',
      'btcusdt@ticker_4h',
      'btcusdt@ticker_1d',
      '!ticker_1h@arr',
      '!ticker_4h@arr',
      '!ticker_1d@arr',
      'btcusdt@bookTicker',
      'btcusdt@avgPrice',
      'btcusdt@depth5',
      'btcusdt@depth10@100ms',
      'btcusdt@depth20@1000ms',
      'btcusdt@depth',
      'btcusdt@depth@100ms',
      'btcusdt@depth@1000ms',
      ...SPOT_KLINE_INTERVALS.flatMap((i) => [`btcusdt@kline_${i}`, `btcusdt@kline_${i}@+08:00`]),
    ];
    expect(valid.filter((name) => !isSpotStreamName(name))).toEqual([]);
  });

  it('args: accepts Unicode lowercase and caseless symbols', () => {
    expect(isSpotStreamName('币安人生usdt@trade')).toBe(true);
    expect(isSpotStreamName('ñusdt@ticker')).toBe(true);
    expect(isSpotStreamName('1000satsusdt@depth')).toBe(true);
  });

  it('error: rejects retired streams, uppercase symbols and unknown suffixes', () => {
    const invalid = [
      '!ticker@arr',
      '!bookTicker',
      'BTCUSDT@trade',
      'Ñusdt@trade',
      'btcusdt@kline_2m',
      'btcusdt@kline_1M@+09:00',
      'btcusdt@depth15',
      'btcusdt@depth@500ms',
      'btcusdt@ticker_2h',
      '!ticker_1h',
      '!miniTicker',
      'btcusdt',
      '@trade',
      'btcusdt@trade ',
      'btc_usdt@trade',
      '',
    ];
    expect(invalid.filter((name) => isSpotStreamName(name))).toEqual([]);
  });
});
