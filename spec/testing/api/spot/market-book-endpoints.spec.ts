import Big from 'big.js';
import type { FakeApiOutcome } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { MARKET_BOOK_ENDPOINTS } from '../../../../lib/testing/api/spot/market-book-endpoints';

const NOW = 1_760_000_000_000;
const DEC8 = /^\d+\.\d{8}$/;
type Json = Record<string, unknown>;
type Level = [string, string];

function call(method: string, params: Json, market = new FakeSpotMarket(), transport: 'ws' | 'rest' = 'ws'): FakeApiOutcome {
  const endpoint = MARKET_BOOK_ENDPOINTS.find((e) => e.method === method);
  if (endpoint === undefined) throw new Error(`no endpoint ${method}`);
  return endpoint.handle({ params, transport, apiKey: undefined, serverTime: NOW }, { market, account: undefined });
}

function resultOf<T = Json>(outcome: FakeApiOutcome): T {
  if (!('result' in outcome)) throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result as T;
}

function weightOf(method: string, params: Json): number {
  return MARKET_BOOK_ENDPOINTS.find((e) => e.method === method)?.weight(params) ?? NaN;
}

interface Depth {
  lastUpdateId: number;
  bids: Level[];
  asks: Level[];
}

describe('MARKET_BOOK_ENDPOINTS', () => {
  it('default: depth answers 100 levels a side, bids descending and asks ascending', () => {
    const depth = resultOf<Depth>(call('depth', { symbol: 'BNBBTC' }));
    expect(Object.keys(depth)).toEqual(['lastUpdateId', 'bids', 'asks']);
    expect(typeof depth.lastUpdateId).toBe('number');
    expect(depth.bids).toHaveLength(100);
    expect(depth.asks).toHaveLength(100);
    for (const level of [...depth.bids, ...depth.asks]) {
      expect(level).toHaveLength(2);
      expect(level[0]).toMatch(DEC8);
      expect(level[1]).toMatch(DEC8);
    }
    const prices = (levels: Level[]): Big[] => levels.map(([p]) => new Big(p));
    expect(prices(depth.bids).every((p, i, all) => i === 0 || p.lt(all[i - 1] ?? p))).toBe(true);
    expect(prices(depth.asks).every((p, i, all) => i === 0 || p.gt(all[i - 1] ?? p))).toBe(true);
    expect(new Big(depth.bids[0]?.[0] ?? '0').lt(depth.asks[0]?.[0] ?? '0')).toBe(true);
  });

  it('args: limit is read from a REST string or a WS number, and capped at 5000', () => {
    expect(resultOf<Depth>(call('depth', { symbol: 'BTCUSDT', limit: '5' }, undefined, 'rest')).bids).toHaveLength(5);
    expect(resultOf<Depth>(call('depth', { symbol: 'BTCUSDT', limit: 7 })).asks).toHaveLength(7);
    expect(resultOf<Depth>(call('depth', { symbol: 'BTCUSDT', limit: 6000 })).asks).toHaveLength(5000);
  });

  it('behavior: depth serves the book a test set', () => {
    const market = new FakeSpotMarket();
    market.setBook('ETHUSDT', { lastUpdateId: 42, bids: [['3499.5', '1.25']], asks: [['3500.5', '2']] });
    expect(call('depth', { symbol: 'ETHUSDT', limit: 5 }, market)).toEqual({
      result: { lastUpdateId: 42, bids: [['3499.50000000', '1.25000000']], asks: [['3500.50000000', '2.00000000']] },
    });
  });

  it('error: depth rejects a bad symbol, limit or status like Binance', () => {
    expect(call('depth', {})).toEqual({
      status: 400,
      error: { code: -1102, msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
    });
    expect(call('depth', { symbol: 'BTCUSD' })).toEqual({ status: 400, error: { code: -1121, msg: 'Invalid symbol.' } });
    expect(call('depth', { symbol: 'BTCUSDT', limit: 0 })).toEqual({
      status: 400,
      error: { code: -1130, msg: "Data sent for parameter 'limit' is not valid." },
    });
    expect(call('depth', { symbol: 'BTCUSDT', limit: 'ten' }, undefined, 'rest')).toMatchObject({ status: 400, error: { code: -1100 } });
    expect(call('depth', { symbol: 'BTCUSDT', symbolStatus: 'HALT' })).toEqual({
      status: 400,
      error: { code: -1220, msg: "The symbol's status does not match the requested symbolStatus." },
    });
  });

  it('default: ticker.price is an object for symbol and an array for symbols or none', () => {
    expect(call('ticker.price', { symbol: 'BNBBTC' })).toEqual({ result: { symbol: 'BNBBTC', price: '0.00923000' } });
    expect(resultOf(call('ticker.price', { symbols: '["ETHBTC","BTCUSDT"]' }, undefined, 'rest'))).toEqual([
      { symbol: 'ETHBTC', price: '0.05385000' },
      { symbol: 'BTCUSDT', price: '65000.00000000' },
    ]);
    expect(resultOf<unknown[]>(call('ticker.price', {}))).toHaveLength(6);
  });

  it('behavior: ticker.price follows setLastPrice and leaves out symbols of another status', () => {
    const market = new FakeSpotMarket();
    market.setLastPrice('ETHUSDT', '3600.1');
    market.setSymbolStatus('BNBUSDT', 'BREAK');
    expect(resultOf(call('ticker.price', { symbols: ['ETHUSDT', 'BNBUSDT'], symbolStatus: 'TRADING' }, market))).toEqual([
      { symbol: 'ETHUSDT', price: '3600.10000000' },
    ]);
  });

  it('default: ticker.book is the top of the depth book', () => {
    const market = new FakeSpotMarket();
    const depth = resultOf<Depth>(call('depth', { symbol: 'LTCBTC', limit: 1 }, market));
    expect(call('ticker.book', { symbol: 'LTCBTC' }, market)).toEqual({
      result: {
        symbol: 'LTCBTC',
        bidPrice: depth.bids[0]?.[0],
        bidQty: depth.bids[0]?.[1],
        askPrice: depth.asks[0]?.[0],
        askQty: depth.asks[0]?.[1],
      },
    });
    const all = resultOf<Json[]>(call('ticker.book', {}, market));
    expect(all.map((t) => Object.keys(t))).toEqual(Array(6).fill(['symbol', 'bidPrice', 'bidQty', 'askPrice', 'askQty']));
  });

  it('behavior: ticker.book reports zeros for an empty side', () => {
    const market = new FakeSpotMarket();
    market.setBook('BTCUSDT', { lastUpdateId: 1, bids: [], asks: [['65000', '1']] });
    expect(resultOf(call('ticker.book', { symbol: 'BTCUSDT' }, market))).toMatchObject({ bidPrice: '0.00000000', bidQty: '0.00000000' });
  });

  it('default: avgPrice is the 5-minute average with the last trade time', () => {
    const market = new FakeSpotMarket();
    const avg = resultOf<{ mins: number; price: string; closeTime: number }>(call('avgPrice', { symbol: 'BTCUSDT' }, market));
    expect(Object.keys(avg)).toEqual(['mins', 'price', 'closeTime']);
    expect(avg.mins).toBe(5);
    expect(avg.price).toMatch(DEC8);
    expect(avg.closeTime).toBe(market.tradeLog('BTCUSDT', NOW).trades.at(-1)?.time);
  });

  it('behavior: avgPrice weighs the recent trades by quantity', () => {
    const market = new FakeSpotMarket({ historyEndTime: NOW - 3_600_000 });
    market.addTrade('ETHUSDT', { price: '3000', qty: '1', time: NOW - 60_000 });
    market.addTrade('ETHUSDT', { price: '3300', qty: '2', time: NOW - 30_000 });
    expect(resultOf(call('avgPrice', { symbol: 'ETHUSDT' }, market))).toEqual({ mins: 5, price: '3200.00000000', closeTime: NOW - 30_000 });
  });

  it('behavior: weights follow the spec tables', () => {
    expect(weightOf('depth', {})).toBe(5);
    expect(weightOf('depth', { limit: '100' })).toBe(5);
    expect(weightOf('depth', { limit: 101 })).toBe(25);
    expect(weightOf('depth', { limit: 1000 })).toBe(50);
    expect(weightOf('depth', { limit: 1001 })).toBe(250);
    expect(weightOf('depth', { limit: 9999 })).toBe(250);
    expect(weightOf('depth', { limit: 'x' })).toBe(5);
    expect(weightOf('ticker.price', { symbol: 'BTCUSDT' })).toBe(2);
    expect(weightOf('ticker.price', { symbols: ['BTCUSDT'] })).toBe(4);
    expect(weightOf('ticker.book', {})).toBe(4);
    expect(weightOf('avgPrice', { symbol: 'BTCUSDT' })).toBe(2);
  });
});
