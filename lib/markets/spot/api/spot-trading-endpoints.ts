import * as t from 'io-ts';
import { endpoint } from '../../../requests/endpoint.js';
import { SecurityType } from '../../../requests/security-type.js';
import { AmendOrderResult } from './codecs/amend-order-result.js';
import { CancelOrderResult } from './codecs/cancel-order-result.js';
import { CancelReplaceResult } from './codecs/cancel-replace-result.js';
import { OrderList } from './codecs/order-list.js';
import { OrderResponse } from './codecs/order-response.js';
import { SorOrderResult } from './codecs/sor-order-result.js';
import { TestOrderResult } from './codecs/test-order-result.js';
import type {
  AmendOrderParams,
  CancelAllOrdersParams,
  CancelOcoParams,
  CancelOrderParams,
  CancelReplaceOrderParams,
  CreateLegacyOcoParams,
  CreateOcoParams,
  CreateOpocoParams,
  CreateOpoParams,
  CreateOrderParams,
  CreateOtocoParams,
  CreateOtoParams,
  CreateSorOrderParams,
  CreateTestOrderParams,
  CreateTestSorOrderParams,
} from './params/trading-params.js';
import { ORDER_LIST_ORDERS, testOrderWeight } from './spot-weights.js';

// Methods and weights (`weight`): spec/spot-ws-api.md §6.4 (column W); REST twins: spec/rest.md
// §7 (same weights). Since 2026-04-02 a successful placement/cancel (and an amend that expires
// the order) costs 0 weight but a failed one pays the documented weight (spot-ws-api.md §3):
// the outcome is unknown when budgeting, so `weight` is the documented one, the worst case.
// `orders` is the unfilled-order count a request adds (`ORDERS` pools): the orders it places;
// cancels, amends and tests place none (0).
// `decimals` lists exactly the params Binance types DECIMAL (trailing deltas, peg offsets,
// strategy ids are integers; iceberg quantities are sent as decimals even where a table says LONG).
const ORDER_DECIMALS = ['price', 'quantity', 'quoteOrderQty', 'stopPrice', 'icebergQty'] as const;
const SOR_DECIMALS = ['price', 'quantity', 'icebergQty'] as const;
const WORKING_DECIMALS = ['workingPrice', 'workingQuantity', 'workingIcebergQty'] as const;
const PENDING_DECIMALS = ['pendingPrice', 'pendingStopPrice', 'pendingIcebergQty'] as const;
const PENDING_OCO_DECIMALS = [
  'pendingAbovePrice',
  'pendingAboveStopPrice',
  'pendingAboveIcebergQty',
  'pendingBelowPrice',
  'pendingBelowStopPrice',
  'pendingBelowIcebergQty',
] as const;

/**
 * The spot trading methods (security `TRADE`), keyed by SDK method name: WebSocket-API method,
 * REST twin, result codec, decimal params, and whether they act on orders.
 *
 * @internal
 */
export const SPOT_TRADING_ENDPOINTS = {
  // places one order (§6.4: unfilled-order count 1)
  createOrder: endpoint<CreateOrderParams>()({
    wsApi: 'order.place',
    rest: ['POST', '/api/v3/order'],
    weight: 1,
    orders: 1,
    security: SecurityType.Trade,
    result: OrderResponse,
    ordersEffect: true,
    decimals: ORDER_DECIMALS,
  }),
  // validates only: places nothing
  createTestOrder: endpoint<CreateTestOrderParams>()({
    wsApi: 'order.test',
    rest: ['POST', '/api/v3/order/test'],
    weight: testOrderWeight,
    security: SecurityType.Trade,
    result: TestOrderResult,
    ordersEffect: false,
    decimals: ORDER_DECIMALS,
  }),
  cancelOrder: endpoint<CancelOrderParams>()({
    wsApi: 'order.cancel',
    rest: ['DELETE', '/api/v3/order'],
    weight: 1,
    security: SecurityType.Trade,
    result: CancelOrderResult,
    ordersEffect: true,
    decimals: [],
  }),
  // the new order counts even when NOT_ATTEMPTED (§6.4: UOC 1, "not transactional")
  cancelReplaceOrder: endpoint<CancelReplaceOrderParams>()({
    wsApi: 'order.cancelReplace',
    rest: ['POST', '/api/v3/order/cancelReplace'],
    weight: 1,
    orders: 1,
    security: SecurityType.Trade,
    result: CancelReplaceResult,
    ordersEffect: true,
    decimals: ORDER_DECIMALS,
  }),
  // 4, or 0 when it expires the order (§3, §6.4): not known beforehand, so 4; UOC 0
  amendOrder: endpoint<AmendOrderParams>()({
    wsApi: 'order.amend.keepPriority',
    rest: ['PUT', '/api/v3/order/amend/keepPriority'],
    weight: 4,
    security: SecurityType.Trade,
    result: AmendOrderResult,
    ordersEffect: true,
    decimals: ['newQty'],
  }),
  cancelAllOrders: endpoint<CancelAllOrdersParams>()({
    wsApi: 'openOrders.cancelAll',
    rest: ['DELETE', '/api/v3/openOrders'],
    weight: 1,
    security: SecurityType.Trade,
    result: t.readonlyArray(CancelOrderResult, 'CancelOrderResult[]'),
    ordersEffect: true,
    decimals: [],
  }),
  // deprecated OCO: two orders
  createLegacyOco: endpoint<CreateLegacyOcoParams>()({
    wsApi: 'orderList.place',
    rest: ['POST', '/api/v3/order/oco'],
    weight: 1,
    orders: ORDER_LIST_ORDERS.oco,
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: ['price', 'quantity', 'limitIcebergQty', 'stopPrice', 'stopLimitPrice', 'stopIcebergQty'],
  }),
  createOco: endpoint<CreateOcoParams>()({
    wsApi: 'orderList.place.oco',
    rest: ['POST', '/api/v3/orderList/oco'],
    weight: 1,
    orders: ORDER_LIST_ORDERS.oco,
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: ['quantity', 'abovePrice', 'aboveStopPrice', 'aboveIcebergQty', 'belowPrice', 'belowStopPrice', 'belowIcebergQty'],
  }),
  createOto: endpoint<CreateOtoParams>()({
    wsApi: 'orderList.place.oto',
    rest: ['POST', '/api/v3/orderList/oto'],
    weight: 1,
    orders: ORDER_LIST_ORDERS.oto,
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [...WORKING_DECIMALS, ...PENDING_DECIMALS, 'pendingQuantity'],
  }),
  createOtoco: endpoint<CreateOtocoParams>()({
    wsApi: 'orderList.place.otoco',
    rest: ['POST', '/api/v3/orderList/otoco'],
    weight: 1,
    orders: ORDER_LIST_ORDERS.otoco,
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [...WORKING_DECIMALS, 'pendingQuantity', ...PENDING_OCO_DECIMALS],
  }),
  // OPO (2025-12-18)
  createOpo: endpoint<CreateOpoParams>()({
    wsApi: 'orderList.place.opo',
    rest: ['POST', '/api/v3/orderList/opo'],
    weight: 1,
    orders: ORDER_LIST_ORDERS.opo,
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [...WORKING_DECIMALS, ...PENDING_DECIMALS],
  }),
  // OPOCO (2025-12-18)
  createOpoco: endpoint<CreateOpocoParams>()({
    wsApi: 'orderList.place.opoco',
    rest: ['POST', '/api/v3/orderList/opoco'],
    weight: 1,
    orders: ORDER_LIST_ORDERS.opoco,
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [...WORKING_DECIMALS, ...PENDING_OCO_DECIMALS],
  }),
  cancelOco: endpoint<CancelOcoParams>()({
    wsApi: 'orderList.cancel',
    rest: ['DELETE', '/api/v3/orderList'],
    weight: 1,
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [],
  }),
  // places one order (§6.4 gives no UOC for SOR; it places one order like order.place)
  createSorOrder: endpoint<CreateSorOrderParams>()({
    wsApi: 'sor.order.place',
    rest: ['POST', '/api/v3/sor/order'],
    weight: 1,
    orders: 1,
    security: SecurityType.Trade,
    result: SorOrderResult,
    ordersEffect: true,
    decimals: SOR_DECIMALS,
  }),
  // validates only: places nothing
  createTestSorOrder: endpoint<CreateTestSorOrderParams>()({
    wsApi: 'sor.order.test',
    rest: ['POST', '/api/v3/sor/order/test'],
    weight: testOrderWeight,
    security: SecurityType.Trade,
    result: TestOrderResult,
    ordersEffect: false,
    decimals: SOR_DECIMALS,
  }),
} as const;
