import Big from 'big.js';
import { Desk, expectShape, RESTING_BUY, TRANSPORTS } from './trading-test-kit';

const AMENDED_SHAPE = {
  symbol: 'string',
  orderId: 'number',
  orderListId: 'number',
  origClientOrderId: 'string',
  clientOrderId: 'string',
  price: 'decimal',
  qty: 'decimal',
  executedQty: 'decimal',
  preventedQty: 'decimal',
  quoteOrderQty: 'decimal',
  cumulativeQuoteQty: 'decimal',
  status: 'string',
  timeInForce: 'string',
  type: 'string',
  side: 'string',
  workingTime: 'number',
  selfTradePreventionMode: 'string',
} as const;

describe('handleOrderAmend', () => {
  it.each(TRANSPORTS)('behavior: lowers the quantity in place and unlocks the difference, over %s', (transport) => {
    const desk = new Desk({}, transport);
    const placed = desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'before' });
    desk.time += 500;
    const result = desk.ok('order.amend.keepPriority', { symbol: 'BTCUSDT', orderId: placed.orderId, newQty: '0.06' });
    expectShape(result, { transactTime: 'number', executionId: 'number', amendedOrder: 'object' });
    expectShape(result.amendedOrder, AMENDED_SHAPE);
    expect(result).toMatchObject({ transactTime: desk.time, executionId: 1 });
    expect(result.amendedOrder).toMatchObject({ orderId: placed.orderId, origClientOrderId: 'before', qty: '0.06000000', status: 'NEW' });
    expect(result.amendedOrder.clientOrderId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(desk.account.balance('USDT')).toEqual({ free: new Big('98260'), locked: new Big('1740') });
    const amendments = desk.ok('order.amendments', { symbol: 'BTCUSDT', orderId: placed.orderId });
    expect(amendments).toEqual([
      {
        symbol: 'BTCUSDT',
        orderId: placed.orderId,
        executionId: 1,
        origClientOrderId: 'before',
        newClientOrderId: result.amendedOrder.clientOrderId,
        origQty: '0.10000000',
        newQty: '0.06000000',
        time: desk.time,
      },
    ]);
  });

  it('args: newClientOrderId may keep the current client id', () => {
    const desk = new Desk();
    desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'keep' });
    const result = desk.ok('order.amend.keepPriority', { symbol: 'BTCUSDT', origClientOrderId: 'keep', newClientOrderId: 'keep', newQty: '0.05' });
    expect(result.amendedOrder).toMatchObject({ origClientOrderId: 'keep', clientOrderId: 'keep' });
  });

  it('behavior: amending an OCO leg changes both legs and reports the list', () => {
    const desk = new Desk();
    const list = desk.ok('orderList.place.oco', {
      symbol: 'BTCUSDT',
      side: 'SELL',
      quantity: '0.1',
      aboveType: 'LIMIT_MAKER',
      abovePrice: '32000',
      belowType: 'STOP_LOSS',
      belowStopPrice: '28000',
    });
    const result = desk.ok('order.amend.keepPriority', { symbol: 'BTCUSDT', orderId: list.orders[1].orderId, newQty: '0.04' });
    expectShape(result.listStatus, {
      orderListId: 'number',
      contingencyType: 'string',
      listOrderStatus: 'string',
      listClientOrderId: 'string',
      symbol: 'string',
      orders: 'array',
    });
    expect(desk.ok('order.status', { symbol: 'BTCUSDT', orderId: list.orders[0].orderId }).origQty).toBe('0.04000000');
    expect(desk.account.balance('BTC')).toEqual({ free: new Big('0.96'), locked: new Big('0.04') });
  });

  it('behavior: lowering to the executed quantity fills the order', () => {
    const desk = new Desk();
    const placed = desk.ok('order.place', RESTING_BUY);
    desk.account.fillOrder(placed.orderId, undefined, '0.03');
    const result = desk.ok('order.amend.keepPriority', { symbol: 'BTCUSDT', orderId: placed.orderId, newQty: '0.03' });
    expect(result.amendedOrder.status).toBe('FILLED');
    expect(desk.account.balance('USDT').locked.eq(0)).toBe(true);
  });

  it('error: -2038 for no change, an increase, an unknown order and a pending OPO order', () => {
    const desk = new Desk();
    const placed = desk.ok('order.place', RESTING_BUY);
    const amend = (extra: Record<string, unknown>) => desk.fail('order.amend.keepPriority', { symbol: 'BTCUSDT', orderId: placed.orderId, ...extra });
    expect(amend({ newQty: '0.1' }).error).toEqual({ code: -2038, msg: 'The requested action would change no state; rejecting' });
    expect(amend({ newQty: '0.2' }).error).toEqual({ code: -2038, msg: 'Order amend (quantity increase) is not supported.' });
    expect(amend({ orderId: 99, newQty: '0.05' }).error).toEqual({ code: -2038, msg: 'Unknown order sent.' });
    const opo = desk.ok('orderList.place.opo', {
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
    });
    expect(amend({ orderId: opo.orders[1].orderId, newQty: '0.05' }).error).toEqual({ code: -2038, msg: 'Order amend (pending OPO order) is not supported.' });
  });

  it('error: param errors', () => {
    const desk = new Desk();
    const placed = desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'mine' });
    const ref = { symbol: 'BTCUSDT', orderId: placed.orderId };
    expect(desk.fail('order.amend.keepPriority', ref).error).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'newQty' was not sent, was empty/null, or malformed.",
    });
    expect(desk.fail('order.amend.keepPriority', { ...ref, newQty: '0' }).error).toEqual({ code: -1013, msg: 'Invalid quantity.' });
    expect(desk.fail('order.amend.keepPriority', { ...ref, origClientOrderId: 'other', newQty: '0.05' }).error.code).toBe(-2039);
    expect(desk.fail('order.amend.keepPriority', { symbol: 'BTCUSDT', newQty: '0.05' }).error.code).toBe(-1102);
  });
});
