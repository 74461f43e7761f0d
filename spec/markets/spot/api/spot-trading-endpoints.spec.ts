import { SecurityType } from '../../../../lib/requests/security-type';
import { SPOT_TRADING_ENDPOINTS } from '../../../../lib/markets/spot/api/spot-trading-endpoints';
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
} from '../../../../lib/markets/spot/api/params/trading-params';
import { decodeRight } from '../../../support/codec-helpers';
import { decimalParams } from './decimal-keys';
import { CANCELED_ORDER, CANCELED_ORDER_LIST } from './codecs/trading-examples';

const ORDER = ['price', 'quantity', 'quoteOrderQty', 'stopPrice', 'icebergQty'] as const;
const WORKING = ['workingPrice', 'workingQuantity', 'workingIcebergQty'] as const;
const PENDING = ['pendingPrice', 'pendingStopPrice', 'pendingIcebergQty'] as const;
const PENDING_PAIR = [
  'pendingAbovePrice',
  'pendingAboveStopPrice',
  'pendingAboveIcebergQty',
  'pendingBelowPrice',
  'pendingBelowStopPrice',
  'pendingBelowIcebergQty',
] as const;

// Method → [WS-API method, REST twin, ordersEffect, Decimal params] (spec/spot-ws-api.md §6.4,
// spec/rest.md §7). Each decimal list is checked against the params type at compile time.
const EXPECTED = {
  createOrder: ['order.place', 'POST /api/v3/order', true, decimalParams<CreateOrderParams>()(ORDER)],
  createTestOrder: ['order.test', 'POST /api/v3/order/test', false, decimalParams<CreateTestOrderParams>()(ORDER)],
  cancelOrder: ['order.cancel', 'DELETE /api/v3/order', true, decimalParams<CancelOrderParams>()([])],
  cancelReplaceOrder: ['order.cancelReplace', 'POST /api/v3/order/cancelReplace', true, decimalParams<CancelReplaceOrderParams>()(ORDER)],
  amendOrder: ['order.amend.keepPriority', 'PUT /api/v3/order/amend/keepPriority', true, decimalParams<AmendOrderParams>()(['newQty'])],
  cancelAllOrders: ['openOrders.cancelAll', 'DELETE /api/v3/openOrders', true, decimalParams<CancelAllOrdersParams>()([])],
  createLegacyOco: [
    'orderList.place',
    'POST /api/v3/order/oco',
    true,
    decimalParams<CreateLegacyOcoParams>()(['price', 'quantity', 'limitIcebergQty', 'stopPrice', 'stopLimitPrice', 'stopIcebergQty']),
  ],
  createOco: [
    'orderList.place.oco',
    'POST /api/v3/orderList/oco',
    true,
    decimalParams<CreateOcoParams>()([
      'quantity',
      'abovePrice',
      'aboveStopPrice',
      'aboveIcebergQty',
      'belowPrice',
      'belowStopPrice',
      'belowIcebergQty',
    ]),
  ],
  createOto: ['orderList.place.oto', 'POST /api/v3/orderList/oto', true, decimalParams<CreateOtoParams>()([...WORKING, ...PENDING, 'pendingQuantity'])],
  createOtoco: [
    'orderList.place.otoco',
    'POST /api/v3/orderList/otoco',
    true,
    decimalParams<CreateOtocoParams>()([...WORKING, 'pendingQuantity', ...PENDING_PAIR]),
  ],
  createOpo: ['orderList.place.opo', 'POST /api/v3/orderList/opo', true, decimalParams<CreateOpoParams>()([...WORKING, ...PENDING])],
  createOpoco: ['orderList.place.opoco', 'POST /api/v3/orderList/opoco', true, decimalParams<CreateOpocoParams>()([...WORKING, ...PENDING_PAIR])],
  cancelOco: ['orderList.cancel', 'DELETE /api/v3/orderList', true, decimalParams<CancelOcoParams>()([])],
  createSorOrder: ['sor.order.place', 'POST /api/v3/sor/order', true, decimalParams<CreateSorOrderParams>()(['price', 'quantity', 'icebergQty'])],
  createTestSorOrder: [
    'sor.order.test',
    'POST /api/v3/sor/order/test',
    false,
    decimalParams<CreateTestSorOrderParams>()(['price', 'quantity', 'icebergQty']),
  ],
} as const;

describe('SPOT_TRADING_ENDPOINTS', () => {
  it('default: has exactly the expected methods', () => {
    expect(Object.keys(SPOT_TRADING_ENDPOINTS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('default: each method has its WS-API name, REST twin and TRADE security', () => {
    for (const [name, [wsApi, rest]] of Object.entries(EXPECTED)) {
      const e = SPOT_TRADING_ENDPOINTS[name as keyof typeof SPOT_TRADING_ENDPOINTS];
      expect([name, e.wsApi, e.rest?.join(' '), e.security]).toEqual([name, wsApi, rest, SecurityType.Trade]);
    }
  });

  it('behavior: ordersEffect is set for every method that places, cancels, replaces or amends, not the tests', () => {
    for (const [name, [, , ordersEffect]] of Object.entries(EXPECTED)) {
      expect([name, SPOT_TRADING_ENDPOINTS[name as keyof typeof SPOT_TRADING_ENDPOINTS].ordersEffect]).toEqual([name, ordersEffect]);
    }
  });

  it('behavior: decimals lists exactly the Decimal-typed params', () => {
    for (const [name, [, , , decimals]] of Object.entries(EXPECTED)) {
      const e = SPOT_TRADING_ENDPOINTS[name as keyof typeof SPOT_TRADING_ENDPOINTS];
      expect([name, [...e.decimals].sort()]).toEqual([name, [...decimals].sort()]);
      expect(new Set(e.decimals).size).toBe(e.decimals.length);
    }
  });

  it("behavior: cancelAllOrders' result decodes the official mixed answer (an order and a list)", () => {
    const results = decodeRight(SPOT_TRADING_ENDPOINTS.cancelAllOrders.result, [CANCELED_ORDER, CANCELED_ORDER_LIST]);
    expect(results.map((r) => 'contingencyType' in r)).toEqual([false, true]);
  });
});
