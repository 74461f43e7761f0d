import Big from 'big.js';
import { ConfigError } from '../../../../lib/errors/config-error';
import { FAKE_SPOT_DEFAULT_BALANCES, FakeSpotAccount } from '../../../../lib/testing/api/spot/fake-spot-account';
import { Desk, expectShape, RESTING_BUY, STATUS_SHAPE } from './trading-test-kit';

describe('FakeSpotAccount', () => {
  it('default: holds the default balances, nothing locked, no orders', () => {
    const account = new FakeSpotAccount();
    expect(Object.keys(account.balances)).toEqual(Object.keys(FAKE_SPOT_DEFAULT_BALANCES));
    expect(account.balance('USDT')).toEqual({ free: new Big('100000'), locked: new Big(0) });
    expect(account.balance('DOGE')).toEqual({ free: new Big(0), locked: new Big(0) });
    expect(account.orders).toEqual([]);
    expect(account.uid).toBe(1);
    expect(account.orderLimits).toEqual({ tenSeconds: 50, day: 160000 });
  });

  it('args: balances replace the defaults, exactly', () => {
    const account = new FakeSpotAccount({ balances: { BTC: '0.123456789012', USDT: '5' } });
    expect(Object.keys(account.balances)).toEqual(['BTC', 'USDT']);
    expect(account.balance('BTC').free.eq(new Big('0.123456789012'))).toBe(true);
  });

  it('error: a bad balance or commission rate is a ConfigError', () => {
    expect(() => new FakeSpotAccount({ balances: { BTC: 'lots' } })).toThrow(ConfigError);
    expect(() => new FakeSpotAccount({ balances: { BTC: '-1' } })).toThrow(ConfigError);
    expect(() => new FakeSpotAccount({ commissionRates: { maker: 'x' } })).toThrow(ConfigError);
  });

  it('args: commission rates set what fills pay', () => {
    const desk = new Desk({ commissionRates: { taker: '0.002' } });
    desk.ok('order.place', { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.1' });
    expect(desk.account.balance('USDT').free.eq(new Big('102994'))).toBe(true);
  });

  it('args: the seed decides the generated client ids', () => {
    const ids = (seed: number) => new Desk({ seed }).ok('order.place', RESTING_BUY).clientOrderId;
    expect(ids(7)).toBe(ids(7));
    expect(ids(7)).not.toBe(ids(8));
  });

  it('behavior: orders and trades read the account as order.status and myTrades show it', () => {
    const desk = new Desk();
    desk.ok('order.place', RESTING_BUY);
    expect(desk.account.orders).toHaveLength(1);
    expectShape(desk.account.orders[0], STATUS_SHAPE);
    expect(desk.account.trades).toEqual([]);
    desk.ok('order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    expect(desk.account.trades).toEqual(desk.ok('myTrades', { symbol: 'BTCUSDT' }));
    expect(desk.account.trades).toHaveLength(1);
  });

  describe('fillOrder', () => {
    it('behavior: fills a resting order as maker at its price, by default in full', () => {
      const desk = new Desk();
      const placed = desk.ok('order.place', { ...RESTING_BUY, newOrderRespType: 'ACK' });
      desk.time += 5000;
      desk.ok('account.status');
      const status = desk.account.fillOrder(placed.orderId);
      expect(status).toMatchObject({ status: 'FILLED', executedQty: '0.10000000', cummulativeQuoteQty: '2900.00000000', updateTime: desk.time });
      expect(desk.account.balance('USDT')).toEqual({ free: new Big('97100'), locked: new Big(0) });
      expect(desk.account.balance('BTC').free.eq(new Big('1.0999'))).toBe(true);
    });

    it('args: a better price refunds the difference, a partial quantity leaves the order open', () => {
      const desk = new Desk();
      const placed = desk.ok('order.place', RESTING_BUY);
      expect(desk.account.fillOrder(placed.orderId, '28000', new Big('0.05'), desk.time + 1)).toMatchObject({
        status: 'PARTIALLY_FILLED',
        executedQty: '0.05000000',
        updateTime: desk.time + 1,
      });
      expect(desk.account.balance('USDT')).toEqual({ free: new Big('97150'), locked: new Big('1450') });
    });

    it('error: an unknown or done order, or a quantity that does not fit, is a ConfigError', () => {
      const desk = new Desk({ balances: { USDT: '2900', BTC: '0' } });
      const placed = desk.ok('order.place', RESTING_BUY);
      expect(() => desk.account.fillOrder(99)).toThrow(ConfigError);
      expect(() => desk.account.fillOrder(placed.orderId, undefined, '0.2')).toThrow(ConfigError);
      expect(() => desk.account.fillOrder(placed.orderId, undefined, '0')).toThrow(ConfigError);
      expect(() => desk.account.fillOrder(placed.orderId, 'cheap')).toThrow(ConfigError);
      expect(() => desk.account.fillOrder(placed.orderId, '29001')).toThrow(/more than is free/);
      desk.account.fillOrder(placed.orderId);
      expect(() => desk.account.fillOrder(placed.orderId)).toThrow(ConfigError);
    });
  });

  describe('unfilledOrderCounts', () => {
    it('behavior: counts placements in the calendar 10 s and the UTC day', () => {
      const account = new FakeSpotAccount();
      const day = 1_700_006_400_000; // a UTC midnight
      account.recordOrders(1, day + 5_000);
      account.recordOrders(2, day + 12_000);
      expect(account.unfilledOrderCounts(day + 19_999)).toEqual({ tenSeconds: 2, day: 3 });
      expect(account.unfilledOrderCounts(day + 20_000)).toEqual({ tenSeconds: 0, day: 3 });
      account.recordOrders(1, day + 86_400_000);
      expect(account.unfilledOrderCounts(day + 86_400_000)).toEqual({ tenSeconds: 1, day: 1 });
    });
  });
});
