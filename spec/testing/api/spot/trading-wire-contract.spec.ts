import { isRight } from 'fp-ts/lib/Either';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter';
import { Account } from '../../../../lib/markets/spot/api/codecs/account';
import { AccountTrade } from '../../../../lib/markets/spot/api/codecs/account-trade';
import { Allocation } from '../../../../lib/markets/spot/api/codecs/allocation';
import { AmendOrderResult } from '../../../../lib/markets/spot/api/codecs/amend-order-result';
import { CancelOrderResult } from '../../../../lib/markets/spot/api/codecs/cancel-order-result';
import { CancelReplaceResult } from '../../../../lib/markets/spot/api/codecs/cancel-replace-result';
import { Commission } from '../../../../lib/markets/spot/api/codecs/commission';
import { MyFilters } from '../../../../lib/markets/spot/api/codecs/my-filters';
import { Order } from '../../../../lib/markets/spot/api/codecs/order';
import { OrderAmendment } from '../../../../lib/markets/spot/api/codecs/order-amendment';
import { OrderList } from '../../../../lib/markets/spot/api/codecs/order-list';
import { OrderRateLimit } from '../../../../lib/markets/spot/api/codecs/order-rate-limit';
import { OrderResponse } from '../../../../lib/markets/spot/api/codecs/order-response';
import { SorOrderResult } from '../../../../lib/markets/spot/api/codecs/sor-order-result';
import { TestOrderResult } from '../../../../lib/markets/spot/api/codecs/test-order-result';
import { Desk, RESTING_BUY } from './trading-test-kit';

/**
 * Contract: what the fake answers decodes with the SDK's own codecs (both are written from
 * Binance's documented examples, so a mismatch is a bug on one side).
 */

const OCO = { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.1', aboveType: 'LIMIT_MAKER', abovePrice: '32000', belowType: 'STOP_LOSS', belowStopPrice: '28000' };
const OPO = {
  symbol: 'BTCUSDT',
  workingType: 'LIMIT',
  workingSide: 'BUY',
  workingPrice: '29000',
  workingQuantity: '0.1',
  workingTimeInForce: 'GTC',
  pendingType: 'LIMIT',
  pendingSide: 'SELL',
  pendingPrice: '31000',
  pendingTimeInForce: 'GTC',
};
const MARKET_BUY = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' };

function expectDecodes(codec: t.Decoder<unknown, unknown>, value: unknown): void {
  const decoded = codec.decode(value);
  expect(isRight(decoded) ? [] : PathReporter.report(decoded)).toEqual([]);
}

describe('FAKE_SPOT_TRADING_ENDPOINTS', () => {
  it.each(['ACK', 'RESULT', 'FULL'])('behavior: %s order responses decode as OrderResponse', (respType) => {
    expectDecodes(OrderResponse, new Desk().ok('order.place', { ...RESTING_BUY, newOrderRespType: respType }));
  });

  it('behavior: fills, conditional fields and order lists decode', () => {
    const desk = new Desk();
    expectDecodes(OrderResponse, desk.ok('order.place', MARKET_BUY));
    const stop = { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '0.01', trailingDelta: 100, strategyId: 5, strategyType: 1000000 };
    expectDecodes(OrderResponse, desk.ok('order.place', { ...stop, newOrderRespType: 'RESULT' }));
    expectDecodes(OrderResponse, desk.ok('order.place', { ...RESTING_BUY, icebergQty: '0.01', newOrderRespType: 'FULL' }));
    expectDecodes(OrderList, desk.ok('orderList.place.oco', OCO));
    expectDecodes(OrderList, desk.ok('orderList.place', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.1', price: '32000', stopPrice: '28000' }));
    expectDecodes(OrderList, desk.ok('orderList.place.opo', OPO));
    expectDecodes(SorOrderResult, desk.ok('sor.order.place', MARKET_BUY));
    expectDecodes(TestOrderResult, desk.ok('order.test', RESTING_BUY));
    expectDecodes(TestOrderResult, desk.ok('order.test', { ...RESTING_BUY, computeCommissionRates: true }));
    expectDecodes(TestOrderResult, desk.ok('sor.order.test', { ...MARKET_BUY, computeCommissionRates: true }));
  });

  it('behavior: cancels, cancel-replace and amendments decode', () => {
    const desk = new Desk();
    const first = desk.ok('order.place', RESTING_BUY);
    expectDecodes(CancelOrderResult, desk.ok('order.cancel', { symbol: 'BTCUSDT', orderId: first.orderId }));
    const oco = desk.ok('orderList.place.oco', OCO);
    expectDecodes(AmendOrderResult, desk.ok('order.amend.keepPriority', { symbol: 'BTCUSDT', orderId: oco.orders[0].orderId, newQty: '0.05' }));
    expectDecodes(CancelOrderResult, desk.ok('order.cancel', { symbol: 'BTCUSDT', orderId: oco.orders[0].orderId }));
    const second = desk.ok('order.place', RESTING_BUY);
    expectDecodes(AmendOrderResult, desk.ok('order.amend.keepPriority', { symbol: 'BTCUSDT', orderId: second.orderId, newQty: '0.05' }));
    expectDecodes(t.readonlyArray(OrderAmendment), desk.ok('order.amendments', { symbol: 'BTCUSDT', orderId: second.orderId }));
    const replace = { ...RESTING_BUY, cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: second.orderId };
    expectDecodes(CancelReplaceResult, desk.ok('order.cancelReplace', replace));
    desk.ok('orderList.place.oco', OCO);
    for (const result of desk.ok('openOrders.cancelAll', { symbol: 'BTCUSDT' })) expectDecodes(CancelOrderResult, result);
  });
});

describe('FAKE_SPOT_ACCOUNT_ENDPOINTS', () => {
  it('behavior: account queries decode', () => {
    const desk = new Desk();
    desk.ok('order.place', RESTING_BUY);
    desk.ok('order.place', MARKET_BUY);
    desk.ok('sor.order.place', MARKET_BUY);
    desk.ok('orderList.place.opo', OPO);
    expectDecodes(Account, desk.ok('account.status'));
    expectDecodes(OrderRateLimit, desk.ok('account.rateLimits.orders'));
    expectDecodes(Order, desk.ok('order.status', { symbol: 'BTCUSDT', orderId: 1 }));
    expectDecodes(t.readonlyArray(Order), desk.ok('allOrders', { symbol: 'BTCUSDT' }));
    expectDecodes(t.readonlyArray(Order), desk.ok('openOrders.status'));
    expectDecodes(OrderList, desk.ok('orderList.status', { orderListId: 1 }));
    expectDecodes(t.readonlyArray(OrderList), desk.ok('openOrderLists.status'));
    expectDecodes(t.readonlyArray(OrderList), desk.ok('allOrderLists'));
    expectDecodes(t.readonlyArray(AccountTrade), desk.ok('myTrades', { symbol: 'BTCUSDT' }));
    expectDecodes(t.readonlyArray(Allocation), desk.ok('myAllocations', { symbol: 'BTCUSDT' }));
    expectDecodes(Commission, desk.ok('account.commission', { symbol: 'BTCUSDT' }));
    expectDecodes(MyFilters, desk.ok('myFilters', { symbol: 'BTCUSDT' }));
  });
});
