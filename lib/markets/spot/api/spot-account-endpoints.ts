import * as t from 'io-ts';
import { endpoint } from '../../../requests/endpoint.js';
import { SecurityType } from '../../../requests/security-type.js';
import { Account } from './codecs/account.js';
import { AccountTrade } from './codecs/account-trade.js';
import { Allocation } from './codecs/allocation.js';
import { Commission } from './codecs/commission.js';
import { MyFilters } from './codecs/my-filters.js';
import { Order } from './codecs/order.js';
import { OrderAmendment } from './codecs/order-amendment.js';
import { OrderList } from './codecs/order-list.js';
import { OrderRateLimit } from './codecs/order-rate-limit.js';
import { PreventedMatch } from './codecs/prevented-match.js';
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
} from './params/account-params.js';

// Methods: spec/spot-ws-api.md §6.5; REST twins: spec/rest.md §7. All are USER_DATA (signed),
// read-only, and take no decimal params.

/**
 * The spot account methods (security `USER_DATA`), keyed by SDK method name: WebSocket-API
 * method, REST twin and result codec.
 *
 * @internal
 */
export const SPOT_ACCOUNT_ENDPOINTS = {
  // weight 4
  getOrder: endpoint<GetOrderParams>()({
    wsApi: 'order.status',
    rest: ['GET', '/api/v3/order'],
    security: SecurityType.UserData,
    result: Order,
    ordersEffect: false,
    decimals: [],
  }),
  // weight 6 with symbol, 80 without
  getOpenOrders: endpoint<GetOpenOrdersParams>()({
    wsApi: 'openOrders.status',
    rest: ['GET', '/api/v3/openOrders'],
    security: SecurityType.UserData,
    result: t.readonlyArray(Order, 'Order[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 20
  getAllOrders: endpoint<GetAllOrdersParams>()({
    wsApi: 'allOrders',
    rest: ['GET', '/api/v3/allOrders'],
    security: SecurityType.UserData,
    result: t.readonlyArray(Order, 'Order[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 4
  getOco: endpoint<GetOcoParams>()({
    wsApi: 'orderList.status',
    rest: ['GET', '/api/v3/orderList'],
    security: SecurityType.UserData,
    result: OrderList,
    ordersEffect: false,
    decimals: [],
  }),
  // weight 20
  getAllOco: endpoint<GetAllOcoParams>()({
    wsApi: 'allOrderLists',
    rest: ['GET', '/api/v3/allOrderList'],
    security: SecurityType.UserData,
    result: t.readonlyArray(OrderList, 'OrderList[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 6
  getOpenOco: endpoint<GetOpenOcoParams>()({
    wsApi: 'openOrderLists.status',
    rest: ['GET', '/api/v3/openOrderList'],
    security: SecurityType.UserData,
    result: t.readonlyArray(OrderList, 'OrderList[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 20
  getAccount: endpoint<GetAccountParams>()({
    wsApi: 'account.status',
    rest: ['GET', '/api/v3/account'],
    security: SecurityType.UserData,
    result: Account,
    ordersEffect: false,
    decimals: [],
  }),
  // weight 20; 5 with orderId
  getTrades: endpoint<GetTradesParams>()({
    wsApi: 'myTrades',
    rest: ['GET', '/api/v3/myTrades'],
    security: SecurityType.UserData,
    result: t.readonlyArray(AccountTrade, 'AccountTrade[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 2 by preventedMatchId (or invalid symbol), 20 by orderId
  getPreventedMatches: endpoint<GetPreventedMatchesParams>()({
    wsApi: 'myPreventedMatches',
    rest: ['GET', '/api/v3/myPreventedMatches'],
    security: SecurityType.UserData,
    result: t.readonlyArray(PreventedMatch, 'PreventedMatch[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 20
  getAllocations: endpoint<GetAllocationsParams>()({
    wsApi: 'myAllocations',
    rest: ['GET', '/api/v3/myAllocations'],
    security: SecurityType.UserData,
    result: t.readonlyArray(Allocation, 'Allocation[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 20
  getCommission: endpoint<GetCommissionParams>()({
    wsApi: 'account.commission',
    rest: ['GET', '/api/v3/account/commission'],
    security: SecurityType.UserData,
    result: Commission,
    ordersEffect: false,
    decimals: [],
  }),
  // weight 40
  getOrderRateLimit: endpoint<GetOrderRateLimitParams>()({
    wsApi: 'account.rateLimits.orders',
    rest: ['GET', '/api/v3/rateLimit/order'],
    security: SecurityType.UserData,
    result: OrderRateLimit,
    ordersEffect: false,
    decimals: [],
  }),
  // weight 4
  getOrderAmendments: endpoint<GetOrderAmendmentsParams>()({
    wsApi: 'order.amendments',
    rest: ['GET', '/api/v3/order/amendments'],
    security: SecurityType.UserData,
    result: t.readonlyArray(OrderAmendment, 'OrderAmendment[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 40
  getMyFilters: endpoint<GetMyFiltersParams>()({
    wsApi: 'myFilters',
    rest: ['GET', '/api/v3/myFilters'],
    security: SecurityType.UserData,
    result: MyFilters,
    ordersEffect: false,
    decimals: [],
  }),
} as const;
