import Big from 'big.js';
import { firstValueFrom } from 'rxjs';
import { ConfigError, OrderSide, OrderType, SpotClient, SubType, TimeFrame, TimeInForce } from '../../../lib/index.js';
import { FakeBinance } from '../../../lib/testing/index.js';
import { registerKeys } from '../../support/api-loopback.js';
import { FAST, Recorder, sleep, until } from '../../support/loopback.js';

/**
 * The market simulator: a seeded walk of books and trades, and every spot stream published
 * from that one state, so streams, WS-API answers and the book agree with each other.
 */
describe('FakeMarketSimulator', () => {
  const fakes: FakeBinance[] = [];
  const clients: SpotClient[] = [];
  const start = async (options: Parameters<typeof FakeBinance.start>[0]): Promise<FakeBinance> => {
    const fake = await FakeBinance.start(options);
    fakes.push(fake);
    return fake;
  };
  const client = (fake: FakeBinance, options: ConstructorParameters<typeof SpotClient>[0] = {}): SpotClient => {
    const spot = new SpotClient({ ...fake.hosts.spot, ...FAST, ...options });
    clients.push(spot);
    return spot;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(fakes.splice(0).map((f) => f.stop()));
  });

  it('default: the same seed and steps give the same market; another seed another', async () => {
    const run = async (seed: number): Promise<string> => {
      const fake = await start({ seed, simulate: { autoStart: false, symbols: ['BTCUSDT', 'ETHUSDT'] } });
      fake.simulator?.step(300);
      const trades = fake.spotMarket.tradeLog('BTCUSDT', 0).trades.slice(-20);
      return JSON.stringify([fake.orderBook('BTCUSDT').snapshot(10), fake.orderBook('ETHUSDT').snapshot(10), trades.map((t) => [t.price.toFixed(), t.qty.toFixed(), t.isBuyerMaker])]);
    };
    const a = await run(5);
    const b = await run(5);
    const c = await run(6);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('behavior: trades, aggregate trades and book tickers on the streams are the market\'s own, as they happen', async () => {
    const fake = await start({ simulate: { autoStart: false, symbols: ['BTCUSDT'], tradeShare: 0.5 } });
    const spot = client(fake);
    const trades = new Recorder(spot.stream$(SubType.Trade, 'BTCUSDT'));
    const aggs = new Recorder(spot.stream$(SubType.AggTrade, 'BTCUSDT'));
    const tops = new Recorder(spot.stream$(SubType.BookTicker, 'BTCUSDT'));
    await until(() => ['btcusdt@trade', 'btcusdt@aggTrade', 'btcusdt@bookTicker'].every((s) => fake.subscribersOf(s) === 1), 'subscribed');
    const log = fake.spotMarket.tradeLog('BTCUSDT', fake.serverTime());
    const before = log.trades.length;
    fake.simulator?.step(100);
    const made = log.trades.slice(before);
    expect(made.length).toBeGreaterThan(20);
    await until(() => trades.values.length === made.length, 'every trade on the stream');
    expect(trades.values.map((t) => [t.tradeId, t.price.toFixed(8), t.quantity.toFixed(8), t.isBuyerMaker])).toEqual(
      made.map((t) => [t.id, t.price.toFixed(8), t.qty.toFixed(8), t.isBuyerMaker]),
    );
    await until(() => (aggs.values.at(-1)?.lastTradeId ?? 0) === made.at(-1)?.id, 'the aggregates up to the last trade');
    const aggregated = aggs.values.reduce((sum, a) => sum.plus(a.quantity), new Big(0));
    expect(aggregated.eq(made.reduce((sum, t) => sum.plus(t.qty), new Big(0)))).toBe(true);
    const truth = fake.orderBook('BTCUSDT').snapshot(1);
    await until(() => tops.values.at(-1)?.updateId === truth.lastUpdateId, 'the last book ticker');
    const top = tops.values.at(-1);
    expect([top?.bidPrice.toFixed(8), top?.bidQuantity.toFixed(8), top?.askPrice.toFixed(8), top?.askQuantity.toFixed(8)]).toEqual([...(truth.bids[0] ?? []), ...(truth.asks[0] ?? [])]);
    expect(top?.bidPrice.lt(top.askPrice)).toBe(true);
  });

  it('behavior: tickers, klines, average price and partial depth agree with the WS-API answers and the book', async () => {
    const fake = await start({ simulate: { autoStart: false, symbols: ['ETHUSDT'], tradeShare: 0.6 } });
    const spot = client(fake);
    const ticker = new Recorder(spot.stream$(SubType.Ticker, 'ETHUSDT'));
    const kline = new Recorder(spot.stream$(SubType.Kline, 'ETHUSDT', TimeFrame.M1));
    const avg = new Recorder(spot.stream$(SubType.AvgPrice, 'ETHUSDT'));
    const depth = new Recorder(spot.stream$(SubType.PartialOrderBook, 'ETHUSDT', 5));
    await until(() => ['ethusdt@ticker', 'ethusdt@kline_1m', 'ethusdt@avgPrice', 'ethusdt@depth5'].every((s) => fake.subscribersOf(s) === 1), 'subscribed');
    fake.simulator?.step(200);
    // twice: klines other than 1s go out every other second
    fake.simulator?.publishPeriodic();
    fake.simulator?.publishPeriodic();
    await until(() => ticker.values.length > 0 && kline.values.length > 0 && avg.values.length > 0 && depth.values.length > 0, 'one of each');

    const [rest] = [await firstValueFrom(spot.getTicker({ symbol: 'ETHUSDT' }))];
    const streamed = ticker.values.at(-1);
    expect(streamed?.close.toFixed(8)).toBe(fake.spotMarket.lastPrice('ETHUSDT'));
    expect(streamed?.close.eq(rest.lastPrice)).toBe(true);
    expect(streamed?.volume.eq(rest.volume)).toBe(true);
    expect(streamed?.tradeCount).toBe(rest.count);

    const bars = await firstValueFrom(spot.getKlines({ symbol: 'ETHUSDT', interval: TimeFrame.M1, limit: 1 }));
    const bar = kline.values.at(-1);
    expect([bar?.openTime, bar?.open.toFixed(), bar?.close.toFixed(), bar?.high.toFixed(), bar?.low.toFixed(), bar?.volume.toFixed(), bar?.tradeCount]).toEqual([
      bars[0]?.openTime,
      bars[0]?.open.toFixed(),
      bars[0]?.close.toFixed(),
      bars[0]?.high.toFixed(),
      bars[0]?.low.toFixed(),
      bars[0]?.volume.toFixed(),
      bars[0]?.tradeCount,
    ]);

    const average = await firstValueFrom(spot.getAveragePrice({ symbol: 'ETHUSDT' }));
    expect(avg.values.at(-1)?.price.eq(average.price)).toBe(true);

    const snapshot = fake.orderBook('ETHUSDT').snapshot(5);
    const partial = depth.values.at(-1);
    expect(partial?.lastUpdateId).toBe(snapshot.lastUpdateId);
    expect(partial?.bids.map((l) => [l.price.toFixed(8), l.quantity.toFixed(8)])).toEqual(snapshot.bids);
    expect([ticker.errors, kline.errors, avg.errors, depth.errors]).toEqual([[], [], [], []]);
  });

  it('behavior: klines that ended between two publications get their closing updates, in order, without a gap', async () => {
    const fake = await start({ simulate: { autoStart: false, symbols: ['BTCUSDT'] } });
    const spot = client(fake);
    const klines = new Recorder(spot.stream$(SubType.Kline, 'BTCUSDT', TimeFrame.S1));
    await until(() => fake.subscribersOf('btcusdt@kline_1s') === 1, 'subscribed');
    fake.simulator?.step(20);
    fake.simulator?.publishPeriodic();
    await until(() => klines.values.length === 1, 'the first kline');
    await sleep(2300); // two seconds and more without a publication (a late timer)
    fake.simulator?.step(20);
    fake.simulator?.publishPeriodic();
    await until(() => klines.values.at(-1)?.isClosed === false && klines.values.length >= 4, 'the missed klines and the current one');
    // one kline may get several updates (the open one, then its close): each second once closed
    const closed = klines.values.filter((k) => k.isClosed).map((k) => k.openTime);
    expect(closed.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < closed.length; i++) expect((closed[i] as number) - (closed[i - 1] as number)).toBe(1000);
    expect(klines.values.at(-1)?.openTime).toBe((closed.at(-1) as number) + 1000);
  });

  it('behavior: on its timers it keeps a synced order book live, and an account\'s resting order fills when the flow reaches it', async () => {
    const fake = await start({ simulate: { symbols: ['BNBUSDT'], eventsPerSecond: 1000, tradeShare: 0.5 } });
    const keys = registerKeys(fake);
    const spot = client(fake, { credentials: keys.hmac });
    const book = new Recorder(spot.stream$(SubType.OrderBook, 'BNBUSDT'));
    await until(() => book.values.length > 5, 'a synced, moving book');
    const best = book.values.at(-1)?.bestBid?.price as Big;
    // a bid at the best bid: the simulated sellers reach it soon
    const order = await firstValueFrom(
      spot.createOrder({ symbol: 'BNBUSDT', side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, price: best.toFixed(), quantity: '0.01' }),
    );
    await until(() => fake.accountOf(keys.hmac.apiKey)?.orders.find((o) => o['orderId'] === order.orderId)?.['status'] === 'FILLED', 'the resting order filled', 15_000);
    const truth = fake.orderBook('BNBUSDT');
    fake.simulator?.stop();
    await until(() => book.values.at(-1)?.lastUpdateId === truth.lastUpdateId, 'the client caught up');
    expect(book.values.at(-1)?.top(20).asks.map((l) => [l.price.toFixed(8), l.quantity.toFixed(8)])).toEqual(truth.snapshot(20).asks);
    expect(book.errors).toEqual([]);
    expect(fake.simulator?.events).toBeGreaterThan(0);
  }, 20_000);

  it('behavior: stop() halts the flow and the fake\'s stop() clears its timers', async () => {
    const fake = await start({ simulate: { symbols: ['BTCUSDT'], eventsPerSecond: 100 } });
    await until(() => (fake.simulator?.events ?? 0) > 10, 'events flowing');
    fake.simulator?.stop();
    expect(fake.simulator?.running).toBe(false);
    const events = fake.simulator?.events;
    await sleep(100);
    expect(fake.simulator?.events).toBe(events);
    fake.simulator?.start();
    expect(fake.simulator?.running).toBe(true);
  });

  it.each([
    [{ symbols: ['NOPEUSDT'] }, 'simulate.symbols'],
    [{ symbols: [] }, 'simulate.symbols'],
    [{ eventsPerSecond: 0 }, 'simulate.eventsPerSecond'],
    [{ tradeShare: 1.5 }, 'simulate.tradeShare'],
  ])('error: %j is a ConfigError naming %s, and nothing is left listening', async (simulate, option) => {
    const failure = await FakeBinance.start({ simulate }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).option).toBe(option);
  });

  it('default: without simulate there is no simulator and the market stays still', async () => {
    const fake = await start({});
    expect(fake.simulator).toBeUndefined();
  });
});
