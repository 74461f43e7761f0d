import Big from 'big.js';
import { ACK_SHAPE, Desk, expectShape, RESTING_BUY, RESULT_SHAPE, TRANSPORTS } from './trading-test-kit';

const FILL_SHAPE = { price: 'decimal', qty: 'decimal', commission: 'decimal', commissionAsset: 'string', tradeId: 'number' } as const;

describe('handleOrderPlace', () => {
  describe.each(TRANSPORTS)('over %s', (transport) => {
    it('behavior: a MARKET BUY fills at the last price, paying taker commission in the base asset', () => {
      const desk = new Desk({}, transport);
      const result = desk.ok('order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' });
      expectShape(result, { ...RESULT_SHAPE, fills: 'array' });
      expect(result).toMatchObject({
        symbol: 'BTCUSDT',
        orderId: 1,
        orderListId: -1,
        transactTime: desk.time,
        price: '0.00000000',
        origQty: '0.10000000',
        executedQty: '0.10000000',
        origQuoteOrderQty: '0.00000000',
        cummulativeQuoteQty: '3000.00000000',
        status: 'FILLED',
        timeInForce: 'GTC',
        type: 'MARKET',
        side: 'BUY',
        workingTime: desk.time,
        selfTradePreventionMode: 'NONE',
      });
      expect(result.fills).toHaveLength(1);
      expectShape(result.fills[0], FILL_SHAPE);
      expect(result.fills[0]).toEqual({ price: '30000.00000000', qty: '0.10000000', commission: '0.00010000', commissionAsset: 'BTC', tradeId: 1 });
      expect(desk.account.balance('USDT').free.eq(new Big('97000'))).toBe(true);
      expect(desk.account.balance('BTC').free.eq(new Big('1.0999'))).toBe(true);
      expect(desk.account.balance('USDT').locked.eq(0)).toBe(true);
    });

    it('behavior: a MARKET SELL pays commission in the quote asset', () => {
      const desk = new Desk({}, transport);
      desk.ok('order.place', { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.5' });
      expect(desk.account.balance('USDT').free.eq(new Big('114985'))).toBe(true);
      expect(desk.account.balance('BTC').free.eq(new Big('0.5'))).toBe(true);
    });

    it('behavior: a MARKET BUY by quoteOrderQty buys what the amount pays for, cut to 8 decimals', () => {
      const desk = new Desk({}, transport);
      const result = desk.ok('order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '100' });
      expect(result).toMatchObject({ origQty: '0.00333333', executedQty: '0.00333333', origQuoteOrderQty: '100.00000000', cummulativeQuoteQty: '99.99990000' });
      expect(desk.account.balance('USDT').free.eq(new Big('99900.0001'))).toBe(true);
      expect(desk.account.balance('BTC').free.eq(new Big('1.00333'))).toBe(true);
    });

    it('behavior: a LIMIT BUY below the last price rests and locks price × quantity', () => {
      const desk = new Desk({}, transport);
      const result = desk.ok('order.place', RESTING_BUY);
      expect(result).toMatchObject({ status: 'NEW', executedQty: '0.00000000', price: '29000.00000000', workingTime: desk.time, fills: [] });
      expect(desk.account.balance('USDT').free.eq(new Big('97100'))).toBe(true);
      expect(desk.account.balance('USDT').locked.eq(new Big('2900'))).toBe(true);
    });

    it('behavior: a LIMIT BUY above the last price fills at the last price and unlocks the rest', () => {
      const desk = new Desk({}, transport);
      const result = desk.ok('order.place', { ...RESTING_BUY, price: '31000' });
      expect(result).toMatchObject({ status: 'FILLED', cummulativeQuoteQty: '3000.00000000' });
      expect(result.fills[0].price).toBe('30000.00000000');
      expect(desk.account.balance('USDT').free.eq(new Big('97000'))).toBe(true);
      expect(desk.account.balance('USDT').locked.eq(0)).toBe(true);
    });

    it('behavior: a LIMIT IOC that cannot fill expires without touching the balances', () => {
      const desk = new Desk({}, transport);
      const result = desk.ok('order.place', { ...RESTING_BUY, timeInForce: 'IOC' });
      expect(result).toMatchObject({ status: 'EXPIRED', executedQty: '0.00000000' });
      expect(desk.account.balance('USDT')).toEqual({ free: new Big('100000'), locked: new Big(0) });
    });

    it('behavior: a LIMIT_MAKER that would rest answers ACK by default', () => {
      const desk = new Desk({}, transport);
      const result = desk.ok('order.place', { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT_MAKER', price: '31000', quantity: '0.2' });
      expectShape(result, ACK_SHAPE);
      expect(desk.account.balance('BTC').locked.eq(new Big('0.2'))).toBe(true);
    });

    it('error: a LIMIT_MAKER that would take is rejected with -2010', () => {
      const desk = new Desk({}, transport);
      const failure = desk.fail('order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT_MAKER', price: '30000', quantity: '0.1' });
      expect(failure).toEqual({ status: 400, error: { code: -2010, msg: 'Order would immediately match and take.' } });
      expect(desk.account.orders).toHaveLength(0);
    });

    it('behavior: a STOP_LOSS rests untriggered with stopPrice and workingTime -1', () => {
      const desk = new Desk({}, transport);
      const params = { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '0.1', stopPrice: '29000', newOrderRespType: 'RESULT' };
      const result = desk.ok('order.place', params);
      expectShape(result, { ...RESULT_SHAPE, stopPrice: 'decimal' });
      expect(result).toMatchObject({ status: 'NEW', stopPrice: '29000.00000000', workingTime: -1, price: '0.00000000' });
      expect(desk.account.orders[0]).toMatchObject({ isWorking: false, workingTime: -1 });
    });

    it('error: a stop price on the wrong side of the market gives -2010 "Order would trigger immediately."', () => {
      const desk = new Desk({}, transport);
      const stopLoss = desk.fail('order.place', { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '0.1', stopPrice: '31000' });
      expect(stopLoss.error).toEqual({ code: -2010, msg: 'Order would trigger immediately.' });
      const takeProfit = desk.fail('order.place', {
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'TAKE_PROFIT_LIMIT',
        quantity: '0.1',
        price: '31000',
        stopPrice: '31000',
        timeInForce: 'GTC',
      });
      expect(takeProfit.error.msg).toBe('Order would trigger immediately.');
    });

    it('error: an order the free balance cannot cover gives -2010 insufficient balance', () => {
      const desk = new Desk({}, transport);
      const failure = desk.fail('order.place', { ...RESTING_BUY, quantity: '10' });
      expect(failure).toEqual({ status: 400, error: { code: -2010, msg: 'Account has insufficient balance for requested action.' } });
      expect(desk.account.balance('USDT').locked.eq(0)).toBe(true);
    });

    it('behavior: newClientOrderId is honoured and a duplicate among open orders is rejected', () => {
      const desk = new Desk({}, transport);
      expect(desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'myOrder1' }).clientOrderId).toBe('myOrder1');
      expect(desk.fail('order.place', { ...RESTING_BUY, newClientOrderId: 'myOrder1' }).error).toEqual({ code: -2010, msg: 'Duplicate order sent.' });
      desk.ok('order.cancel', { symbol: 'BTCUSDT', origClientOrderId: 'myOrder1' });
      expect(desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'myOrder1' }).orderId).toBe(2);
    });
  });

  it('default: generated client order ids look like Binance ones and order ids increase', () => {
    const desk = new Desk();
    const first = desk.ok('order.place', RESTING_BUY);
    const second = desk.ok('order.place', RESTING_BUY);
    expect(first.clientOrderId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(second.clientOrderId).not.toBe(first.clientOrderId);
    expect([first.orderId, second.orderId]).toEqual([1, 2]);
  });

  it('args: newOrderRespType RESULT answers without fills', () => {
    const desk = new Desk();
    const result = desk.ok('order.place', { ...RESTING_BUY, newOrderRespType: 'RESULT' });
    expectShape(result, RESULT_SHAPE);
  });

  it('args: conditional fields appear when their params are sent', () => {
    const desk = new Desk();
    const result = desk.ok('order.place', {
      ...RESTING_BUY,
      icebergQty: '0.01',
      strategyId: 37463720,
      strategyType: 1000000,
      newOrderRespType: 'RESULT',
    });
    expectShape(result, { ...RESULT_SHAPE, icebergQty: 'decimal', strategyId: 'number', strategyType: 'number' });
    const trailing = desk.ok('order.place', { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '0.1', trailingDelta: 100, newOrderRespType: 'RESULT' });
    expect(trailing).toMatchObject({ trailingDelta: 100, trailingTime: -1, stopPrice: '0.00000000' });
  });

  it('args: a pegged LIMIT needs no price and shows its peg', () => {
    const desk = new Desk();
    const result = desk.ok('order.place', {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.1',
      pegPriceType: 'PRIMARY_PEG',
      newOrderRespType: 'RESULT',
    });
    expect(result).toMatchObject({ status: 'NEW', pegPriceType: 'PRIMARY_PEG', peggedPrice: '30000.00000000' });
    expect(desk.account.balance('USDT').locked.eq(new Big('3000'))).toBe(true);
    expect(desk.fail('order.place', { ...RESTING_BUY, pegPriceType: 'FOO' }).error.code).toBe(-1210);
  });

  it('behavior: a placed order counts toward the unfilled order count', () => {
    const desk = new Desk();
    desk.ok('order.place', RESTING_BUY);
    expect(desk.account.unfilledOrderCounts(desk.time)).toEqual({ tenSeconds: 1, day: 1 });
    expect(desk.account.unfilledOrderCounts(desk.time + 10_000)).toEqual({ tenSeconds: 0, day: 1 });
  });

  describe.each(TRANSPORTS)('errors over %s', (transport) => {
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['no symbol', { side: 'BUY', type: 'MARKET', quantity: '1' }, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed."],
      ['unknown symbol', { symbol: 'FOOBAR', side: 'BUY', type: 'MARKET', quantity: '1' }, -1121, 'Invalid symbol.'],
      ['no side', { symbol: 'BTCUSDT', type: 'MARKET', quantity: '1' }, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed."],
      ['bad side', { symbol: 'BTCUSDT', side: 'HOLD', type: 'MARKET', quantity: '1' }, -1117, 'Invalid side.'],
      ['bad type', { symbol: 'BTCUSDT', side: 'BUY', type: 'ICEBERG', quantity: '1' }, -1116, 'Invalid orderType.'],
      ['bad timeInForce', { ...RESTING_BUY, timeInForce: 'GTD' }, -1115, 'Invalid timeInForce.'],
      ['LIMIT without timeInForce', { ...RESTING_BUY, timeInForce: undefined }, -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed."],
      ['LIMIT without price', { ...RESTING_BUY, price: undefined }, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed."],
      ['LIMIT without quantity', { ...RESTING_BUY, quantity: undefined }, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed."],
      ['MARKET without quantities', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET' }, -1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!"],
      ['STOP_LOSS without trigger', { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '1' }, -1102, "Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!"],
      ['MARKET with timeInForce', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1', timeInForce: 'GTC' }, -1106, "Parameter 'timeInForce' sent when not required."],
      ['zero quantity', { ...RESTING_BUY, quantity: '0' }, -1013, 'Invalid quantity.'],
      ['zero price', { ...RESTING_BUY, price: '0' }, -1013, 'Invalid price.'],
      ['malformed quantity', { ...RESTING_BUY, quantity: 'abc' }, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'."],
      ['small strategyType', { ...RESTING_BUY, strategyType: 5 }, -1134, '`strategyType` was less than 1000000.'],
      ['bad client id', { ...RESTING_BUY, newClientOrderId: 'a b' }, -1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[a-zA-Z0-9-_]{1,36}$'."],
      ['bad newOrderRespType', { ...RESTING_BUY, newOrderRespType: 'ALL' }, -1100, "Illegal characters found in parameter 'newOrderRespType'; legal range is 'ACK, RESULT, FULL'."],
      ['iceberg with IOC', { ...RESTING_BUY, timeInForce: 'IOC', icebergQty: '0.01' }, -2010, 'Unsupported order combination'],
    ];
    it.each(cases)('error: %s', (_name, params, code, msg) => {
      const desk = new Desk({}, transport);
      const defined = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
      expect(desk.fail('order.place', defined)).toEqual({ status: 400, error: { code, msg } });
      expect(desk.account.orders).toHaveLength(0);
    });
  });
});

describe('handleOrderTest', () => {
  it.each(TRANSPORTS)('behavior: answers {} over %s and places nothing', (transport) => {
    const desk = new Desk({}, transport);
    expect(desk.ok('order.test', RESTING_BUY)).toEqual({});
    expect(desk.account.orders).toHaveLength(0);
    expect(desk.account.balance('USDT').locked.eq(0)).toBe(true);
  });

  it('args: computeCommissionRates answers the commission object', () => {
    const desk = new Desk();
    const result = desk.ok('order.test', { ...RESTING_BUY, computeCommissionRates: true });
    expect(Object.keys(result).sort()).toEqual(['discount', 'specialCommissionForOrder', 'standardCommissionForOrder', 'taxCommissionForOrder']);
    expect(result.standardCommissionForOrder).toEqual({ maker: '0.00100000', taker: '0.00100000' });
    expectShape(result.discount, { enabledForAccount: 'boolean', enabledForSymbol: 'boolean', discountAsset: 'string', discount: 'decimal' });
  });

  it('error: checks params like order.place', () => {
    const desk = new Desk();
    expect(desk.fail('order.test', { ...RESTING_BUY, side: 'HOLD' }).error.code).toBe(-1117);
    expect(desk.fail('order.test', { ...RESTING_BUY, symbol: 'NOPE' }).error.code).toBe(-1121);
  });
});
