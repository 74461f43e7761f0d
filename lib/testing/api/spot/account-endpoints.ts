import type { FakeApiContext, FakeApiOutcome, FakeApiRequest, FakeEndpoint } from '../fake-api-types.js';
import { handleMyAllocations, handleMyPreventedMatches, handleMyTrades, handleOrderAmendments } from './account-history-queries.js';
import { handleAccountStatus, handleCommission, handleMyFilters, handleOrderRateLimits } from './account-info.js';
import {
  handleAllOrderLists,
  handleAllOrders,
  handleOpenOrderLists,
  handleOpenOrders,
  handleOrderListStatus,
  handleOrderStatus,
} from './account-order-queries.js';

type Handler = (request: FakeApiRequest, context: FakeApiContext) => FakeApiOutcome;
type Params = Readonly<Record<string, unknown>>;

function userData(method: string, path: string, weight: number | ((params: Params) => number), handle: Handler): FakeEndpoint {
  return {
    method,
    rest: ['GET', path],
    security: 'USER_DATA',
    weight: typeof weight === 'number' ? () => weight : weight,
    handle,
  };
}

const given = (params: Params, name: string): boolean => params[name] !== undefined && params[name] !== null;

/**
 * The fake's spot account queries, on the WebSocket API and REST alike (`spec/spot-ws-api.md`
 * §6.5, `spec/rest.md` §7): account state, order-count usage, orders, order lists, trades,
 * prevented matches, allocations, commission rates, amendments and filters of the account
 * behind the request's API key.
 *
 * @internal
 */
export const FAKE_SPOT_ACCOUNT_ENDPOINTS: readonly FakeEndpoint[] = [
  userData('account.status', '/api/v3/account', 20, handleAccountStatus),
  userData('account.rateLimits.orders', '/api/v3/rateLimit/order', 40, handleOrderRateLimits),
  userData('order.status', '/api/v3/order', 4, handleOrderStatus),
  userData('openOrders.status', '/api/v3/openOrders', (params) => (given(params, 'symbol') ? 6 : 80), handleOpenOrders),
  userData('allOrders', '/api/v3/allOrders', 20, handleAllOrders),
  userData('orderList.status', '/api/v3/orderList', 4, handleOrderListStatus),
  userData('openOrderLists.status', '/api/v3/openOrderList', 6, handleOpenOrderLists),
  userData('allOrderLists', '/api/v3/allOrderList', 20, handleAllOrderLists),
  userData('myTrades', '/api/v3/myTrades', (params) => (given(params, 'orderId') ? 5 : 20), handleMyTrades),
  userData('myPreventedMatches', '/api/v3/myPreventedMatches', (params) => (given(params, 'preventedMatchId') ? 2 : 20), handleMyPreventedMatches),
  userData('myAllocations', '/api/v3/myAllocations', 20, handleMyAllocations),
  userData('account.commission', '/api/v3/account/commission', 20, handleCommission),
  userData('order.amendments', '/api/v3/order/amendments', 4, handleOrderAmendments),
  userData('myFilters', '/api/v3/myFilters', 40, handleMyFilters),
];
