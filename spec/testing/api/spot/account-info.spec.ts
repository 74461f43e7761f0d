import { Desk, expectShape, TRANSPORTS } from './trading-test-kit';

const ACCOUNT_SHAPE = {
  makerCommission: 'number',
  takerCommission: 'number',
  buyerCommission: 'number',
  sellerCommission: 'number',
  commissionRates: 'object',
  canTrade: 'boolean',
  canWithdraw: 'boolean',
  canDeposit: 'boolean',
  brokered: 'boolean',
  requireSelfTradePrevention: 'boolean',
  preventSor: 'boolean',
  updateTime: 'number',
  accountType: 'string',
  balances: 'array',
  permissions: 'array',
  uid: 'number',
} as const;

const RATES = { maker: 'decimal', taker: 'decimal', buyer: 'decimal', seller: 'decimal' } as const;

describe('handleAccountStatus', () => {
  it.each(TRANSPORTS)('default: answers Binance account shape with every balance over %s', (transport) => {
    const desk = new Desk({}, transport);
    const result = desk.ok('account.status');
    expectShape(result, ACCOUNT_SHAPE);
    expectShape(result.commissionRates, RATES);
    expect(result).toMatchObject({
      makerCommission: 10,
      takerCommission: 10,
      buyerCommission: 0,
      sellerCommission: 0,
      commissionRates: { maker: '0.00100000', taker: '0.00100000', buyer: '0.00000000', seller: '0.00000000' },
      canTrade: true,
      accountType: 'SPOT',
      permissions: ['SPOT'],
      uid: 1,
      updateTime: 0,
    });
    expect(result.balances).toEqual([
      { asset: 'BTC', free: '1.00000000', locked: '0.00000000' },
      { asset: 'ETH', free: '10.00000000', locked: '0.00000000' },
      { asset: 'BNB', free: '100.00000000', locked: '0.00000000' },
      { asset: 'USDT', free: '100000.00000000', locked: '0.00000000' },
      { asset: 'LTC', free: '100.00000000', locked: '0.00000000' },
    ]);
  });

  it('args: omitZeroBalances leaves out empty assets, and updateTime follows balance changes', () => {
    const desk = new Desk({ balances: { BTC: '1', ETH: '0', USDT: '0' }, uid: 354937868 });
    desk.ok('order.place', { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', price: '31000', quantity: '0.25' });
    const result = desk.ok('account.status', { omitZeroBalances: true });
    expect(result.balances).toEqual([{ asset: 'BTC', free: '0.75000000', locked: '0.25000000' }]);
    expect(result).toMatchObject({ uid: 354937868, updateTime: desk.time });
    expect(desk.ok('account.status', { omitZeroBalances: 'false' }).balances).toHaveLength(3);
  });

  it('error: a bad omitZeroBalances is -1100', () => {
    expect(new Desk().fail('account.status', { omitZeroBalances: 'yes' }).error.code).toBe(-1100);
  });
});

describe('handleOrderRateLimits', () => {
  it.each(TRANSPORTS)('behavior: answers the ORDERS limits with the account counts over %s', (transport) => {
    const desk = new Desk({}, transport);
    desk.ok('order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    desk.ok('orderList.place.oco', {
      symbol: 'BTCUSDT',
      side: 'SELL',
      quantity: '0.1',
      aboveType: 'LIMIT_MAKER',
      abovePrice: '32000',
      belowType: 'STOP_LOSS',
      belowStopPrice: '28000',
    });
    expect(desk.ok('account.rateLimits.orders')).toEqual([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 3 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000, count: 3 },
    ]);
  });

  it('behavior: reads counts the transport plugs in', () => {
    const desk = new Desk({ orderLimits: { tenSeconds: 100 } });
    desk.account.unfilledOrderCounts = () => ({ tenSeconds: 7, day: 70 });
    const [second, day] = desk.ok('account.rateLimits.orders');
    expect([second.limit, second.count, day.count]).toEqual([100, 7, 70]);
  });
});

describe('handleCommission', () => {
  it.each(TRANSPORTS)('behavior: answers the commission rates of a symbol over %s', (transport) => {
    const desk = new Desk({ commissionRates: { maker: '0.0015' } }, transport);
    const result = desk.ok('account.commission', { symbol: 'BTCUSDT' });
    expectShape(result, { symbol: 'string', standardCommission: 'object', specialCommission: 'object', taxCommission: 'object', discount: 'object' });
    expectShape(result.standardCommission, RATES);
    expectShape(result.specialCommission, RATES);
    expectShape(result.taxCommission, RATES);
    expectShape(result.discount, { enabledForAccount: 'boolean', enabledForSymbol: 'boolean', discountAsset: 'string', discount: 'decimal' });
    expect(result.standardCommission).toEqual({ maker: '0.00150000', taker: '0.00100000', buyer: '0.00000000', seller: '0.00000000' });
  });

  it('error: symbol is mandatory and must be listed', () => {
    const desk = new Desk();
    expect(desk.fail('account.commission').error.code).toBe(-1102);
    expect(desk.fail('account.commission', { symbol: 'NOPE' }).error).toEqual({ code: -1121, msg: 'Invalid symbol.' });
  });
});

describe('handleMyFilters', () => {
  it('behavior: answers exchange, symbol and asset filters', () => {
    const result = new Desk().ok('myFilters', { symbol: 'BTCUSDT' });
    expectShape(result, { exchangeFilters: 'array', symbolFilters: 'array', assetFilters: 'array' });
    expect(result.exchangeFilters[0]).toEqual({ filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 });
  });

  it('error: an unknown symbol is -1121', () => {
    expect(new Desk().fail('myFilters', { symbol: 'NOPE' }).error.code).toBe(-1121);
  });
});
