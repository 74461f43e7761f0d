import Big from 'big.js';
import type { FakeApiOutcome } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { MARKET_TICKER_ENDPOINTS } from '../../../../lib/testing/api/spot/market-ticker-endpoints';

// 2025-10-09T08:53:20Z
const NOW = 1_760_000_000_000;
const DAY = 86_400_000;
type Json = Record<string, unknown>;

function call(method: string, params: Json, market = new FakeSpotMarket(), transport: 'ws' | 'rest' = 'ws'): FakeApiOutcome {
  const endpoint = MARKET_TICKER_ENDPOINTS.find((e) => e.method === method);
  if (endpoint === undefined) throw new Error(`no endpoint ${method}`);
  return endpoint.handle({ params, transport, apiKey: undefined, serverTime: NOW }, { market, account: undefined });
}

function resultOf<T = Json>(outcome: FakeApiOutcome): T {
  if (!('result' in outcome)) throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result as T;
}

function weightOf(method: string, params: Json): number {
  return MARKET_TICKER_ENDPOINTS.find((e) => e.method === method)?.weight(params) ?? NaN;
}

// the documented examples' keys, in order (spec/spot-ws-api.md §6.2; Binance's WS-API docs)
const MINI_KEYS = ['symbol', 'openPrice', 'highPrice', 'lowPrice', 'lastPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime', 'firstId', 'lastId', 'count'];
const FULL_24HR_KEYS = [
  'symbol', 'priceChange', 'priceChangePercent', 'weightedAvgPrice', 'prevClosePrice', 'lastPrice', 'lastQty', 'bidPrice',
  'bidQty', 'askPrice', 'askQty', 'openPrice', 'highPrice', 'lowPrice', 'volume', 'quoteVolume', 'openTime', 'closeTime',
  'firstId', 'lastId', 'count',
];
const FULL_WINDOW_KEYS = ['symbol', 'priceChange', 'priceChangePercent', 'weightedAvgPrice', ...MINI_KEYS.slice(1)];

function expectTicker(ticker: Json, keys: readonly string[]): void {
  expect(Object.keys(ticker)).toEqual(keys);
  for (const [key, value] of Object.entries(ticker)) {
    if (key === 'symbol') continue;
    if (['openTime', 'closeTime', 'firstId', 'lastId', 'count'].includes(key)) expect(typeof value).toBe('number');
    else if (key === 'priceChangePercent') expect(value).toMatch(/^-?\d+\.\d{3}$/);
    else expect(value).toMatch(/^-?\d+\.\d{8}$/);
  }
  const [low, last, high] = [ticker['lowPrice'], ticker['lastPrice'], ticker['highPrice']].map((v) => new Big(v as string));
  expect(low?.lte(last ?? 0) && last?.lte(high ?? 0)).toBe(true);
}

describe('MARKET_TICKER_ENDPOINTS', () => {
  it('default: ticker.24hr FULL for one symbol covers the 24 hours before the request', () => {
    const market = new FakeSpotMarket();
    const ticker = resultOf(call('ticker.24hr', { symbol: 'BTCUSDT' }, market));
    expectTicker(ticker, FULL_24HR_KEYS);
    expect(ticker).toMatchObject({ symbol: 'BTCUSDT', lastPrice: '65000.00000000', openTime: NOW - DAY, closeTime: NOW });
    const inWindow = market.tradeLog('BTCUSDT', NOW).between(NOW - DAY, NOW);
    expect(ticker['count']).toBe(inWindow.length);
    expect(ticker['firstId']).toBe(inWindow[0]?.id);
    expect(ticker['openPrice']).toBe(inWindow[0]?.price.toFixed(8));
    const change = new Big(ticker['lastPrice'] as string).minus(ticker['openPrice'] as string);
    expect(ticker['priceChange']).toBe(change.toFixed(8));
    const avg = new Big(ticker['quoteVolume'] as string).div(ticker['volume'] as string);
    expect(new Big(ticker['weightedAvgPrice'] as string).minus(avg).abs().lt('0.00000002')).toBe(true);
  });

  it('args: ticker.24hr MINI, and an array for symbols (REST text) or for all', () => {
    expectTicker(resultOf(call('ticker.24hr', { symbol: 'BNBBTC', type: 'MINI' })), MINI_KEYS);
    const list = resultOf<Json[]>(call('ticker.24hr', { symbols: '["ETHBTC","BNBUSDT"]', type: 'FULL' }, undefined, 'rest'));
    expect(list.map((t) => t['symbol'])).toEqual(['ETHBTC', 'BNBUSDT']);
    list.forEach((t) => expectTicker(t, FULL_24HR_KEYS));
    expect(resultOf<Json[]>(call('ticker.24hr', {}))).toHaveLength(6);
  });

  it('default: ticker.tradingDay covers the current day in the time zone', () => {
    const utc = resultOf(call('ticker.tradingDay', { symbol: 'ETHUSDT' }));
    expectTicker(utc, FULL_WINDOW_KEYS);
    expect([utc['openTime'], utc['closeTime']]).toEqual([Date.UTC(2025, 9, 9), Date.UTC(2025, 9, 10) - 1]);
    const tokyo = resultOf<Json[]>(call('ticker.tradingDay', { symbols: ['ETHUSDT'], timeZone: '09:00', type: 'MINI' }));
    expectTicker(tokyo[0] ?? {}, MINI_KEYS);
    expect(tokyo[0]?.['openTime']).toBe(Date.UTC(2025, 9, 9) - 9 * 3_600_000);
  });

  it('default: the rolling ticker opens on a minute boundary before the window', () => {
    const ticker = resultOf(call('ticker', { symbol: 'LTCBTC', windowSize: '2h' }));
    expectTicker(ticker, FULL_WINDOW_KEYS);
    expect(ticker['openTime']).toBe(Date.UTC(2025, 9, 9, 6, 53));
    expect(ticker['closeTime']).toBe(NOW);
    const week = resultOf<Json[]>(call('ticker', { symbols: ['LTCBTC', 'BTCUSDT'], windowSize: '7d', type: 'MINI' }));
    week.forEach((t) => expectTicker(t, MINI_KEYS));
    expect(week[0]?.['openTime']).toBe(Date.UTC(2025, 9, 2, 8, 53));
    expect(resultOf(call('ticker', { symbol: 'LTCBTC' }))['openTime']).toBe(Date.UTC(2025, 9, 8, 8, 53));
  });

  it('behavior: a window without trades reports -1 ids and the last price', () => {
    const market = new FakeSpotMarket({ historyEndTime: NOW - 3 * 3_600_000 });
    expect(resultOf(call('ticker', { symbol: 'ETHBTC', windowSize: '1h' }, market))).toMatchObject({
      priceChange: '0.00000000',
      priceChangePercent: '0.000',
      weightedAvgPrice: '0.00000000',
      openPrice: '0.05385000',
      volume: '0.00000000',
      firstId: -1,
      lastId: -1,
      count: 0,
    });
  });

  it('behavior: setLastPrice shows in the tickers, inside high and low', () => {
    const market = new FakeSpotMarket();
    resultOf(call('ticker.24hr', { symbol: 'BNBUSDT' }, market));
    market.setLastPrice('BNBUSDT', '2000');
    const ticker = resultOf(call('ticker.24hr', { symbol: 'BNBUSDT' }, market));
    expect(ticker).toMatchObject({ lastPrice: '2000.00000000', highPrice: '2000.00000000' });
    expect(new Big(ticker['priceChange'] as string).gt(1000)).toBe(true);
  });

  it('error: tickers reject bad selections, types, windows and statuses like Binance', () => {
    expect(call('ticker', {})).toEqual({ status: 400, error: { code: -1102, msg: "Param 'symbol' or 'symbols' must be sent, but both were empty/null!" } });
    expect(call('ticker.tradingDay', {})).toMatchObject({ status: 400, error: { code: -1102 } });
    expect(call('ticker.24hr', { symbol: 'BTCUSDT', symbols: ['BTCUSDT'] })).toMatchObject({ error: { code: -1128 } });
    expect(call('ticker.24hr', { symbol: 'BTCUSDT', type: 'TINY' })).toEqual({ status: 400, error: { code: -1139, msg: 'Invalid ticker type.' } });
    expect(call('ticker', { symbol: 'BTCUSDT', windowSize: '60m' })).toMatchObject({ status: 400, error: { code: -1130 } });
    expect(call('ticker', { symbol: 'BTCUSDT', windowSize: '1d2h' })).toMatchObject({ status: 400, error: { code: -1130 } });
    expect(call('ticker', { symbol: 'BTCUSDT', windowSize: '8d' })).toMatchObject({ status: 400, error: { code: -1130 } });
    expect(call('ticker.tradingDay', { symbol: 'BTCUSDT', timeZone: '+14:30' })).toMatchObject({ status: 400, error: { code: -1130 } });
    expect(call('ticker.24hr', { symbol: 'BTCUSDT', symbolStatus: 'BREAK' })).toMatchObject({ status: 400, error: { code: -1220 } });
    expect(resultOf(call('ticker.24hr', { symbols: ['BTCUSDT'], symbolStatus: 'BREAK' }))).toEqual([]);
  });

  it('behavior: weights follow the spec tables', () => {
    const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `S${i}`);
    expect(weightOf('ticker.24hr', { symbol: 'BTCUSDT' })).toBe(2);
    expect(weightOf('ticker.24hr', { symbols: names(20) })).toBe(2);
    expect(weightOf('ticker.24hr', { symbols: JSON.stringify(names(21)) })).toBe(40);
    expect(weightOf('ticker.24hr', { symbols: names(100) })).toBe(40);
    expect(weightOf('ticker.24hr', { symbols: names(101) })).toBe(80);
    expect(weightOf('ticker.24hr', {})).toBe(80);
    expect(weightOf('ticker.tradingDay', { symbol: 'BTCUSDT' })).toBe(4);
    expect(weightOf('ticker.tradingDay', { symbols: names(3) })).toBe(12);
    expect(weightOf('ticker.tradingDay', { symbols: names(51) })).toBe(200);
    expect(weightOf('ticker', { symbols: names(50) })).toBe(200);
    expect(weightOf('ticker', { symbols: names(2) })).toBe(8);
  });
});
