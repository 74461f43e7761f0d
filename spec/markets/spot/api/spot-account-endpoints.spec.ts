import { SecurityType } from '../../../../lib/requests/security-type';
import { SPOT_ACCOUNT_ENDPOINTS } from '../../../../lib/markets/spot/api/spot-account-endpoints';
import type {
  GetAccountParams,
  GetAllocationsParams,
  GetAllOcoParams,
  GetAllOrdersParams,
  GetCommissionParams,
  GetMyFiltersParams,
  GetOcoParams,
  GetOpenOcoParams,
  GetOpenOrdersParams,
  GetOrderAmendmentsParams,
  GetOrderParams,
  GetOrderRateLimitParams,
  GetPreventedMatchesParams,
  GetTradesParams,
} from '../../../../lib/markets/spot/api/params/account-params';
import { decodeRight } from '../../../support/codec-helpers';
import { decimalParams } from './decimal-keys';
import { ALLOCATION, MY_TRADE, OPEN_ORDERS, ORDER_AMENDMENT, ORDER_LIST_STATUS, PREVENTED_MATCH } from './codecs/account-examples';

// Method → [WS-API method, REST twin] (spec/spot-ws-api.md §6.5, spec/rest.md §7). No account
// param is a Decimal, which decimalParams checks at compile time.
const EXPECTED = {
  getOrder: ['order.status', 'GET /api/v3/order', decimalParams<GetOrderParams>()([])],
  getOpenOrders: ['openOrders.status', 'GET /api/v3/openOrders', decimalParams<GetOpenOrdersParams>()([])],
  getAllOrders: ['allOrders', 'GET /api/v3/allOrders', decimalParams<GetAllOrdersParams>()([])],
  getOco: ['orderList.status', 'GET /api/v3/orderList', decimalParams<GetOcoParams>()([])],
  getAllOco: ['allOrderLists', 'GET /api/v3/allOrderList', decimalParams<GetAllOcoParams>()([])],
  getOpenOco: ['openOrderLists.status', 'GET /api/v3/openOrderList', decimalParams<GetOpenOcoParams>()([])],
  getAccount: ['account.status', 'GET /api/v3/account', decimalParams<GetAccountParams>()([])],
  getTrades: ['myTrades', 'GET /api/v3/myTrades', decimalParams<GetTradesParams>()([])],
  getPreventedMatches: ['myPreventedMatches', 'GET /api/v3/myPreventedMatches', decimalParams<GetPreventedMatchesParams>()([])],
  getAllocations: ['myAllocations', 'GET /api/v3/myAllocations', decimalParams<GetAllocationsParams>()([])],
  getCommission: ['account.commission', 'GET /api/v3/account/commission', decimalParams<GetCommissionParams>()([])],
  getOrderRateLimit: ['account.rateLimits.orders', 'GET /api/v3/rateLimit/order', decimalParams<GetOrderRateLimitParams>()([])],
  getOrderAmendments: ['order.amendments', 'GET /api/v3/order/amendments', decimalParams<GetOrderAmendmentsParams>()([])],
  getMyFilters: ['myFilters', 'GET /api/v3/myFilters', decimalParams<GetMyFiltersParams>()([])],
} as const;

describe('SPOT_ACCOUNT_ENDPOINTS', () => {
  it('default: has exactly the expected methods', () => {
    expect(Object.keys(SPOT_ACCOUNT_ENDPOINTS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('default: each method has its WS-API name, REST twin and USER_DATA security', () => {
    for (const [name, [wsApi, rest]] of Object.entries(EXPECTED)) {
      const e = SPOT_ACCOUNT_ENDPOINTS[name as keyof typeof SPOT_ACCOUNT_ENDPOINTS];
      expect([name, e.wsApi, e.rest?.join(' '), e.security]).toEqual([name, wsApi, rest, SecurityType.UserData]);
    }
  });

  it('behavior: no account method acts on orders or takes decimals', () => {
    for (const [name, [, , decimals]] of Object.entries(EXPECTED)) {
      const e = SPOT_ACCOUNT_ENDPOINTS[name as keyof typeof SPOT_ACCOUNT_ENDPOINTS];
      expect([name, e.ordersEffect, [...e.decimals]]).toEqual([name, false, [...decimals]]);
    }
  });

  it('behavior: the list results decode the official list answers', () => {
    const e = SPOT_ACCOUNT_ENDPOINTS;
    expect(decodeRight(e.getOpenOrders.result, OPEN_ORDERS)).toHaveLength(1);
    expect(decodeRight(e.getAllOrders.result, [])).toEqual([]);
    expect(decodeRight(e.getOpenOco.result, [ORDER_LIST_STATUS])[0]?.orderListId).toBe(1274512);
    expect(decodeRight(e.getAllOco.result, [ORDER_LIST_STATUS])).toHaveLength(1);
    expect(decodeRight(e.getTrades.result, [MY_TRADE])[0]?.id).toBe(1650422481);
    expect(decodeRight(e.getPreventedMatches.result, [PREVENTED_MATCH])[0]?.preventedMatchId).toBe(1);
    expect(decodeRight(e.getAllocations.result, [ALLOCATION])[0]?.allocationId).toBe(0);
    expect(decodeRight(e.getOrderAmendments.result, [ORDER_AMENDMENT])[0]?.executionId).toBe(60);
  });
});
