import { FAKE_SPOT_ACCOUNT_ENDPOINTS } from '../../../../lib/testing/api/spot/account-endpoints';
import { FAKE_SPOT_TRADING_ENDPOINTS } from '../../../../lib/testing/api/spot/trading-endpoints';

describe('FAKE_SPOT_TRADING_ENDPOINTS', () => {
  const table: [string, string, string, number, boolean][] = [
    ['order.place', 'POST', '/api/v3/order', 1, true],
    ['order.test', 'POST', '/api/v3/order/test', 1, false],
    ['order.cancel', 'DELETE', '/api/v3/order', 1, false],
    ['order.cancelReplace', 'POST', '/api/v3/order/cancelReplace', 1, true],
    ['order.amend.keepPriority', 'PUT', '/api/v3/order/amend/keepPriority', 4, false],
    ['openOrders.cancelAll', 'DELETE', '/api/v3/openOrders', 1, false],
    ['orderList.place', 'POST', '/api/v3/order/oco', 1, true],
    ['orderList.place.oco', 'POST', '/api/v3/orderList/oco', 1, true],
    ['orderList.place.oto', 'POST', '/api/v3/orderList/oto', 1, true],
    ['orderList.place.otoco', 'POST', '/api/v3/orderList/otoco', 1, true],
    ['orderList.place.opo', 'POST', '/api/v3/orderList/opo', 1, true],
    ['orderList.place.opoco', 'POST', '/api/v3/orderList/opoco', 1, true],
    ['orderList.cancel', 'DELETE', '/api/v3/orderList', 1, false],
    ['sor.order.place', 'POST', '/api/v3/sor/order', 1, true],
    ['sor.order.test', 'POST', '/api/v3/sor/order/test', 1, false],
  ];

  it('default: serves every trading method once, as TRADE, on its REST route', () => {
    expect(FAKE_SPOT_TRADING_ENDPOINTS.map((e) => e.method)).toEqual(table.map(([method]) => method));
    for (const [method, verb, path, weight, countsOrders] of table) {
      const endpoint = FAKE_SPOT_TRADING_ENDPOINTS.find((e) => e.method === method);
      expect([method, endpoint?.rest, endpoint?.security, endpoint?.weight({}), endpoint?.countsOrders === true]).toEqual([
        method,
        [verb, path],
        'TRADE',
        weight,
        countsOrders,
      ]);
    }
  });

  it('args: test orders weigh 20 with computeCommissionRates, over either transport', () => {
    for (const method of ['order.test', 'sor.order.test']) {
      const endpoint = FAKE_SPOT_TRADING_ENDPOINTS.find((e) => e.method === method);
      expect([endpoint?.weight({ computeCommissionRates: true }), endpoint?.weight({ computeCommissionRates: 'true' })]).toEqual([20, 20]);
      expect(endpoint?.weight({ computeCommissionRates: false })).toBe(1);
    }
  });

  it('default: no two endpoints of the spot account share a route', () => {
    const routes = [...FAKE_SPOT_TRADING_ENDPOINTS, ...FAKE_SPOT_ACCOUNT_ENDPOINTS].map((e) => e.rest?.join(' '));
    expect(new Set(routes).size).toBe(routes.length);
  });
});

describe('FAKE_SPOT_ACCOUNT_ENDPOINTS', () => {
  const table: [string, string, number][] = [
    ['account.status', '/api/v3/account', 20],
    ['account.rateLimits.orders', '/api/v3/rateLimit/order', 40],
    ['order.status', '/api/v3/order', 4],
    ['openOrders.status', '/api/v3/openOrders', 80],
    ['allOrders', '/api/v3/allOrders', 20],
    ['orderList.status', '/api/v3/orderList', 4],
    ['openOrderLists.status', '/api/v3/openOrderList', 6],
    ['allOrderLists', '/api/v3/allOrderList', 20],
    ['myTrades', '/api/v3/myTrades', 20],
    ['myPreventedMatches', '/api/v3/myPreventedMatches', 20],
    ['myAllocations', '/api/v3/myAllocations', 20],
    ['account.commission', '/api/v3/account/commission', 20],
    ['order.amendments', '/api/v3/order/amendments', 4],
    ['myFilters', '/api/v3/myFilters', 40],
  ];

  it('default: serves every account query once, as USER_DATA on GET', () => {
    expect(FAKE_SPOT_ACCOUNT_ENDPOINTS.map((e) => e.method)).toEqual(table.map(([method]) => method));
    for (const [method, path, weight] of table) {
      const endpoint = FAKE_SPOT_ACCOUNT_ENDPOINTS.find((e) => e.method === method);
      expect([method, endpoint?.rest, endpoint?.security, endpoint?.weight({}), endpoint?.countsOrders]).toEqual([
        method,
        ['GET', path],
        'USER_DATA',
        weight,
        undefined,
      ]);
    }
  });

  it('args: weights that depend on params', () => {
    const weight = (method: string, params: Record<string, unknown>) => FAKE_SPOT_ACCOUNT_ENDPOINTS.find((e) => e.method === method)?.weight(params);
    expect(weight('openOrders.status', { symbol: 'BTCUSDT' })).toBe(6);
    expect(weight('myTrades', { symbol: 'BTCUSDT', orderId: '5' })).toBe(5);
    expect(weight('myPreventedMatches', { symbol: 'BTCUSDT', preventedMatchId: 1 })).toBe(2);
  });
});
