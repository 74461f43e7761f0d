import type { AggregateTradesParams, KlinesParams } from '../../../../../lib/markets/spot/api/params/market-params';
import type { MiniTickerParams, RollingWindowTickersParams, TickerParams } from '../../../../../lib/markets/spot/api/params/ticker-params';
import { TimeFrame } from '../../../../../lib/markets/time-frame';

// Types only: `tsc --noEmit` checks the @ts-expect-error lines.
describe('KlinesParams', () => {
  it('args: takes a TimeFrame member or its string, nothing else', () => {
    const valid: KlinesParams[] = [
      { symbol: 'BTCUSDT', interval: TimeFrame.M1 },
      { symbol: 'BTCUSDT', interval: '1M', startTime: 1, endTime: 2, timeZone: '-1:00', limit: 1000 },
    ];
    // @ts-expect-error '2m' is no kline interval
    const bad: KlinesParams = { symbol: 'BTCUSDT', interval: '2m' };
    expect([...valid, bad]).toHaveLength(3);
  });
});

describe('AggregateTradesParams', () => {
  it('args: refuses fromId together with a time range', () => {
    const valid: AggregateTradesParams[] = [
      { symbol: 'BNBBTC' },
      { symbol: 'BNBBTC', fromId: 1 },
      { symbol: 'BNBBTC', startTime: 1, endTime: 2, limit: 10 },
    ];
    // @ts-expect-error fromId cannot be used with startTime
    const bad: AggregateTradesParams = { symbol: 'BNBBTC', fromId: 1, startTime: 1 };
    expect([...valid, bad]).toHaveLength(4);
  });
});

describe('TickerParams', () => {
  it('args: FULL entries refuse type MINI and MINI entries refuse FULL', () => {
    const full: TickerParams = { symbol: 'BNBBTC', type: 'FULL' };
    const mini: MiniTickerParams = { symbol: 'BNBBTC', type: 'MINI' };
    // @ts-expect-error a FULL entry cannot ask for MINI
    const wrong: TickerParams = { symbol: 'BNBBTC', type: 'MINI' };
    // @ts-expect-error a MINI entry cannot ask for FULL
    const missing: MiniTickerParams = { symbol: 'BNBBTC', type: 'FULL' };
    const windows: RollingWindowTickersParams = { symbols: ['BNBBTC'], windowSize: '15m' };
    // @ts-expect-error window units cannot be combined or invented
    const badWindow: RollingWindowTickersParams = { symbols: ['BNBBTC'], windowSize: '1w' };
    expect([full, mini, wrong, missing, windows, badWindow]).toHaveLength(6);
  });
});
