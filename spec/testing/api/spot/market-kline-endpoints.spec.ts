import Big from 'big.js';
import type { FakeApiOutcome } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { MARKET_KLINE_ENDPOINTS } from '../../../../lib/testing/api/spot/market-kline-endpoints';
import { klineOpenTime, shiftKline } from '../../../../lib/testing/api/spot/market-klines';
import { SPOT_KLINE_INTERVALS } from '../../../../lib/testing/streams/spot-stream-names';

// 2025-10-09T08:53:20Z, a Thursday
const NOW = 1_760_000_000_000;
const HOUR = 3_600_000;
const DEC8 = /^\d+\.\d{8}$/;
type Json = Record<string, unknown>;
type Kline = [number, string, string, string, string, string, number, string, number, string, string, string];

function call(method: string, params: Json, market = new FakeSpotMarket(), transport: 'ws' | 'rest' = 'ws'): FakeApiOutcome {
  const endpoint = MARKET_KLINE_ENDPOINTS.find((e) => e.method === method);
  if (endpoint === undefined) throw new Error(`no endpoint ${method}`);
  return endpoint.handle({ params, transport, apiKey: undefined, serverTime: NOW }, { market, account: undefined });
}

function klines(params: Json, market = new FakeSpotMarket(), method = 'klines', transport: 'ws' | 'rest' = 'ws'): Kline[] {
  const outcome = call(method, params, market, transport);
  if (!('result' in outcome)) throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result as Kline[];
}

function expectKlineShape(k: Kline): void {
  expect(k).toHaveLength(12);
  const [openTime, open, high, low, close, volume, closeTime, quoteVolume, count, takerBase, takerQuote, ignore] = k;
  expect([openTime, closeTime, count].map((v) => typeof v)).toEqual(['number', 'number', 'number']);
  for (const d of [open, high, low, close, volume, quoteVolume, takerBase, takerQuote]) expect(d).toMatch(DEC8);
  expect(ignore).toBe('0');
  expect(new Big(high).gte(open) && new Big(high).gte(close) && new Big(low).lte(open) && new Big(low).lte(close)).toBe(true);
  expect(new Big(takerBase).lte(volume)).toBe(true);
}

describe('MARKET_KLINE_ENDPOINTS', () => {
  it('default: klines answer consecutive 12-element arrays for every Binance interval', () => {
    const market = new FakeSpotMarket();
    for (const interval of SPOT_KLINE_INTERVALS) {
      const result = klines({ symbol: 'BTCUSDT', interval, limit: 30 }, market);
      expect(result.length).toBeGreaterThan(0);
      result.forEach(expectKlineShape);
      result.slice(1).forEach((k, i) => expect(k[0]).toBe((result[i]?.[6] ?? NaN) + 1));
      expect(result.at(-1)?.[0]).toBeLessThanOrEqual(NOW);
      expect(result.at(-1)?.[6]).toBeGreaterThanOrEqual(NOW);
    }
  });

  it('default: 500 klines by default; the latest closes at the last price', () => {
    const market = new FakeSpotMarket();
    const result = klines({ symbol: 'ETHUSDT', interval: '1m' }, market);
    expect(result).toHaveLength(500);
    expect(result.at(-1)?.[4]).toBe(market.lastPrice('ETHUSDT'));
  });

  it('behavior: hourly volumes and trade counts add up to the trade history', () => {
    const market = new FakeSpotMarket();
    const result = klines({ symbol: 'BNBUSDT', interval: '1h', limit: 1000 }, market);
    const trades = market.tradeLog('BNBUSDT', NOW).trades;
    expect(result.reduce((n, k) => n + k[8], 0)).toBe(trades.length);
    const volume = result.reduce((s, k) => s.plus(k[5]), new Big(0));
    expect(volume.eq(trades.reduce((s, t) => s.plus(t.qty), new Big(0)))).toBe(true);
  });

  it('args: startTime, endTime and limit select like Binance (REST strings too)', () => {
    const market = new FakeSpotMarket();
    const all = klines({ symbol: 'BTCUSDT', interval: '1h', limit: 1000 }, market);
    const start = all[3]?.[0] ?? 0;
    expect(klines({ symbol: 'BTCUSDT', interval: '1h', startTime: String(start), limit: '2' }, market, 'klines', 'rest')).toEqual(all.slice(3, 5));
    expect(klines({ symbol: 'BTCUSDT', interval: '1h', startTime: start + 1, limit: 2 }, market)).toEqual(all.slice(4, 6));
    expect(klines({ symbol: 'BTCUSDT', interval: '1h', endTime: start + 1, limit: 2 }, market)).toEqual(all.slice(2, 4));
    expect(klines({ symbol: 'BTCUSDT', interval: '1h', startTime: start, endTime: all[5]?.[0] }, market)).toEqual(all.slice(3, 6));
    expect(klines({ symbol: 'BTCUSDT', interval: '1h', limit: 5000 }, market)).toEqual(all);
  });

  it('args: timeZone lays days out in that zone', () => {
    const utc = klines({ symbol: 'BTCUSDT', interval: '1d', limit: 1 });
    const plus8 = klines({ symbol: 'BTCUSDT', interval: '1d', limit: 1, timeZone: '8' });
    const minus545 = klines({ symbol: 'BTCUSDT', interval: '1d', limit: 1, timeZone: '-05:45' });
    expect(utc[0]?.[0]).toBe(Date.UTC(2025, 9, 9));
    expect(plus8[0]?.[0]).toBe(Date.UTC(2025, 9, 9) - 8 * HOUR);
    expect(minus545[0]?.[0]).toBe(Date.UTC(2025, 9, 9) + 5.75 * HOUR);
    expect(plus8[0]?.[6]).toBe(Date.UTC(2025, 9, 10) - 8 * HOUR - 1);
  });

  it('behavior: uiKlines open each kline at the previous close', () => {
    const market = new FakeSpotMarket();
    const plain = klines({ symbol: 'LTCBTC', interval: '15m', limit: 20 }, market);
    const ui = klines({ symbol: 'LTCBTC', interval: '15m', limit: 20 }, market, 'uiKlines');
    ui.forEach(expectKlineShape);
    ui.slice(1).forEach((k, i) => expect(k[1]).toBe(ui[i]?.[4]));
    expect(ui.map((k) => [k[0], k[4], k[5], k[8]])).toEqual(plain.map((k) => [k[0], k[4], k[5], k[8]]));
  });

  it('behavior: klines without trades repeat the previous close with zero volume', () => {
    const market = new FakeSpotMarket({ historyEndTime: NOW - 5 * HOUR });
    const result = klines({ symbol: 'ETHBTC', interval: '1h', limit: 3 }, market);
    expect(result.map((k) => k.slice(1, 6))).toEqual(Array(3).fill(['0.05385000', '0.05385000', '0.05385000', '0.05385000', '0.00000000']));
    expect(result.map((k) => k[8])).toEqual([0, 0, 0]);
  });

  it('error: a missing or unknown interval is rejected like Binance', () => {
    expect(call('klines', { symbol: 'BTCUSDT', interval: '2d' })).toEqual({ status: 400, error: { code: -1120, msg: 'Invalid interval.' } });
    expect(call('uiKlines', { symbol: 'BTCUSDT', interval: '1H' })).toEqual({ status: 400, error: { code: -1120, msg: 'Invalid interval.' } });
    expect(call('klines', { symbol: 'BTCUSDT' })).toEqual({
      status: 400,
      error: { code: -1102, msg: "Mandatory parameter 'interval' was not sent, was empty/null, or malformed." },
    });
    expect(call('klines', { symbol: 'BTCUSDT', interval: '1m', timeZone: '15' })).toMatchObject({ status: 400, error: { code: -1130 } });
    expect(call('klines', { symbol: 'XYZ', interval: '1m' })).toMatchObject({ error: { code: -1121 } });
  });

  it('behavior: weights are 2', () => {
    for (const e of MARKET_KLINE_ENDPOINTS) expect(e.weight({ symbol: 'BTCUSDT', interval: '1m' })).toBe(2);
  });
});

describe('klineOpenTime', () => {
  it('default: fixed intervals align to the epoch in UTC', () => {
    expect(klineOpenTime('1s', NOW + 123, 0)).toBe(NOW);
    expect(klineOpenTime('15m', NOW, 0)).toBe(Date.UTC(2025, 9, 9, 8, 45));
    expect(klineOpenTime('4h', NOW, 0)).toBe(Date.UTC(2025, 9, 9, 8));
    expect(klineOpenTime('3d', 0, 0)).toBe(0);
  });

  it('behavior: weeks open on Monday and months on the 1st, in the time zone', () => {
    expect(klineOpenTime('1w', NOW, 0)).toBe(Date.UTC(2025, 9, 6));
    expect(klineOpenTime('1M', NOW, 0)).toBe(Date.UTC(2025, 9, 1));
    expect(klineOpenTime('1M', Date.UTC(2025, 8, 30, 20), 8 * HOUR)).toBe(Date.UTC(2025, 9, 1) - 8 * HOUR);
  });
});

describe('shiftKline', () => {
  it('behavior: steps months by calendar and other intervals by their length', () => {
    expect(shiftKline('1M', Date.UTC(2025, 0, 1), 1, 0)).toBe(Date.UTC(2025, 1, 1));
    expect(shiftKline('1M', Date.UTC(2025, 0, 1), -1, 0)).toBe(Date.UTC(2024, 11, 1));
    expect(shiftKline('1h', NOW, -2, 0)).toBe(NOW - 2 * HOUR);
  });
});
