import { Desk, expectShape, RESTING_BUY, TRANSPORTS } from './trading-test-kit';

const TRADE_SHAPE = {
  symbol: 'string',
  id: 'number',
  orderId: 'number',
  orderListId: 'number',
  price: 'decimal',
  qty: 'decimal',
  quoteQty: 'decimal',
  commission: 'decimal',
  commissionAsset: 'string',
  time: 'number',
  isBuyer: 'boolean',
  isMaker: 'boolean',
  isBestMatch: 'boolean',
} as const;

const MARKET_BUY = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' };

describe('handleMyTrades', () => {
  it.each(TRANSPORTS)('behavior: lists the account trades, oldest first, over %s', (transport) => {
    const desk = new Desk({}, transport);
    const taker = desk.ok('order.place', MARKET_BUY);
    desk.time += 1000;
    const maker = desk.ok('order.place', RESTING_BUY);
    desk.account.fillOrder(maker.orderId, undefined, undefined, desk.time);
    const trades = desk.ok('myTrades', { symbol: 'BTCUSDT' });
    expect(trades).toHaveLength(2);
    expectShape(trades[0], TRADE_SHAPE);
    expect(trades[0]).toEqual({
      symbol: 'BTCUSDT',
      id: 1,
      orderId: taker.orderId,
      orderListId: -1,
      price: '30000.00000000',
      qty: '0.01000000',
      quoteQty: '300.00000000',
      commission: '0.00001000',
      commissionAsset: 'BTC',
      time: desk.time - 1000,
      isBuyer: true,
      isMaker: false,
      isBestMatch: true,
    });
    expect(trades[1]).toMatchObject({ id: 2, orderId: maker.orderId, price: '29000.00000000', isMaker: true, commission: '0.00010000' });
    expect(desk.ok('myTrades', { symbol: 'BTCUSDT', orderId: maker.orderId })).toHaveLength(1);
  });

  it('args: fromId, time windows and limit', () => {
    const desk = new Desk();
    const start = desk.time;
    for (let i = 0; i < 4; i++) {
      desk.ok('order.place', MARKET_BUY);
      desk.time += 1000;
    }
    const ids = (params: Record<string, unknown>) => desk.ok('myTrades', { symbol: 'BTCUSDT', ...params }).map((t: { id: number }) => t.id);
    expect(ids({ limit: 3 })).toEqual([2, 3, 4]);
    expect(ids({ fromId: 2, limit: 2 })).toEqual([2, 3]);
    expect(ids({ startTime: start + 2000 })).toEqual([3, 4]);
    expect(ids({ endTime: start + 1000, limit: 1 })).toEqual([2]);
  });

  it('error: unsupported combinations and spans', () => {
    const desk = new Desk();
    expect(desk.fail('myTrades', { symbol: 'BTCUSDT', fromId: 1, startTime: 1 }).error).toEqual({ code: -1128, msg: 'Combination of optional parameters invalid.' });
    expect(desk.fail('myTrades', { symbol: 'BTCUSDT', orderId: 1, endTime: 1 }).error.code).toBe(-1128);
    expect(desk.fail('myTrades', { symbol: 'BTCUSDT', startTime: 0, endTime: 86_400_001 }).error.code).toBe(-1127);
    expect(desk.fail('myTrades', { symbol: 'BTCUSDT', limit: 0 }).error.code).toBe(-1130);
    expect(desk.fail('myTrades').error.code).toBe(-1102);
  });
});

describe('handleMyPreventedMatches', () => {
  it('behavior: answers an empty list, since the fake never prevents a match', () => {
    const desk = new Desk();
    expect(desk.ok('myPreventedMatches', { symbol: 'BTCUSDT', orderId: 1 })).toEqual([]);
    expect(desk.ok('myPreventedMatches', { symbol: 'BTCUSDT', preventedMatchId: 1 })).toEqual([]);
  });

  it('error: needs preventedMatchId or orderId', () => {
    expect(new Desk().fail('myPreventedMatches', { symbol: 'BTCUSDT' }).error).toEqual({
      code: -1102,
      msg: "Param 'preventedMatchId' or 'orderId' must be sent, but both were empty/null!",
    });
  });
});

describe('handleMyAllocations', () => {
  it('behavior: pages SOR allocations by fromAllocationId and order', () => {
    const desk = new Desk();
    const orders = [0, 1, 2].map(() => desk.ok('sor.order.place', MARKET_BUY)[0].orderId);
    const ids = (params: Record<string, unknown>) =>
      desk.ok('myAllocations', { symbol: 'BTCUSDT', ...params }).map((a: { allocationId: number }) => a.allocationId);
    expect(ids({})).toEqual([0, 1, 2]);
    expect(ids({ fromAllocationId: 1 })).toEqual([1, 2]);
    expect(ids({ orderId: orders[2] })).toEqual([2]);
    expect(desk.ok('myAllocations', { symbol: 'ETHUSDT' })).toEqual([]);
  });
});

describe('handleOrderAmendments', () => {
  it('behavior: lists an order amendments from an execution id', () => {
    const desk = new Desk();
    const placed = desk.ok('order.place', RESTING_BUY);
    for (const qty of ['0.09', '0.08', '0.07']) desk.ok('order.amend.keepPriority', { symbol: 'BTCUSDT', orderId: placed.orderId, newQty: qty });
    const list = (params: Record<string, unknown>) =>
      desk.ok('order.amendments', { symbol: 'BTCUSDT', orderId: placed.orderId, ...params }).map((a: { newQty: string }) => a.newQty);
    expect(list({})).toEqual(['0.09000000', '0.08000000', '0.07000000']);
    expect(list({ fromExecutionId: 2 })).toEqual(['0.08000000', '0.07000000']);
    expect(list({ limit: 1 })).toEqual(['0.09000000']);
  });

  it('error: an unknown order is -2013, orderId is mandatory', () => {
    const desk = new Desk();
    expect(desk.fail('order.amendments', { symbol: 'BTCUSDT', orderId: 3 }).error).toEqual({ code: -2013, msg: 'Order does not exist.' });
    expect(desk.fail('order.amendments', { symbol: 'BTCUSDT' }).error.code).toBe(-1102);
  });
});
