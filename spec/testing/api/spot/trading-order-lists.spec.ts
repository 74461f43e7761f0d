import Big from 'big.js';
import { Desk, expectShape, LIST_SHAPE, RESULT_SHAPE, TRANSPORTS } from './trading-test-kit';

const OCO_SELL = {
  symbol: 'BTCUSDT',
  side: 'SELL',
  quantity: '0.1',
  aboveType: 'LIMIT_MAKER',
  abovePrice: '32000',
  belowType: 'STOP_LOSS',
  belowStopPrice: '28000',
};

const OTO = {
  symbol: 'BTCUSDT',
  workingType: 'LIMIT',
  workingSide: 'BUY',
  workingPrice: '29000',
  workingQuantity: '0.1',
  workingTimeInForce: 'GTC',
  pendingType: 'LIMIT',
  pendingSide: 'SELL',
  pendingPrice: '31000',
  pendingQuantity: '0.1',
  pendingTimeInForce: 'GTC',
};

const OTOCO = {
  symbol: 'BTCUSDT',
  workingType: 'LIMIT',
  workingSide: 'BUY',
  workingPrice: '29000',
  workingQuantity: '0.1',
  workingTimeInForce: 'GTC',
  pendingSide: 'SELL',
  pendingQuantity: '0.1',
  pendingAboveType: 'LIMIT_MAKER',
  pendingAbovePrice: '32000',
  pendingBelowType: 'STOP_LOSS',
  pendingBelowStopPrice: '28000',
};

const statusOf = (desk: Desk, orderId: number): string => desk.ok('order.status', { symbol: 'BTCUSDT', orderId }).status;

function without(params: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => !names.includes(name)));
}

describe('handleOcoPlace', () => {
  it.each(TRANSPORTS)('behavior: places both legs resting, one lock for both, over %s', (transport) => {
    const desk = new Desk({}, transport);
    const result = desk.ok('orderList.place.oco', { ...OCO_SELL, listClientOrderId: 'myOco' });
    expectShape(result, { ...LIST_SHAPE, orderReports: 'array' });
    expect(result).toMatchObject({
      orderListId: 1,
      contingencyType: 'OCO',
      listStatusType: 'EXEC_STARTED',
      listOrderStatus: 'EXECUTING',
      listClientOrderId: 'myOco',
      transactionTime: desk.time,
      symbol: 'BTCUSDT',
    });
    expect(result.orders.map((o: { orderId: number }) => o.orderId)).toEqual([1, 2]);
    expectShape(result.orders[0], { symbol: 'string', orderId: 'number', clientOrderId: 'string' });
    const [stop, limit] = result.orderReports;
    expectShape(stop, { ...RESULT_SHAPE, stopPrice: 'decimal' });
    expectShape(limit, RESULT_SHAPE);
    expect(stop).toMatchObject({ type: 'STOP_LOSS', orderListId: 1, status: 'NEW', stopPrice: '28000.00000000', workingTime: -1 });
    expect(limit).toMatchObject({ type: 'LIMIT_MAKER', orderListId: 1, status: 'NEW', price: '32000.00000000', workingTime: desk.time });
    expect(desk.account.balance('BTC')).toEqual({ free: new Big('0.9'), locked: new Big('0.1') });
    expect(desk.account.unfilledOrderCounts(desk.time).tenSeconds).toBe(2);
  });

  it('behavior: when one leg fills the other expires and the list is done', () => {
    const desk = new Desk();
    const result = desk.ok('orderList.place.oco', OCO_SELL);
    const [stop, limit] = result.orders;
    desk.account.fillOrder(limit.orderId);
    expect(statusOf(desk, stop.orderId)).toBe('EXPIRED');
    expect(statusOf(desk, limit.orderId)).toBe('FILLED');
    expect(desk.ok('orderList.status', { orderListId: result.orderListId })).toMatchObject({ listStatusType: 'ALL_DONE', listOrderStatus: 'ALL_DONE' });
    expect(desk.account.balance('BTC')).toEqual({ free: new Big('0.9'), locked: new Big(0) });
    expect(desk.account.balance('USDT').free.eq(new Big('103196.8'))).toBe(true);
  });

  it('behavior: a triggered stop leg fills as taker at its stop price', () => {
    const desk = new Desk();
    const [stop, limit] = desk.ok('orderList.place.oco', OCO_SELL).orders;
    expect(desk.account.fillOrder(stop.orderId)).toMatchObject({ status: 'FILLED', cummulativeQuoteQty: '2800.00000000', isWorking: true });
    expect(statusOf(desk, limit.orderId)).toBe('EXPIRED');
    expect(desk.account.balance('USDT').free.eq(new Big('102797.2'))).toBe(true);
  });

  it('behavior: a BUY OCO locks for the dearer leg only', () => {
    const desk = new Desk();
    desk.ok('orderList.place.oco', {
      symbol: 'BTCUSDT',
      side: 'BUY',
      quantity: '0.1',
      aboveType: 'STOP_LOSS_LIMIT',
      aboveStopPrice: '31000',
      abovePrice: '31500',
      aboveTimeInForce: 'GTC',
      belowType: 'LIMIT_MAKER',
      belowPrice: '29000',
    });
    expect(desk.account.balance('USDT').locked.eq(new Big('3150'))).toBe(true);
  });

  const errors: [string, Record<string, unknown>, number, string][] = [
    ['two limit makers', { ...OCO_SELL, belowType: 'LIMIT_MAKER', belowPrice: '31000' }, -1168, 'At least one OCO order must be contingent.'],
    ['a LIMIT leg', { ...OCO_SELL, aboveType: 'LIMIT' }, -1158, 'Order type not supported in OCO.'],
    ['no aboveType', without(OCO_SELL, 'aboveType'), -1102, "Mandatory parameter 'aboveType' was not sent, was empty/null, or malformed."],
    ['no abovePrice', without(OCO_SELL, 'abovePrice'), -1102, "Mandatory parameter 'abovePrice' was not sent, was empty/null, or malformed."],
    ['no below trigger', without(OCO_SELL, 'belowStopPrice'), -1102, "Param 'belowStopPrice' or 'belowTrailingDelta' must be sent, but both were empty/null!"],
    ['prices around the market reversed', { ...OCO_SELL, abovePrice: '29000' }, -2010, 'The relationship of the prices for the orders is not correct.'],
    ['too large', { ...OCO_SELL, quantity: '5' }, -2010, 'Account has insufficient balance for requested action.'],
  ];
  it.each(errors)('error: %s', (_name, params, code, msg) => {
    const desk = new Desk();
    expect(desk.fail('orderList.place.oco', params)).toEqual({ status: 400, error: { code, msg } });
    expect(desk.account.orders).toHaveLength(0);
    expect(desk.account.balance('BTC').locked.eq(0)).toBe(true);
  });

  it('error: a listClientOrderId of an open list is a duplicate', () => {
    const desk = new Desk();
    desk.ok('orderList.place.oco', { ...OCO_SELL, listClientOrderId: 'same' });
    expect(desk.fail('orderList.place.oco', { ...OCO_SELL, listClientOrderId: 'same' }).error).toEqual({ code: -2010, msg: 'Duplicate order sent.' });
  });
});

describe('handleDeprecatedOcoPlace', () => {
  const OLD_OCO = { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.1', price: '32000', stopPrice: '28000', stopLimitPrice: '27900', stopLimitTimeInForce: 'GTC' };

  it.each(TRANSPORTS)('behavior: a STOP_LOSS_LIMIT and a LIMIT_MAKER, FULL reports by default, over %s', (transport) => {
    const desk = new Desk({}, transport);
    const result = desk.ok('orderList.place', { ...OLD_OCO, limitClientOrderId: 'lim', stopClientOrderId: 'stp' });
    expect(result.contingencyType).toBe('OCO');
    const [stop, limit] = result.orderReports;
    expectShape(stop, { ...RESULT_SHAPE, stopPrice: 'decimal', fills: 'array' });
    expect(stop).toMatchObject({ type: 'STOP_LOSS_LIMIT', clientOrderId: 'stp', price: '27900.00000000', stopPrice: '28000.00000000' });
    expect(limit).toMatchObject({ type: 'LIMIT_MAKER', clientOrderId: 'lim', price: '32000.00000000', fills: [] });
  });

  it('error: a stop limit price needs its time in force, and a stop needs a trigger', () => {
    const desk = new Desk();
    expect(desk.fail('orderList.place', without(OLD_OCO, 'stopLimitTimeInForce')).error).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'stopLimitTimeInForce' was not sent, was empty/null, or malformed.",
    });
    expect(desk.fail('orderList.place', without(OLD_OCO, 'stopPrice')).error.msg).toBe(
      "Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!",
    );
  });
});

describe('otoHandler', () => {
  it.each(TRANSPORTS)('behavior: OTO places the working order and keeps the pending one PENDING_NEW, over %s', (transport) => {
    const desk = new Desk({}, transport);
    const result = desk.ok('orderList.place.oto', OTO);
    expect(result).toMatchObject({ contingencyType: 'OTO', listStatusType: 'EXEC_STARTED', listOrderStatus: 'EXECUTING' });
    const [working, pending] = result.orderReports;
    expectShape(working, RESULT_SHAPE);
    expect(working).toMatchObject({ status: 'NEW', side: 'BUY', workingTime: desk.time });
    expect(pending).toMatchObject({ status: 'PENDING_NEW', side: 'SELL', workingTime: -1, origQty: '0.10000000' });
    expect(desk.account.balance('USDT').locked.eq(new Big('2900'))).toBe(true);
    expect(desk.account.balance('BTC').locked.eq(0)).toBe(true);
    expect(desk.ok('openOrders.status', { symbol: 'BTCUSDT' })).toHaveLength(1);
  });

  it('behavior: the pending order goes live when the working order is filled', () => {
    const desk = new Desk();
    const [working, pending] = desk.ok('orderList.place.oto', OTO).orders;
    desk.account.fillOrder(working.orderId, undefined, '0.05');
    expect(statusOf(desk, pending.orderId)).toBe('PENDING_NEW');
    desk.account.fillOrder(working.orderId);
    expect(statusOf(desk, pending.orderId)).toBe('NEW');
    expect(desk.account.balance('BTC').locked.eq(new Big('0.1'))).toBe(true);
    desk.account.fillOrder(pending.orderId);
    expect(desk.ok('openOrderLists.status', {})).toEqual([]);
  });

  it('behavior: a working order that fills at once shows its pending order as PENDING_NEW, live right after', () => {
    const desk = new Desk();
    const result = desk.ok('orderList.place.oto', { ...OTO, workingPrice: '30500' });
    expect(result.orderReports.map((r: { status: string }) => r.status)).toEqual(['FILLED', 'PENDING_NEW']);
    expect(statusOf(desk, result.orders[1].orderId)).toBe('NEW');
  });

  it('behavior: a pending MARKET order fills at the working order fill price', () => {
    const desk = new Desk();
    const [working, pending] = desk.ok('orderList.place.oto', { ...without(OTO, 'pendingPrice', 'pendingTimeInForce'), pendingType: 'MARKET' }).orders;
    desk.account.fillOrder(working.orderId);
    expect(desk.ok('order.status', { symbol: 'BTCUSDT', orderId: pending.orderId })).toMatchObject({ status: 'FILLED', cummulativeQuoteQty: '2900.00000000' });
    expect(desk.ok('orderList.status', { orderListId: 1 }).listOrderStatus).toBe('ALL_DONE');
  });

  it('behavior: OTOCO activates its pending pair as an OCO', () => {
    const desk = new Desk();
    const result = desk.ok('orderList.place.otoco', OTOCO);
    expect(result.contingencyType).toBe('OTO');
    expect(result.orderReports.map((r: { type: string; status: string }) => [r.type, r.status])).toEqual([
      ['LIMIT', 'NEW'],
      ['STOP_LOSS', 'PENDING_NEW'],
      ['LIMIT_MAKER', 'PENDING_NEW'],
    ]);
    const [working, stop, limit] = result.orders;
    desk.account.fillOrder(working.orderId);
    expect([statusOf(desk, stop.orderId), statusOf(desk, limit.orderId)]).toEqual(['NEW', 'NEW']);
    expect(desk.account.balance('BTC').locked.eq(new Big('0.1'))).toBe(true);
    desk.account.fillOrder(limit.orderId);
    expect(statusOf(desk, stop.orderId)).toBe('EXPIRED');
    expect(desk.ok('orderList.status', { orderListId: result.orderListId }).listStatusType).toBe('ALL_DONE');
  });

  it('behavior: OPO pending orders sell what the working order bought, net of commission', () => {
    const desk = new Desk();
    const result = desk.ok('orderList.place.opo', without(OTO, 'pendingQuantity'));
    const [, pending] = result.orderReports;
    expect(Object.keys(pending)).not.toContain('origQty');
    expect(pending.status).toBe('PENDING_NEW');
    desk.account.fillOrder(result.orders[0].orderId);
    expect(desk.ok('order.status', { symbol: 'BTCUSDT', orderId: pending.orderId })).toMatchObject({ status: 'NEW', origQty: '0.09990000' });
    expect(desk.account.balance('BTC').locked.eq(new Big('0.0999'))).toBe(true);
  });

  it('behavior: OPOCO places three orders with quantity-less pending ones', () => {
    const desk = new Desk();
    const result = desk.ok('orderList.place.opoco', without(OTOCO, 'pendingQuantity'));
    expect(result.orderReports).toHaveLength(3);
    expect(result.orderReports.slice(1).every((r: object) => !('origQty' in r))).toBe(true);
  });

  const errors: [string, string, Record<string, unknown>, number, string][] = [
    ['a MARKET working order', 'orderList.place.oto', { ...OTO, workingType: 'MARKET' }, -1116, 'Invalid orderType.'],
    ['no workingTimeInForce', 'orderList.place.oto', without(OTO, 'workingTimeInForce'), -1102, "Mandatory parameter 'workingTimeInForce' was not sent, was empty/null, or malformed."],
    ['no pendingQuantity', 'orderList.place.oto', without(OTO, 'pendingQuantity'), -1102, "Mandatory parameter 'pendingQuantity' was not sent, was empty/null, or malformed."],
    ['no pendingBelowType', 'orderList.place.otoco', without(OTOCO, 'pendingBelowType'), -1102, "Mandatory parameter 'pendingBelowType' was not sent, was empty/null, or malformed."],
    ['an OPO selling first', 'orderList.place.opo', { ...without(OTO, 'pendingQuantity'), workingSide: 'SELL' }, -1222, 'Working order in an OPO list must be a bid.'],
    ['an OPO buying after', 'orderList.place.opo', { ...without(OTO, 'pendingQuantity'), pendingSide: 'BUY' }, -1223, 'Pending orders in an OPO list must be asks.'],
    ['an OPO with a quantity', 'orderList.place.opo', OTO, -1106, "Parameter 'pendingQuantity' sent when not required."],
    ['a working order too large', 'orderList.place.oto', { ...OTO, workingQuantity: '10' }, -2010, 'Account has insufficient balance for requested action.'],
  ];
  it.each(errors)('error: %s', (_name, method, params, code, msg) => {
    const desk = new Desk();
    expect(desk.fail(method, params)).toEqual({ status: 400, error: { code, msg } });
    expect(desk.account.orders).toHaveLength(0);
  });
});
