import Big from 'big.js';
import { Desk, expectShape, RESULT_SHAPE, TRANSPORTS } from './trading-test-kit';

describe('handleSorPlace', () => {
  it.each(TRANSPORTS)('behavior: fills at once as SOR allocations, answering an array of one order, over %s', (transport) => {
    const desk = new Desk({}, transport);
    const result = desk.ok('sor.order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' });
    expect(Array.isArray(result)).toBe(true);
    expect(result).toHaveLength(1);
    const [order] = result;
    expectShape(order, { ...RESULT_SHAPE, fills: 'array', workingFloor: 'string', usedSor: 'boolean' });
    expect(order).toMatchObject({ status: 'FILLED', workingFloor: 'SOR', usedSor: true });
    expect(order.fills).toEqual([
      { matchType: 'ONE_PARTY_TRADE_REPORT', price: '30000.00000000', qty: '0.10000000', commission: '0.00010000', commissionAsset: 'BTC', tradeId: -1, allocId: 0 },
    ]);
    expect(desk.account.balance('BTC').free.eq(new Big('1.0999'))).toBe(true);
    expect(desk.ok('myTrades', { symbol: 'BTCUSDT' })).toEqual([]);
    const [allocation] = desk.ok('myAllocations', { symbol: 'BTCUSDT' });
    expectShape(allocation, {
      symbol: 'string',
      allocationId: 'number',
      allocationType: 'string',
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
      isAllocator: 'boolean',
    });
    expect(allocation).toMatchObject({ allocationId: 0, allocationType: 'SOR', orderId: order.orderId, quoteQty: '3000.00000000' });
  });

  it('behavior: a resting SOR order works on the exchange', () => {
    const desk = new Desk();
    const [order] = desk.ok('sor.order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '29000', quantity: '0.1' });
    expect(order).toMatchObject({ status: 'NEW', workingFloor: 'EXCHANGE', usedSor: true });
  });

  it('error: only LIMIT and MARKET, quantity mandatory, no quoteOrderQty', () => {
    const desk = new Desk();
    const base = { symbol: 'BTCUSDT', side: 'BUY' };
    expect(desk.fail('sor.order.place', { ...base, type: 'LIMIT_MAKER', price: '29000', quantity: '0.1' }).error).toEqual({ code: -1116, msg: 'Invalid orderType.' });
    expect(desk.fail('sor.order.place', { ...base, type: 'MARKET', quoteOrderQty: '100' }).error).toEqual({
      code: -1106,
      msg: "Parameter 'quoteOrderQty' sent when not required.",
    });
    expect(desk.fail('sor.order.place', { ...base, type: 'MARKET' }).error).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.",
    });
  });
});

describe('handleSorTest', () => {
  it('behavior: answers {} or the commission object without special commission', () => {
    const desk = new Desk();
    const params = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' };
    expect(desk.ok('sor.order.test', params)).toEqual({});
    const rates = desk.ok('sor.order.test', { ...params, computeCommissionRates: 'true' });
    expect(Object.keys(rates).sort()).toEqual(['discount', 'standardCommissionForOrder', 'taxCommissionForOrder']);
    expect(desk.account.orders).toHaveLength(0);
  });
});
