import Big from 'big.js';
import type { FakeApiOutcome } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { MARKET_TRADE_ENDPOINTS } from '../../../../lib/testing/api/spot/market-trade-endpoints';

const NOW = 1_760_000_000_000;
const DEC8 = /^\d+\.\d{8}$/;
type Json = Record<string, unknown>;

function call(method: string, params: Json, market = new FakeSpotMarket(), transport: 'ws' | 'rest' = 'ws', now = NOW): FakeApiOutcome {
  const endpoint = MARKET_TRADE_ENDPOINTS.find((e) => e.method === method);
  if (endpoint === undefined) throw new Error(`no endpoint ${method}`);
  return endpoint.handle({ params, transport, apiKey: undefined, serverTime: now }, { market, account: undefined });
}

function resultOf<T = Json[]>(outcome: FakeApiOutcome): T {
  if (!('result' in outcome)) throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result as T;
}

// the documented examples' keys (spec/spot-ws-api.md §6.2; block trades: binance-connector-js)
const TRADE_KEYS = ['id', 'price', 'qty', 'quoteQty', 'time', 'isBuyerMaker', 'isBestMatch'];
const BLOCK_KEYS = ['id', 'price', 'qty', 'quoteQty', 'time', 'isBuyerMaker'];
const AGG_KEYS = ['a', 'p', 'q', 'f', 'l', 'T', 'm', 'M'];

function expectTradeShape(trade: Json, keys: readonly string[]): void {
  expect(Object.keys(trade)).toEqual(keys);
  for (const key of ['price', 'qty', 'quoteQty']) expect(trade[key]).toMatch(DEC8);
  expect(typeof trade['id']).toBe('number');
  expect(typeof trade['time']).toBe('number');
  expect(typeof trade['isBuyerMaker']).toBe('boolean');
  expect(new Big(trade['quoteQty'] as string).eq(new Big(trade['price'] as string).times(trade['qty'] as string).round(8, Big.roundDown))).toBe(true);
}

describe('MARKET_TRADE_ENDPOINTS', () => {
  it('default: trades.recent answers the 500 latest trades, oldest first, shaped like the docs', () => {
    const market = new FakeSpotMarket();
    const trades = resultOf(call('trades.recent', { symbol: 'BTCUSDT' }, market));
    expect(trades).toHaveLength(500);
    trades.forEach((t) => expectTradeShape(t, TRADE_KEYS));
    expect(trades.every((t, i) => i === 0 || t['id'] === (trades[i - 1]?.['id'] as number) + 1)).toBe(true);
    expect(trades.at(-1)?.['price']).toBe(market.lastPrice('BTCUSDT'));
  });

  it('args: limit is capped at 1000 and read from REST text', () => {
    expect(resultOf(call('trades.recent', { symbol: 'ETHUSDT', limit: '3' }, undefined, 'rest'))).toHaveLength(3);
    expect(resultOf(call('trades.recent', { symbol: 'ETHUSDT', limit: 1500 }))).toHaveLength(1000);
  });

  it('behavior: trades.historical pages from fromId; without it, the most recent', () => {
    const market = new FakeSpotMarket();
    const recent = resultOf(call('trades.recent', { symbol: 'LTCBTC', limit: 5 }, market));
    const fromId = recent[1]?.['id'] as number;
    const page = resultOf(call('trades.historical', { symbol: 'LTCBTC', fromId: String(fromId), limit: '2' }, market, 'rest'));
    expect(page).toEqual(recent.slice(1, 3));
    expect(resultOf(call('trades.historical', { symbol: 'LTCBTC', fromId: fromId + 3, limit: 10 }, market))).toEqual(recent.slice(4));
    expect(resultOf(call('trades.historical', { symbol: 'LTCBTC', limit: 5 }, market))).toEqual(recent);
  });

  it('behavior: a trade added by a test is the most recent one', () => {
    const market = new FakeSpotMarket();
    market.addTrade('BNBUSDT', { price: '601.5', qty: '3', time: NOW - 1, isBuyerMaker: true });
    expect(resultOf(call('trades.recent', { symbol: 'BNBUSDT', limit: 1 }, market))[0]).toMatchObject({
      price: '601.50000000',
      qty: '3.00000000',
      quoteQty: '1804.50000000',
      time: NOW - 1,
      isBuyerMaker: true,
      isBestMatch: true,
    });
  });

  it('behavior: trades after the request time are not served', () => {
    const market = new FakeSpotMarket();
    market.addTrade('BNBUSDT', { price: '601.5', qty: '3', time: NOW + 60_000 });
    expect(resultOf(call('trades.recent', { symbol: 'BNBUSDT', limit: 1 }, market))[0]?.['time']).toBeLessThan(NOW + 60_000);
  });

  it('default: blockTrades.historical pages block trades from the mandatory fromId', () => {
    const blocks = resultOf(call('blockTrades.historical', { symbol: 'BTCUSDT', fromId: 3, limit: 4 }));
    expect(blocks.map((b) => b['id'])).toEqual([3, 4, 5, 6]);
    blocks.forEach((b) => expectTradeShape(b, BLOCK_KEYS));
    expect(call('blockTrades.historical', { symbol: 'BTCUSDT' })).toEqual({
      status: 400,
      error: { code: -1102, msg: "Mandatory parameter 'fromId' was not sent, was empty/null, or malformed." },
    });
  });

  it('default: trades.aggregate answers the latest aggregates, whose quantities add up the trades', () => {
    const market = new FakeSpotMarket();
    const aggs = resultOf(call('trades.aggregate', { symbol: 'ETHUSDT', limit: 50 }, market));
    expect(aggs).toHaveLength(50);
    for (const agg of aggs) {
      expect(Object.keys(agg)).toEqual(AGG_KEYS);
      expect(agg['p']).toMatch(DEC8);
      expect(agg['q']).toMatch(DEC8);
      expect(agg['M']).toBe(true);
    }
    const first = aggs[0]?.['f'] as number;
    const trades = resultOf(call('trades.historical', { symbol: 'ETHUSDT', fromId: first, limit: 1000 }, market));
    const sum = (values: unknown[]): string => values.reduce<Big>((s, v) => s.plus(v as string), new Big(0)).toFixed(8);
    expect(sum(aggs.map((a) => a['q']))).toBe(sum(trades.map((t) => t['qty'])));
    expect(aggs.at(-1)?.['l']).toBe(trades.at(-1)?.['id']);
    expect(aggs.some((a) => (a['l'] as number) > (a['f'] as number))).toBe(true);
  });

  it('args: trades.aggregate selects by fromId, or by startTime and endTime', () => {
    const market = new FakeSpotMarket();
    const latest = resultOf(call('trades.aggregate', { symbol: 'BNBBTC', limit: 10 }, market));
    const from = latest[2]?.['a'] as number;
    expect(resultOf(call('trades.aggregate', { symbol: 'BNBBTC', fromId: from, limit: 3 }, market))).toEqual(latest.slice(2, 5));
    const start = latest[4]?.['T'] as number;
    const end = latest[7]?.['T'] as number;
    const ranged = resultOf(call('trades.aggregate', { symbol: 'BNBBTC', startTime: String(start), endTime: String(end) }, market, 'rest'));
    expect(ranged).toEqual(latest.slice(4, 8));
    const upTo = resultOf(call('trades.aggregate', { symbol: 'BNBBTC', endTime: end, limit: 2 }, market));
    expect(upTo).toEqual(latest.slice(6, 8));
    // microsecond timestamps are accepted too
    expect(resultOf(call('trades.aggregate', { symbol: 'BNBBTC', startTime: start * 1000, endTime: end * 1000 }, market))).toEqual(ranged);
  });

  it('error: trades.aggregate takes fromId or a time range, not both', () => {
    expect(call('trades.aggregate', { symbol: 'BNBBTC', fromId: 1, startTime: NOW - 1000 })).toEqual({
      status: 400,
      error: { code: -1128, msg: 'Combination of optional parameters invalid.' },
    });
    expect(call('trades.recent', { symbol: 'bnbbtc' })).toEqual({ status: 400, error: { code: -1121, msg: 'Invalid symbol.' } });
    expect(call('trades.recent', { symbol: 'BNBBTC', limit: -1 })).toMatchObject({ error: { code: -1130 } });
  });

  it('behavior: the same seed and time give the same trades', () => {
    const a = resultOf(call('trades.recent', { symbol: 'ETHBTC', limit: 20 }, new FakeSpotMarket({ seed: 9 })));
    const b = resultOf(call('trades.recent', { symbol: 'ETHBTC', limit: 20 }, new FakeSpotMarket({ seed: 9 })));
    const c = resultOf(call('trades.recent', { symbol: 'ETHBTC', limit: 20 }, new FakeSpotMarket({ seed: 10 })));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('behavior: weights follow the spec tables', () => {
    const weight = (method: string): number => MARKET_TRADE_ENDPOINTS.find((e) => e.method === method)?.weight({}) ?? NaN;
    expect(weight('trades.recent')).toBe(25);
    expect(weight('trades.historical')).toBe(25);
    expect(weight('blockTrades.historical')).toBe(25);
    expect(weight('trades.aggregate')).toBe(4);
  });
});
