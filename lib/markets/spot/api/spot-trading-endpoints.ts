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

// Methods: spec/spot-ws-api.md §6.4; REST twins: spec/rest.md §7. Weights are the documented
// ones; since 2026-04-02 a successful placement/cancel/amend costs 0 (spot-ws-api.md §3).
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
  // weight 1; unfilled order count 1
  createOrder: endpoint<CreateOrderParams>()({
    wsApi: 'order.place',
    rest: ['POST', '/api/v3/order'],
    security: SecurityType.Trade,
    result: OrderResponse,
    ordersEffect: true,
    decimals: ORDER_DECIMALS,
  }),
  // weight 1; 20 with computeCommissionRates
  createTestOrder: endpoint<CreateTestOrderParams>()({
    wsApi: 'order.test',
    rest: ['POST', '/api/v3/order/test'],
    security: SecurityType.Trade,
    result: TestOrderResult,
    ordersEffect: false,
    decimals: ORDER_DECIMALS,
  }),
  // weight 1
  cancelOrder: endpoint<CancelOrderParams>()({
    wsApi: 'order.cancel',
    rest: ['DELETE', '/api/v3/order'],
    security: SecurityType.Trade,
    result: CancelOrderResult,
    ordersEffect: true,
    decimals: [],
  }),
  // weight 1; unfilled order count 1
  cancelReplaceOrder: endpoint<CancelReplaceOrderParams>()({
    wsApi: 'order.cancelReplace',
    rest: ['POST', '/api/v3/order/cancelReplace'],
    security: SecurityType.Trade,
    result: CancelReplaceResult,
    ordersEffect: true,
    decimals: ORDER_DECIMALS,
  }),
  // weight 4 (0 if it expires the order); unfilled order count 0
  amendOrder: endpoint<AmendOrderParams>()({
    wsApi: 'order.amend.keepPriority',
    rest: ['PUT', '/api/v3/order/amend/keepPriority'],
    security: SecurityType.Trade,
    result: AmendOrderResult,
    ordersEffect: true,
    decimals: ['newQty'],
  }),
  // weight 1
  cancelAllOrders: endpoint<CancelAllOrdersParams>()({
    wsApi: 'openOrders.cancelAll',
    rest: ['DELETE', '/api/v3/openOrders'],
    security: SecurityType.Trade,
    result: t.readonlyArray(CancelOrderResult, 'CancelOrderResult[]'),
    ordersEffect: true,
    decimals: [],
  }),
  // weight 1 (deprecated OCO)
  createLegacyOco: endpoint<CreateLegacyOcoParams>()({
    wsApi: 'orderList.place',
    rest: ['POST', '/api/v3/order/oco'],
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: ['price', 'quantity', 'limitIcebergQty', 'stopPrice', 'stopLimitPrice', 'stopIcebergQty'],
  }),
  // weight 1; unfilled order count 2
  createOco: endpoint<CreateOcoParams>()({
    wsApi: 'orderList.place.oco',
    rest: ['POST', '/api/v3/orderList/oco'],
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: ['quantity', 'abovePrice', 'aboveStopPrice', 'aboveIcebergQty', 'belowPrice', 'belowStopPrice', 'belowIcebergQty'],
  }),
  // weight 1; unfilled order count 2
  createOto: endpoint<CreateOtoParams>()({
    wsApi: 'orderList.place.oto',
    rest: ['POST', '/api/v3/orderList/oto'],
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [...WORKING_DECIMALS, ...PENDING_DECIMALS, 'pendingQuantity'],
  }),
  // weight 1; unfilled order count 3
  createOtoco: endpoint<CreateOtocoParams>()({
    wsApi: 'orderList.place.otoco',
    rest: ['POST', '/api/v3/orderList/otoco'],
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [...WORKING_DECIMALS, 'pendingQuantity', ...PENDING_OCO_DECIMALS],
  }),
  // weight 1 (OPO, 2025-12-18)
  createOpo: endpoint<CreateOpoParams>()({
    wsApi: 'orderList.place.opo',
    rest: ['POST', '/api/v3/orderList/opo'],
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [...WORKING_DECIMALS, ...PENDING_DECIMALS],
  }),
  // weight 1 (OPOCO, 2025-12-18)
  createOpoco: endpoint<CreateOpocoParams>()({
    wsApi: 'orderList.place.opoco',
    rest: ['POST', '/api/v3/orderList/opoco'],
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [...WORKING_DECIMALS, ...PENDING_OCO_DECIMALS],
  }),
  // weight 1
  cancelOco: endpoint<CancelOcoParams>()({
    wsApi: 'orderList.cancel',
    rest: ['DELETE', '/api/v3/orderList'],
    security: SecurityType.Trade,
    result: OrderList,
    ordersEffect: true,
    decimals: [],
  }),
  // weight 1; unfilled order count 1
  createSorOrder: endpoint<CreateSorOrderParams>()({
    wsApi: 'sor.order.place',
    rest: ['POST', '/api/v3/sor/order'],
    security: SecurityType.Trade,
    result: SorOrderResult,
    ordersEffect: true,
    decimals: SOR_DECIMALS,
  }),
  // weight 1; 20 with computeCommissionRates
  createTestSorOrder: endpoint<CreateTestSorOrderParams>()({
    wsApi: 'sor.order.test',
    rest: ['POST', '/api/v3/sor/order/test'],
    security: SecurityType.Trade,
    result: TestOrderResult,
    ordersEffect: false,
    decimals: SOR_DECIMALS,
  }),
} as const;
