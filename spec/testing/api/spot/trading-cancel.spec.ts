import Big from 'big.js';
import { CANCEL_SHAPE, Desk, expectShape, LIST_SHAPE, RESTING_BUY, TRANSPORTS } from './trading-test-kit';

const OCO_SELL = {
  symbol: 'BTCUSDT',
  side: 'SELL',
  quantity: '0.1',
  aboveType: 'LIMIT_MAKER',
  abovePrice: '32000',
  belowType: 'STOP_LOSS',
  belowStopPrice: '28000',
};

describe('handleOrderCancel', () => {
  it.each(TRANSPORTS)('behavior: cancels by orderId over %s, reports it and unlocks its funds', (transport) => {
    const desk = new Desk({}, transport);
    const placed = desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'myOrder1' });
    desk.time += 1000;
    const report = desk.ok('order.cancel', { symbol: 'BTCUSDT', orderId: placed.orderId, newClientOrderId: 'cancelMyOrder1' });
    expectShape(report, CANCEL_SHAPE);
    expect(report).toMatchObject({
      origClientOrderId: 'myOrder1',
      clientOrderId: 'cancelMyOrder1',
      orderId: placed.orderId,
      transactTime: desk.time,
      status: 'CANCELED',
      price: '29000.00000000',
      origQty: '0.10000000',
    });
    expect(desk.account.balance('USDT')).toEqual({ free: new Big('100000'), locked: new Big(0) });
    expect(desk.ok('order.status', { symbol: 'BTCUSDT', orderId: placed.orderId })).toMatchObject({ status: 'CANCELED', updateTime: desk.time });
  });

  it('args: cancels by origClientOrderId with a generated cancel id', () => {
    const desk = new Desk();
    desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'myOrder1' });
    const report = desk.ok('order.cancel', { symbol: 'BTCUSDT', origClientOrderId: 'myOrder1' });
    expect(report.origClientOrderId).toBe('myOrder1');
    expect(report.clientOrderId).toMatch(/^[A-Za-z0-9]{22}$/);
  });

  it.each(TRANSPORTS)('error: an unknown, canceled or filled order gives -2011 "Unknown order sent." over %s', (transport) => {
    const desk = new Desk({}, transport);
    const unknown = { status: 400, error: { code: -2011, msg: 'Unknown order sent.' } };
    expect(desk.fail('order.cancel', { symbol: 'BTCUSDT', orderId: 99 })).toEqual(unknown);
    const resting = desk.ok('order.place', RESTING_BUY);
    desk.ok('order.cancel', { symbol: 'BTCUSDT', orderId: resting.orderId });
    expect(desk.fail('order.cancel', { symbol: 'BTCUSDT', orderId: resting.orderId })).toEqual(unknown);
    const filled = desk.ok('order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' });
    expect(desk.fail('order.cancel', { symbol: 'BTCUSDT', orderId: filled.orderId })).toEqual(unknown);
    expect(desk.fail('order.cancel', { symbol: 'ETHUSDT', orderId: 1 })).toEqual(unknown);
  });

  it('error: neither orderId nor origClientOrderId gives -1102, a mismatch -2011', () => {
    const desk = new Desk();
    const placed = desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'mine' });
    expect(desk.fail('order.cancel', { symbol: 'BTCUSDT' }).error).toEqual({
      code: -1102,
      msg: "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!",
    });
    expect(desk.fail('order.cancel', { symbol: 'BTCUSDT', orderId: placed.orderId, origClientOrderId: 'other' }).error.code).toBe(-2011);
  });

  it('error: a bad cancelRestrictions gives -1145, an unmet one -2011', () => {
    const desk = new Desk();
    const placed = desk.ok('order.place', RESTING_BUY);
    const ref = { symbol: 'BTCUSDT', orderId: placed.orderId };
    expect(desk.fail('order.cancel', { ...ref, cancelRestrictions: 'ONLY_OLD' }).error).toEqual({ code: -1145, msg: 'Invalid cancelRestrictions' });
    expect(desk.fail('order.cancel', { ...ref, cancelRestrictions: 'ONLY_PARTIALLY_FILLED' }).error).toEqual({
      code: -2011,
      msg: 'Order was not canceled due to cancel restrictions.',
    });
    expect(desk.ok('order.cancel', { ...ref, cancelRestrictions: 'ONLY_NEW' }).status).toBe('CANCELED');
  });

  it('behavior: ONLY_PARTIALLY_FILLED cancels a partly filled order', () => {
    const desk = new Desk();
    const placed = desk.ok('order.place', RESTING_BUY);
    desk.account.fillOrder(placed.orderId, undefined, '0.04');
    const ref = { symbol: 'BTCUSDT', orderId: placed.orderId };
    expect(desk.fail('order.cancel', { ...ref, cancelRestrictions: 'ONLY_NEW' }).error.code).toBe(-2011);
    const report = desk.ok('order.cancel', { ...ref, cancelRestrictions: 'ONLY_PARTIALLY_FILLED' });
    expect(report).toMatchObject({ status: 'CANCELED', executedQty: '0.04000000', cummulativeQuoteQty: '1160.00000000' });
    // 0.04 bought at 29000 with maker commission; the rest of the lock is back
    expect(desk.account.balance('USDT')).toEqual({ free: new Big('98840'), locked: new Big(0) });
    expect(desk.account.balance('BTC').free.eq(new Big('1.03996'))).toBe(true);
  });

  it('behavior: canceling an order of a list cancels the list and answers with it', () => {
    const desk = new Desk();
    const list = desk.ok('orderList.place.oco', OCO_SELL);
    const result = desk.ok('order.cancel', { symbol: 'BTCUSDT', orderId: list.orders[1].orderId });
    expectShape(result, { ...LIST_SHAPE, orderReports: 'array' });
    expect(result).toMatchObject({ listStatusType: 'ALL_DONE', listOrderStatus: 'ALL_DONE' });
    expect(result.orderReports.map((r: { status: string }) => r.status)).toEqual(['CANCELED', 'CANCELED']);
    expect(desk.account.balance('BTC')).toEqual({ free: new Big('1'), locked: new Big(0) });
  });
});

describe('handleCancelAll', () => {
  it.each(TRANSPORTS)('behavior: cancels every open order of the symbol over %s, lists once', (transport) => {
    const desk = new Desk({}, transport);
    desk.ok('order.place', RESTING_BUY);
    desk.ok('order.place', { ...RESTING_BUY, price: '28000' });
    desk.ok('orderList.place.oco', OCO_SELL);
    desk.ok('order.place', { symbol: 'ETHUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '1000', quantity: '1' });
    const results = desk.ok('openOrders.cancelAll', { symbol: 'BTCUSDT' });
    expect(results).toHaveLength(3);
    expectShape(results[0], CANCEL_SHAPE);
    expectShape(results[2], { ...LIST_SHAPE, orderReports: 'array' });
    expect(new Set([results[0].clientOrderId, results[1].clientOrderId, results[2].orderReports[0].clientOrderId]).size).toBe(1);
    expect(desk.ok('openOrders.status', {})).toHaveLength(1);
    expect(desk.account.balance('BTC').locked.eq(0)).toBe(true);
  });

  it('error: no open order gives -2011 "Unknown order sent."', () => {
    const desk = new Desk();
    expect(desk.fail('openOrders.cancelAll', { symbol: 'BTCUSDT' })).toEqual({ status: 400, error: { code: -2011, msg: 'Unknown order sent.' } });
  });
});

describe('handleOrderListCancel', () => {
  it.each(TRANSPORTS)('behavior: cancels a list by id or client id over %s', (transport) => {
    const desk = new Desk({}, transport);
    const first = desk.ok('orderList.place.oco', { ...OCO_SELL, listClientOrderId: 'myList' });
    const byId = desk.ok('orderList.cancel', { symbol: 'BTCUSDT', orderListId: first.orderListId, newClientOrderId: 'cancelList' });
    expect(byId).toMatchObject({ listStatusType: 'ALL_DONE', listOrderStatus: 'ALL_DONE', listClientOrderId: 'myList' });
    expect(byId.orderReports.every((r: { clientOrderId: string }) => r.clientOrderId === 'cancelList')).toBe(true);
    desk.ok('orderList.place.oco', { ...OCO_SELL, listClientOrderId: 'myList' });
    expect(desk.ok('orderList.cancel', { symbol: 'BTCUSDT', listClientOrderId: 'myList' }).listOrderStatus).toBe('ALL_DONE');
  });

  it('error: no id gives -1102, an unknown or done list -2011', () => {
    const desk = new Desk();
    expect(desk.fail('orderList.cancel', { symbol: 'BTCUSDT' }).error).toEqual({
      code: -1102,
      msg: "Param 'listClientOrderId' or 'orderListId' must be sent, but both were empty/null!",
    });
    expect(desk.fail('orderList.cancel', { symbol: 'BTCUSDT', orderListId: 7 }).error).toEqual({ code: -2011, msg: 'Order list does not exist.' });
  });
});
