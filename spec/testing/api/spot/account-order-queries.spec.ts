import { Desk, expectShape, LIST_SHAPE, RESTING_BUY, STATUS_SHAPE, TRANSPORTS } from './trading-test-kit';

const OCO_SELL = {
  symbol: 'BTCUSDT',
  side: 'SELL',
  quantity: '0.1',
  aboveType: 'LIMIT_MAKER',
  abovePrice: '32000',
  belowType: 'STOP_LOSS',
  belowStopPrice: '28000',
};

describe('handleOrderStatus', () => {
  it.each(TRANSPORTS)('behavior: answers the order (§6.5 shape) by id or client id over %s', (transport) => {
    const desk = new Desk({}, transport);
    const placed = desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'myOrder1' });
    const byId = desk.ok('order.status', { symbol: 'BTCUSDT', orderId: placed.orderId });
    expectShape(byId, STATUS_SHAPE);
    expect(byId).toMatchObject({
      orderId: placed.orderId,
      clientOrderId: 'myOrder1',
      status: 'NEW',
      stopPrice: '0.00000000',
      icebergQty: '0.00000000',
      time: desk.time,
      updateTime: desk.time,
      isWorking: true,
      workingTime: desk.time,
    });
    expect(desk.ok('order.status', { symbol: 'BTCUSDT', origClientOrderId: 'myOrder1' })).toEqual(byId);
    expect(desk.ok('order.status', { symbol: 'BTCUSDT', orderId: placed.orderId, origClientOrderId: 'myOrder1' })).toEqual(byId);
  });

  it('error: -2013 for an unknown order, -2039 for a mismatch, -1102 with neither', () => {
    const desk = new Desk();
    const placed = desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'myOrder1' });
    expect(desk.fail('order.status', { symbol: 'BTCUSDT', orderId: 99 })).toEqual({ status: 400, error: { code: -2013, msg: 'Order does not exist.' } });
    expect(desk.fail('order.status', { symbol: 'ETHUSDT', orderId: placed.orderId }).error.code).toBe(-2013);
    expect(desk.fail('order.status', { symbol: 'BTCUSDT', orderId: placed.orderId, origClientOrderId: 'other' }).error).toEqual({
      code: -2039,
      msg: 'Client order ID is not correct for this order ID.',
    });
    expect(desk.fail('order.status', { symbol: 'BTCUSDT' }).error).toEqual({
      code: -1102,
      msg: "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!",
    });
  });
});

describe('handleOpenOrders', () => {
  it('behavior: lists working orders of one symbol, or of all', () => {
    const desk = new Desk();
    desk.ok('order.place', RESTING_BUY);
    desk.ok('order.place', { symbol: 'ETHUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '1000', quantity: '1' });
    desk.ok('order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    const btc = desk.ok('openOrders.status', { symbol: 'BTCUSDT' });
    expect(btc).toHaveLength(1);
    expectShape(btc[0], STATUS_SHAPE);
    expect(desk.ok('openOrders.status')).toHaveLength(2);
    expect(desk.fail('openOrders.status', { symbol: 'NOPE' }).error.code).toBe(-1121);
  });
});

describe('handleAllOrders', () => {
  it.each(TRANSPORTS)('behavior: pages by orderId, time and limit, oldest first, over %s', (transport) => {
    const desk = new Desk({}, transport);
    const start = desk.time;
    for (let i = 0; i < 5; i++) {
      desk.ok('order.place', RESTING_BUY);
      desk.time += 1000;
    }
    const ids = (params: Record<string, unknown>) => desk.ok('allOrders', { symbol: 'BTCUSDT', ...params }).map((o: { orderId: number }) => o.orderId);
    expect(ids({})).toEqual([1, 2, 3, 4, 5]);
    expect(ids({ limit: 2 })).toEqual([4, 5]);
    expect(ids({ orderId: 3 })).toEqual([3, 4, 5]);
    expect(ids({ orderId: 2, limit: 2 })).toEqual([2, 3]);
    expect(ids({ startTime: start + 1000, limit: 2 })).toEqual([2, 3]);
    expect(ids({ endTime: start + 2000 })).toEqual([1, 2, 3]);
    expect(desk.fail('allOrders', { symbol: 'BTCUSDT', startTime: start, endTime: start + 86_400_001 }).error).toEqual({
      code: -1127,
      msg: 'More than 24 hours between startTime and endTime.',
    });
    expect(desk.fail('allOrders', {}).error.code).toBe(-1102);
  });
});

describe('handleOrderListStatus', () => {
  it.each(TRANSPORTS)('behavior: answers a list by id or by its client id over %s', (transport) => {
    const desk = new Desk({}, transport);
    const placed = desk.ok('orderList.place.oco', { ...OCO_SELL, listClientOrderId: 'myList' });
    const byId = desk.ok('orderList.status', { orderListId: placed.orderListId });
    expectShape(byId, LIST_SHAPE);
    expect(byId).toMatchObject({ listClientOrderId: 'myList', contingencyType: 'OCO', listOrderStatus: 'EXECUTING' });
    expect(desk.ok('orderList.status', { origClientOrderId: 'myList' })).toEqual(byId);
  });

  it('error: -2013 for an unknown list, -1102 with no id', () => {
    const desk = new Desk();
    expect(desk.fail('orderList.status', { orderListId: 5 }).error).toEqual({ code: -2013, msg: 'Order list does not exist.' });
    expect(desk.fail('orderList.status').error).toEqual({
      code: -1102,
      msg: "Param 'origClientOrderId' or 'orderListId' must be sent, but both were empty/null!",
    });
  });
});

describe('handleOpenOrderLists', () => {
  it('behavior: lists the executing lists only', () => {
    const desk = new Desk();
    const first = desk.ok('orderList.place.oco', OCO_SELL);
    desk.ok('orderList.place.oco', OCO_SELL);
    desk.ok('orderList.cancel', { symbol: 'BTCUSDT', orderListId: first.orderListId });
    const open = desk.ok('openOrderLists.status');
    expect(open.map((l: { orderListId: number }) => l.orderListId)).toEqual([2]);
    expectShape(open[0], LIST_SHAPE);
  });
});

describe('handleAllOrderLists', () => {
  it('behavior: pages by fromId, time and limit', () => {
    const desk = new Desk();
    const start = desk.time;
    for (let i = 0; i < 3; i++) {
      desk.ok('orderList.place.oco', { ...OCO_SELL, quantity: '0.01' });
      desk.time += 1000;
    }
    const ids = (params: Record<string, unknown>) => desk.ok('allOrderLists', params).map((l: { orderListId: number }) => l.orderListId);
    expect(ids({})).toEqual([1, 2, 3]);
    expect(ids({ fromId: 2 })).toEqual([2, 3]);
    expect(ids({ startTime: start + 1000, limit: 1 })).toEqual([2]);
    expect(desk.fail('allOrderLists', { fromId: 1, startTime: start }).error.code).toBe(-1128);
  });
});
