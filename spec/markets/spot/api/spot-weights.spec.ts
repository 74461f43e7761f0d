import {
  depthWeight,
  executionRulesWeight,
  myTradesWeight,
  openOrdersWeight,
  ORDER_LIST_ORDERS,
  perSymbolTickerWeight,
  preventedMatchesWeight,
  priceTickerWeight,
  symbolSelection,
  testOrderWeight,
  ticker24hrWeight,
} from '../../../../lib/markets/spot/api/spot-weights';
import { spotDepthWeight } from '../../../../lib/markets/spot/spot-order-book';

// Values from spec/spot-ws-api.md §6.1–6.5 and spec/rest.md §7; malformed inputs cost the
// documented maximum, missing ones the documented default.

const WEIRD: readonly unknown[] = [undefined, null, 0, -1, 1.5, NaN, Infinity, '', 'x', '12', true, [], ['A'], [1], {}, Symbol('s'), () => 1];

describe('symbolSelection', () => {
  it.each([
    [{ symbol: 'BTCUSDT' }, 'one'],
    [{ symbols: ['A', 'B'] }, 2],
    [{}, 'all'],
    [{ symbol: null, symbols: undefined }, 'all'],
    [{ symbol: 'A', symbols: ['B'] }, 'malformed'],
    [{ symbol: '' }, 'malformed'],
    [{ symbol: 5 }, 'malformed'],
    [{ symbols: [] }, 'malformed'],
    [{ symbols: ['A', ''] }, 'malformed'],
    [{ symbols: '["A"]' }, 'malformed'],
  ])('behavior: %j is %p', (params, expected) => {
    expect(symbolSelection(params)).toBe(expected);
  });
});

describe('depthWeight', () => {
  it.each([
    [undefined, 5],
    [null, 5],
    [1, 5],
    [100, 5],
    [101, 25],
    [500, 25],
    [501, 50],
    [1000, 50],
    [1001, 250],
    [5000, 250],
    [99999, 250],
    ['500', 25],
    [0, 250],
    [-5, 250],
    [1.5, 250],
    [NaN, 250],
    ['abc', 250],
  ])('behavior: limit %p weighs %d', (limit, weight) => {
    expect(depthWeight(limit)).toBe(weight);
  });

  it('behavior: spotDepthWeight (the managed order book) uses the same tiers', () => {
    expect([1, 100, 101, 500, 501, 1000, 1001, 5000].map(spotDepthWeight)).toEqual([5, 5, 25, 25, 50, 50, 250, 250]);
  });
});

describe('param-dependent weights', () => {
  it('behavior: executionRules is 2 per symbol up to 40, 40 for symbolStatus, none or both', () => {
    expect([{ symbol: 'A' }, { symbols: ['A', 'B', 'C'] }, { symbols: Array<string>(30).fill('A') }, { symbolStatus: 'HALT' }, {}, { symbol: 'A', symbolStatus: 'HALT' }].map(executionRulesWeight)).toEqual([2, 6, 40, 40, 40, 40]);
  });

  it('behavior: ticker.24hr is 2 / 40 / 80 by symbol count, 80 for all or malformed', () => {
    const n = (k: number) => ({ symbols: Array<string>(k).fill('A') });
    expect([{ symbol: 'A' }, n(20), n(21), n(100), n(101), {}, { symbols: [] }].map(ticker24hrWeight)).toEqual([2, 2, 40, 40, 80, 80, 80]);
  });

  it('behavior: ticker and ticker.tradingDay are 4 per symbol capped at 200, 200 without symbols', () => {
    const n = (k: number) => ({ symbols: Array<string>(k).fill('A') });
    expect([{ symbol: 'A' }, n(1), n(50), n(51), n(200), {}].map(perSymbolTickerWeight)).toEqual([4, 4, 200, 200, 200, 200]);
  });

  it('behavior: ticker.price and ticker.book are 2 for a symbol, else 4', () => {
    expect([{ symbol: 'A' }, { symbols: ['A'] }, {}, { symbol: 3 }].map(priceTickerWeight)).toEqual([2, 4, 4, 4]);
  });

  it('behavior: openOrders.status is 6 with a symbol, else 80', () => {
    expect([{ symbol: 'A' }, {}, { symbol: '' }].map(openOrdersWeight)).toEqual([6, 80, 80]);
  });

  it('behavior: myTrades is 5 with an orderId (number or digits), else 20', () => {
    expect([{ orderId: 0 }, { orderId: '42' }, {}, { orderId: -1 }, { orderId: 'x' }].map(myTradesWeight)).toEqual([5, 5, 20, 20, 20]);
  });

  it('behavior: myPreventedMatches is 2 by preventedMatchId alone, else 20', () => {
    expect([{ preventedMatchId: 1 }, { orderId: 1 }, {}, { preventedMatchId: 1, orderId: 1 }, { preventedMatchId: 'x' }].map(preventedMatchesWeight)).toEqual([2, 20, 20, 20, 20]);
  });

  it('behavior: order.test is 20 with computeCommissionRates, 1 without or false', () => {
    expect([{}, { computeCommissionRates: false }, { computeCommissionRates: 'false' }, { computeCommissionRates: true }, { computeCommissionRates: 'true' }, { computeCommissionRates: 1 }].map(testOrderWeight)).toEqual([1, 1, 1, 20, 20, 20]);
  });

  it('behavior: order lists count the orders they place', () => {
    expect(ORDER_LIST_ORDERS).toEqual({ oco: 2, oto: 2, otoco: 3, opo: 2, opoco: 3 });
  });

  it.each(WEIRD.map((value) => [value]))('error: %p in any param never throws and gives a documented weight', (value) => {
    const bags = ['symbol', 'symbols', 'symbolStatus', 'orderId', 'preventedMatchId', 'computeCommissionRates'].map((k) => ({ [k]: value }));
    for (const bag of bags) {
      expect([2, 40]).toContain(executionRulesWeight(bag));
      expect([2, 40, 80]).toContain(ticker24hrWeight(bag));
      expect(perSymbolTickerWeight(bag) % 4).toBe(0);
      expect([2, 4]).toContain(priceTickerWeight(bag));
      expect([6, 80]).toContain(openOrdersWeight(bag));
      expect([5, 20]).toContain(myTradesWeight(bag));
      expect([2, 20]).toContain(preventedMatchesWeight(bag));
      expect([1, 20]).toContain(testOrderWeight(bag));
    }
    expect([5, 25, 50, 250]).toContain(depthWeight(value));
  });
});
