import { firstValueFrom } from 'rxjs';
import { isExecutionReport, OrderSide, OrderType, SpotClient, SubType, TimeInForce, type ExecutionReport } from '../../../lib/index.js';
import { FakeBinance } from '../../../lib/testing/index.js';
import { registerKeys } from '../../support/api-loopback.js';
import { FAST, Recorder, until } from '../../support/loopback.js';

/**
 * The fake's matching engine as a user meets it: orders placed with `createOrder` trade against
 * the fake's live order book, the book a client syncs shows what they took, and the fills arrive
 * on `stream$(SubType.User)`.
 */
describe('SpotClient orders against the fake book (FakeBinance over loopback)', () => {
  let fake: FakeBinance;
  let spot: SpotClient;

  beforeEach(async () => {
    fake = await FakeBinance.start();
    const keys = registerKeys(fake);
    fake.spotMarket.setBook('BTCUSDT', {
      lastUpdateId: 100,
      bids: [
        ['64990', '1'],
        ['64980', '2'],
      ],
      asks: [
        ['65010', '0.01'],
        ['65020', '0.02'],
        ['65030', '1'],
      ],
    });
    fake.orderBook('BTCUSDT');
    spot = new SpotClient({ ...fake.hosts.spot, ...FAST, credentials: keys.ed25519 });
  });
  afterEach(async () => {
    await spot.close();
    await fake.stop();
  });

  const reports = (user: Recorder<unknown>, orderId: number, executionType = 'TRADE'): ExecutionReport[] =>
    user.values.filter((e): e is ExecutionReport => isExecutionReport(e as never) && (e as ExecutionReport).orderId === orderId && (e as ExecutionReport).executionType === executionType);

  it('behavior: a MARKET order takes the asks level by level: one TRADE report per level, and the synced book loses what it took', async () => {
    const user = new Recorder(spot.stream$(SubType.User));
    const book = new Recorder(spot.stream$(SubType.OrderBook, 'BTCUSDT'));
    await until(() => fake.userStreamSubscriptions() === 1 && book.values.length > 0, 'user stream and a synced book');
    expect(book.values.at(-1)?.bestAsk?.price.toFixed()).toBe('65010');

    const order = await firstValueFrom(spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.05' }));
    expect(order).toMatchObject({ status: 'FILLED' });
    await until(() => reports(user, order.orderId).length === 3, 'three TRADE reports');
    const trades = reports(user, order.orderId);
    expect(trades.map((r) => [r.lastExecutedPrice.toFixed(), r.lastExecutedQuantity.toFixed(), r.isMaker])).toEqual([
      ['65010', '0.01', false],
      ['65020', '0.02', false],
      ['65030', '0.02', false],
    ]);
    expect(trades.at(-1)?.orderStatus).toBe('FILLED');
    // 650.1 + 1300.4 + 1300.6
    expect(trades.at(-1)?.cumulativeQuoteQuantity.toFixed()).toBe('3251.1');

    await until(() => book.values.at(-1)?.bestAsk?.price.toFixed() === '65030', 'the book without the taken levels');
    expect(book.values.at(-1)?.bestAsk?.quantity.toFixed()).toBe('0.98');
    expect(fake.orderBook('BTCUSDT').snapshot(1).asks).toEqual([['65030.00000000', '0.98000000']]);
    expect(user.errors).toEqual([]);
    expect(book.errors).toEqual([]);
  });

  it('behavior: a resting LIMIT order fills as maker when the book moves through its price, and the fill arrives on the user stream', async () => {
    const user = new Recorder(spot.stream$(SubType.User));
    await until(() => fake.userStreamSubscriptions() === 1, 'the user-data subscription');
    const order = await firstValueFrom(
      spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Sell, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, price: '65000', quantity: '0.3' }),
    );
    expect(order).toMatchObject({ status: 'NEW' });
    await until(() => reports(user, order.orderId, 'NEW').length === 1, 'the NEW report');

    // a buyer arrives: bids at 65005 for 0.1, then at 65001 for 1
    fake.orderBook('BTCUSDT').update({ bids: [['65005', '0.1']] });
    await until(() => reports(user, order.orderId).length === 1, 'the first TRADE report');
    fake.orderBook('BTCUSDT').update({ bids: [['65001', '1']] });
    await until(() => reports(user, order.orderId).length === 2, 'the second TRADE report');
    const [first, second] = reports(user, order.orderId);
    expect([first?.lastExecutedPrice.toFixed(), first?.lastExecutedQuantity.toFixed(), first?.isMaker, first?.orderStatus]).toEqual(['65000', '0.1', true, 'PARTIALLY_FILLED']);
    expect([second?.lastExecutedPrice.toFixed(), second?.lastExecutedQuantity.toFixed(), second?.isMaker, second?.orderStatus]).toEqual(['65000', '0.2', true, 'FILLED']);
    // what the order took left the book: 65005 is gone, 65001 has 0.8 left
    expect(fake.orderBook('BTCUSDT').snapshot(1).bids).toEqual([['65001.00000000', '0.80000000']]);
    const trades = await firstValueFrom(spot.getRecentTrades({ symbol: 'BTCUSDT', limit: 2 }));
    expect(trades.map((t) => [t.price.toFixed(), t.quantity.toFixed(), t.isBuyerMaker])).toEqual([
      ['65000', '0.1', false],
      ['65000', '0.2', false],
    ]);
    expect(user.errors).toEqual([]);
  });

  it('behavior: the order book stream and the user stream agree while orders trade (no wrong book)', async () => {
    const book = new Recorder(spot.stream$(SubType.OrderBook, 'BTCUSDT'));
    await until(() => book.values.length > 0, 'a synced book');
    for (const quantity of ['0.01', '0.015', '0.3']) {
      await firstValueFrom(spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Sell, type: OrderType.Market, quantity }));
    }
    const truth = fake.orderBook('BTCUSDT');
    await until(() => book.values.at(-1)?.lastUpdateId === truth.lastUpdateId, 'the client caught up');
    const last = book.values.at(-1);
    const expected = truth.snapshot(10);
    expect(last?.top(10).bids.map((l) => [l.price.toFixed(8), l.quantity.toFixed(8)])).toEqual(expected.bids.map(([p, q]) => [p, q]));
    expect(book.errors).toEqual([]);
  });
});
