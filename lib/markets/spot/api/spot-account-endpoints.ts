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
import { myTradesWeight, openOrdersWeight, preventedMatchesWeight } from './spot-weights.js';

// Methods and weights (`weight`): spec/spot-ws-api.md §6.5 (column W); REST twins: spec/rest.md
// §7 (same weights). Param-dependent weights (openOrders.status, myTrades, myPreventedMatches)
// are in spot-weights.ts. All are USER_DATA (signed), read-only (`orders` 0), and take no
// decimal params.

/**
 * The spot account methods (security `USER_DATA`), keyed by SDK method name: WebSocket-API
 * method, REST twin and result codec.
 *
 * @internal
 */
export const SPOT_ACCOUNT_ENDPOINTS = {
  getOrder: endpoint<GetOrderParams>()({
    wsApi: 'order.status',
    rest: ['GET', '/api/v3/order'],
    weight: 4,
    security: SecurityType.UserData,
    result: Order,
    ordersEffect: false,
    decimals: [],
  }),
  getOpenOrders: endpoint<GetOpenOrdersParams>()({
    wsApi: 'openOrders.status',
    rest: ['GET', '/api/v3/openOrders'],
    weight: openOrdersWeight,
    security: SecurityType.UserData,
    result: t.readonlyArray(Order, 'Order[]'),
    ordersEffect: false,
    decimals: [],
  }),
  getAllOrders: endpoint<GetAllOrdersParams>()({
    wsApi: 'allOrders',
    rest: ['GET', '/api/v3/allOrders'],
    weight: 20,
    security: SecurityType.UserData,
    result: t.readonlyArray(Order, 'Order[]'),
    ordersEffect: false,
    decimals: [],
  }),
  getOco: endpoint<GetOcoParams>()({
    wsApi: 'orderList.status',
    rest: ['GET', '/api/v3/orderList'],
    weight: 4,
    security: SecurityType.UserData,
    result: OrderList,
    ordersEffect: false,
    decimals: [],
  }),
  getAllOco: endpoint<GetAllOcoParams>()({
    wsApi: 'allOrderLists',
    rest: ['GET', '/api/v3/allOrderList'],
    weight: 20,
    security: SecurityType.UserData,
    result: t.readonlyArray(OrderList, 'OrderList[]'),
    ordersEffect: false,
    decimals: [],
  }),
  getOpenOco: endpoint<GetOpenOcoParams>()({
    wsApi: 'openOrderLists.status',
    rest: ['GET', '/api/v3/openOrderList'],
    weight: 6,
    security: SecurityType.UserData,
    result: t.readonlyArray(OrderList, 'OrderList[]'),
    ordersEffect: false,
    decimals: [],
  }),
  getAccount: endpoint<GetAccountParams>()({
    wsApi: 'account.status',
    rest: ['GET', '/api/v3/account'],
    weight: 20,
    security: SecurityType.UserData,
    result: Account,
    ordersEffect: false,
    decimals: [],
  }),
  getTrades: endpoint<GetTradesParams>()({
    wsApi: 'myTrades',
    rest: ['GET', '/api/v3/myTrades'],
    weight: myTradesWeight,
    security: SecurityType.UserData,
    result: t.readonlyArray(AccountTrade, 'AccountTrade[]'),
    ordersEffect: false,
    decimals: [],
  }),
  getPreventedMatches: endpoint<GetPreventedMatchesParams>()({
    wsApi: 'myPreventedMatches',
    rest: ['GET', '/api/v3/myPreventedMatches'],
    weight: preventedMatchesWeight,
    security: SecurityType.UserData,
    result: t.readonlyArray(PreventedMatch, 'PreventedMatch[]'),
    ordersEffect: false,
    decimals: [],
  }),
  getAllocations: endpoint<GetAllocationsParams>()({
    wsApi: 'myAllocations',
    rest: ['GET', '/api/v3/myAllocations'],
    weight: 20,
    security: SecurityType.UserData,
    result: t.readonlyArray(Allocation, 'Allocation[]'),
    ordersEffect: false,
    decimals: [],
  }),
  getCommission: endpoint<GetCommissionParams>()({
    wsApi: 'account.commission',
    rest: ['GET', '/api/v3/account/commission'],
    weight: 20,
    security: SecurityType.UserData,
    result: Commission,
    ordersEffect: false,
    decimals: [],
  }),
  getOrderRateLimit: endpoint<GetOrderRateLimitParams>()({
    wsApi: 'account.rateLimits.orders',
    rest: ['GET', '/api/v3/rateLimit/order'],
    weight: 40,
    security: SecurityType.UserData,
    result: OrderRateLimit,
    ordersEffect: false,
    decimals: [],
  }),
  getOrderAmendments: endpoint<GetOrderAmendmentsParams>()({
    wsApi: 'order.amendments',
    rest: ['GET', '/api/v3/order/amendments'],
    weight: 4,
    security: SecurityType.UserData,
    result: t.readonlyArray(OrderAmendment, 'OrderAmendment[]'),
    ordersEffect: false,
    decimals: [],
  }),
  getMyFilters: endpoint<GetMyFiltersParams>()({
    wsApi: 'myFilters',
    rest: ['GET', '/api/v3/myFilters'],
    weight: 40,
    security: SecurityType.UserData,
    result: MyFilters,
    ordersEffect: false,
    decimals: [],
  }),
} as const;
