import { SPOT_ACCOUNT_ENDPOINTS } from '../../../../lib/markets/spot/api/spot-account-endpoints';
import { SPOT_MARKET_ENDPOINTS } from '../../../../lib/markets/spot/api/spot-market-endpoints';
import { SPOT_SESSION_ENDPOINTS } from '../../../../lib/markets/spot/api/spot-session-endpoints';
import { SPOT_TRADING_ENDPOINTS } from '../../../../lib/markets/spot/api/spot-trading-endpoints';
import { type CostRule, costOf } from '../../../../lib/requests/request-cost';
import { FakeApiKeyStore } from '../../../../lib/testing/api/auth/fake-api-keys';
import { FakeApiRegistry } from '../../../../lib/testing/api/fake-api-registry';
import { FAKE_SPOT_ACCOUNT_ENDPOINTS } from '../../../../lib/testing/api/spot/account-endpoints';
import { FAKE_SPOT_MARKET_ENDPOINTS } from '../../../../lib/testing/api/spot/market-endpoints';
import { FAKE_SPOT_TRADING_ENDPOINTS } from '../../../../lib/testing/api/spot/trading-endpoints';
import { sessionEndpoints } from '../../../../lib/testing/api/ws/session-endpoints';

type Params = Readonly<Record<string, unknown>>;
interface Costed {
  readonly wsApi: string;
  readonly rest: readonly [string, string] | undefined;
  readonly weight: CostRule<Params>;
  readonly orders?: CostRule<Params>;
}

const ALL = { ...SPOT_MARKET_ENDPOINTS, ...SPOT_ACCOUNT_ENDPOINTS, ...SPOT_TRADING_ENDPOINTS, ...SPOT_SESSION_ENDPOINTS };
type Name = keyof typeof ALL;
// The tests feed each endpoint params it may not type (symbol counts, malformed values).
const def = (name: Name): Costed => ALL[name] as unknown as Costed;

const syms = (n: number): string[] => Array.from({ length: n }, (_, i) => `S${i}USDT`);
const S = { symbol: 'BTCUSDT' };

// [SDK method, params, weight, unfilled-order count], copied from the spec tables:
// spec/spot-ws-api.md §6.1–6.6 (column W) and spec/rest.md §7 for the REST twins.
type Row = readonly [Name, Params, number, number];
const ROWS: readonly Row[] = [
  // §6.1 General
  ['ping', {}, 1, 0],
  ['getServerTime', {}, 1, 0],
  ['getExchangeInfo', {}, 20, 0],
  ['getExchangeInfo', S, 20, 0],
  ['getExchangeInfo', { symbols: syms(3) }, 20, 0],
  ['getExecutionRules', S, 2, 0],
  ['getExecutionRules', { symbols: syms(3) }, 6, 0],
  ['getExecutionRules', { symbols: syms(20) }, 40, 0],
  ['getExecutionRules', { symbols: syms(25) }, 40, 0],
  ['getExecutionRules', { symbolStatus: 'TRADING' }, 40, 0],
  ['getExecutionRules', {}, 40, 0],
  // §6.2 Market data; depth: default limit 100, above 5000 Binance answers 5000 (rest.md §7)
  ['getOrderbook', S, 5, 0],
  ['getOrderbook', { ...S, limit: 1 }, 5, 0],
  ['getOrderbook', { ...S, limit: 100 }, 5, 0],
  ['getOrderbook', { ...S, limit: 101 }, 25, 0],
  ['getOrderbook', { ...S, limit: 500 }, 25, 0],
  ['getOrderbook', { ...S, limit: 501 }, 50, 0],
  ['getOrderbook', { ...S, limit: 1000 }, 50, 0],
  ['getOrderbook', { ...S, limit: 1001 }, 250, 0],
  ['getOrderbook', { ...S, limit: 5000 }, 250, 0],
  ['getOrderbook', { ...S, limit: 6000 }, 250, 0],
  ['getRecentTrades', S, 25, 0],
  ['getHistoricalTrades', { ...S, fromId: 1 }, 25, 0],
  ['getHistoricalBlockTrades', { ...S, fromId: 1 }, 25, 0],
  ['getAggregateTrades', S, 4, 0],
  ['getKlines', { ...S, interval: '1h' }, 2, 0],
  ['getUiKlines', { ...S, interval: '1h' }, 2, 0],
  ['getAveragePrice', S, 2, 0],
  ['getTicker', S, 2, 0],
  ['getMiniTicker', { ...S, type: 'MINI' }, 2, 0],
  ['getTickers', {}, 80, 0],
  ['getTickers', { symbols: syms(1) }, 2, 0],
  ['getTickers', { symbols: syms(20) }, 2, 0],
  ['getTickers', { symbols: syms(21) }, 40, 0],
  ['getTickers', { symbols: syms(100) }, 40, 0],
  ['getTickers', { symbols: syms(101) }, 80, 0],
  ['getMiniTickers', { type: 'MINI' }, 80, 0],
  ['getMiniTickers', { symbols: syms(21), type: 'MINI' }, 40, 0],
  ['getTradingDayTicker', S, 4, 0],
  ['getTradingDayMiniTicker', { ...S, type: 'MINI' }, 4, 0],
  ['getTradingDayTickers', { symbols: syms(2) }, 8, 0],
  ['getTradingDayTickers', { symbols: syms(50) }, 200, 0],
  ['getTradingDayTickers', { symbols: syms(51) }, 200, 0],
  ['getTradingDayMiniTickers', { symbols: syms(10), type: 'MINI' }, 40, 0],
  ['getRollingWindowTicker', S, 4, 0],
  ['getRollingWindowMiniTicker', { ...S, type: 'MINI' }, 4, 0],
  ['getRollingWindowTickers', { symbols: syms(3) }, 12, 0],
  ['getRollingWindowTickers', { symbols: syms(50) }, 200, 0],
  ['getRollingWindowTickers', { symbols: syms(100) }, 200, 0],
  ['getRollingWindowMiniTickers', { symbols: syms(51), type: 'MINI' }, 200, 0],
  ['getTickerPrice', S, 2, 0],
  ['getTickerPrices', {}, 4, 0],
  ['getTickerPrices', { symbols: syms(2) }, 4, 0],
  ['getOrderbookTicker', S, 2, 0],
  ['getOrderbookTickers', {}, 4, 0],
  ['getOrderbookTickers', { symbols: syms(2) }, 4, 0],
  ['getReferencePrice', S, 2, 0],
  ['getReferencePriceCalculation', S, 2, 0],
  // §6.3 Session
  ['getSessionStatus', {}, 2, 0],
  ['getSessionSubscriptions', {}, 2, 0],
  ['sessionLogout', {}, 2, 0],
  // §6.4 Trading: the documented weight (a failed request pays it, §3); UOC from the table
  // (order.place 1, cancelReplace 1, amend 0). The spec gives no UOC for SOR and order lists:
  // the orders each places (SOR 1; OCO above+below 2; OTO working+pending 2; OTOCO working +
  // pending above/below 3; OPO 2; OPOCO 3).
  ['createOrder', { ...S, side: 'BUY', type: 'MARKET', quantity: '1' }, 1, 1],
  ['createTestOrder', { ...S, side: 'BUY', type: 'MARKET', quantity: '1' }, 1, 0],
  ['createTestOrder', { ...S, side: 'BUY', type: 'MARKET', quantity: '1', computeCommissionRates: false }, 1, 0],
  ['createTestOrder', { ...S, side: 'BUY', type: 'MARKET', quantity: '1', computeCommissionRates: true }, 20, 0],
  ['cancelOrder', { ...S, orderId: 1 }, 1, 0],
  ['cancelReplaceOrder', { ...S, cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: 1, side: 'BUY', type: 'MARKET', quantity: '1' }, 1, 1],
  ['amendOrder', { ...S, orderId: 1, newQty: '0.5' }, 4, 0],
  ['cancelAllOrders', S, 1, 0],
  ['createLegacyOco', { ...S, side: 'SELL', quantity: '1', price: '2', stopPrice: '1' }, 1, 2],
  ['createOco', { ...S, side: 'SELL', quantity: '1' }, 1, 2],
  ['createOto', { ...S, workingType: 'LIMIT', pendingType: 'MARKET' }, 1, 2],
  ['createOtoco', { ...S, workingType: 'LIMIT', pendingSide: 'SELL' }, 1, 3],
  ['createOpo', { ...S, workingType: 'LIMIT', pendingType: 'MARKET' }, 1, 2],
  ['createOpoco', { ...S, workingType: 'LIMIT', pendingSide: 'SELL' }, 1, 3],
  ['cancelOco', { ...S, orderListId: 1 }, 1, 0],
  ['createSorOrder', { ...S, side: 'BUY', type: 'MARKET', quantity: '1' }, 1, 1],
  ['createTestSorOrder', { ...S, side: 'BUY', type: 'MARKET', quantity: '1' }, 1, 0],
  ['createTestSorOrder', { ...S, side: 'BUY', type: 'MARKET', quantity: '1', computeCommissionRates: true }, 20, 0],
  // §6.5 Account
  ['getOrder', { ...S, orderId: 1 }, 4, 0],
  ['getOpenOrders', S, 6, 0],
  ['getOpenOrders', {}, 80, 0],
  ['getAllOrders', S, 20, 0],
  ['getOco', { orderListId: 1 }, 4, 0],
  ['getAllOco', {}, 20, 0],
  ['getOpenOco', {}, 6, 0],
  ['getAccount', {}, 20, 0],
  ['getTrades', S, 20, 0],
  ['getTrades', { ...S, orderId: 1 }, 5, 0],
  ['getPreventedMatches', { ...S, preventedMatchId: 1 }, 2, 0],
  ['getPreventedMatches', { ...S, orderId: 1 }, 20, 0],
  ['getAllocations', S, 20, 0],
  ['getCommission', S, 20, 0],
  ['getOrderRateLimit', {}, 40, 0],
  ['getOrderAmendments', { ...S, orderId: 1 }, 4, 0],
  ['getMyFilters', S, 40, 0],
];

// Missing or malformed params where the spec gives no weight: the SDK budgets the documented
// maximum (or, for a missing param with a documented default, that default).
const SDK_CHOICES: readonly Row[] = [
  ['getOrderbook', {}, 5, 0],
  ['getOrderbook', { ...S, limit: 0 }, 250, 0],
  ['getOrderbook', { ...S, limit: 'many' }, 250, 0],
  ['getTradingDayTickers', {}, 200, 0],
  ['getRollingWindowTickers', {}, 200, 0],
  ['getTickers', { symbols: [] }, 80, 0],
  ['getExecutionRules', { ...S, symbolStatus: 'TRADING' }, 40, 0],
  ['getOpenOrders', { symbol: '' }, 80, 0],
  ['getTrades', { ...S, orderId: -1 }, 20, 0],
  ['getPreventedMatches', S, 20, 0],
  ['getPreventedMatches', { ...S, preventedMatchId: 1, orderId: 2 }, 20, 0],
  ['createTestOrder', { ...S, computeCommissionRates: 'yes' }, 20, 0],
];

const fake = new FakeApiRegistry([
  ...sessionEndpoints(new FakeApiKeyStore()),
  ...FAKE_SPOT_MARKET_ENDPOINTS,
  ...FAKE_SPOT_TRADING_ENDPOINTS,
  ...FAKE_SPOT_ACCOUNT_ENDPOINTS,
]);

function fakeOf(name: Name) {
  const found = fake.byMethod(def(name).wsApi);
  if (found === undefined) throw new Error(`the fake has no ${def(name).wsApi}`);
  return found;
}

// Sweeps over every documented tier boundary: depth limits and symbol counts.
const SWEEP: readonly (readonly [Name, Params])[] = [
  ...[1, 5, 99, 100, 101, 499, 500, 501, 999, 1000, 1001, 4999, 5000, 5001].map((limit): readonly [Name, Params] => ['getOrderbook', { ...S, limit }]),
  ...[1, 2, 19, 20, 21, 50, 51, 99, 100, 101, 150, 200].flatMap((n): (readonly [Name, Params])[] => [
    ['getExecutionRules', { symbols: syms(n) }],
    ['getTickers', { symbols: syms(n) }],
    ['getTradingDayTickers', { symbols: syms(n) }],
    ['getRollingWindowTickers', { symbols: syms(n) }],
    ['getTickerPrices', { symbols: syms(n) }],
    ['getOrderbookTickers', { symbols: syms(n) }],
  ]),
];

describe('spot endpoint weights', () => {
  it('default: the table covers every spot endpoint', () => {
    expect([...new Set(ROWS.map(([name]) => name))].sort()).toEqual(Object.keys(ALL).sort());
  });

  it.each(ROWS)('default: %s %j costs weight %d, orders %d (spec tables)', (name, params, weight, orders) => {
    expect(costOf(def(name), params)).toEqual({ weight, orders });
  });

  it.each(SDK_CHOICES)('behavior: %s %j, where the spec is silent, costs weight %d', (name, params, weight, orders) => {
    expect(costOf(def(name), params)).toEqual({ weight, orders });
  });

  it.each(ROWS.map(([name, params]) => [name, params] as const).concat(SWEEP))(
    'behavior: %s %j weighs what the fake exchange charges',
    (name, params) => {
      expect(costOf(def(name), params).weight).toBe(fakeOf(name).weight(params));
    },
  );

  it.each(Object.keys(ALL) as Name[])('behavior: %s has the fake\'s REST twin and counts orders as the fake does', (name) => {
    const e = def(name);
    const twin = e.rest === undefined ? undefined : fake.byRest(e.rest[0], e.rest[1]);
    expect(twin?.method).toBe(e.rest === undefined ? undefined : e.wsApi);
    expect(costOf(e, {}).orders > 0).toBe(fakeOf(name).countsOrders === true);
  });
});

describe('costOf', () => {
  it('default: a constant weight, orders 0 when not declared', () => {
    expect(costOf({ weight: 7 }, { symbol: 'X' })).toEqual({ weight: 7, orders: 0 });
  });

  it('args: function rules receive the params', () => {
    const seen: unknown[] = [];
    const rule = (p: Partial<{ n: number }>): number => {
      seen.push(p);
      return (p.n ?? 0) * 2;
    };
    expect(costOf({ weight: rule, orders: (p: Partial<{ n: number }>) => p.n ?? 0 }, { n: 3 })).toEqual({ weight: 6, orders: 3 });
    expect(seen).toEqual([{ n: 3 }]);
  });

  it('args: undefined params reach function rules as {}', () => {
    const seen: unknown[] = [];
    const rule = (p: Partial<{ n: number }>): number => {
      seen.push(p);
      return 1;
    };
    expect(costOf({ weight: rule, orders: 2 }, undefined)).toEqual({ weight: 1, orders: 2 });
    expect(seen).toEqual([{}]);
  });

  it('args: undefined params take each real endpoint\'s default or maximum', () => {
    expect(costOf(SPOT_MARKET_ENDPOINTS.getOrderbook, undefined)).toEqual({ weight: 5, orders: 0 });
    expect(costOf(SPOT_MARKET_ENDPOINTS.getTickers, undefined)).toEqual({ weight: 80, orders: 0 });
    expect(costOf(SPOT_ACCOUNT_ENDPOINTS.getOpenOrders, undefined)).toEqual({ weight: 80, orders: 0 });
    expect(costOf(SPOT_TRADING_ENDPOINTS.createOtoco, undefined)).toEqual({ weight: 1, orders: 3 });
  });
});
