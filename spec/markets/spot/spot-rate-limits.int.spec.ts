import { firstValueFrom, lastValueFrom, merge, toArray } from 'rxjs';
import { IpBannedError, OrderSide, OrderType, RateLimiter, RateLimitReachedError, SpotClient, SubType, TimeInForce, type RateLimitSnapshot } from '../../../lib/index.js';
import { FakeBinance, type FakeSpotSymbolDefinition } from '../../../lib/testing/index.js';
import { registerKeys } from '../../support/api-loopback.js';
import { FAST, Recorder, sleep, until } from '../../support/loopback.js';

/** The fake's weight pool per second, so that throttling shows in seconds, not minutes. */
const PER_SECOND = { interval: 'SECOND', intervalNum: 1 } as const;

describe('SpotClient rate limits (FakeBinance over loopback)', () => {
  let fake: FakeBinance | undefined;
  const clients: SpotClient[] = [];
  const client = (options: ConstructorParameters<typeof SpotClient>[0] = {}): SpotClient => {
    const spot = new SpotClient({ ...fake?.hosts.spot, ...FAST, ...options });
    clients.push(spot);
    return spot;
  };

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await fake?.stop();
    fake = undefined;
  });

  it('behavior: 1,000 light requests fired at once all complete without a single 429; the excess waits, visible as pending', async () => {
    fake = await FakeBinance.start({ spotApi: { requestWeight: 300, requestWeightInterval: PER_SECOND } });
    const spot = client();
    await firstValueFrom(spot.getExchangeInfo()); // its rateLimits replace the defaults: 300 per second
    const snapshots: RateLimitSnapshot[] = [];
    const watching = spot.rateLimit$.subscribe((s) => snapshots.push(s));
    const all = await lastValueFrom(merge(...Array.from({ length: 1000 }, () => spot.ping())).pipe(toArray()));
    watching.unsubscribe();
    expect(all).toHaveLength(1000);
    expect(fake.rateLimitRefusals()).toEqual({ tooManyRequests: 0, banned: 0 });
    expect(Math.max(...snapshots.map((s) => s.pending))).toBeGreaterThan(500);
    expect(snapshots.some((s) => s.throttled)).toBe(true);
    const weight = snapshots.at(-1)?.windows.find((w) => w.type === 'requestWeight');
    expect(weight).toMatchObject({ interval: '1s', limit: 300, scope: 'ip' });
    expect(snapshots.every((s) => (s.windows.find((w) => w.type === 'requestWeight')?.used ?? 0) <= 300)).toBe(true);
  }, 20_000);

  it('behavior: 200 order books started at once all sync without a 429 (snapshots spread over the windows)', async () => {
    const symbols: FakeSpotSymbolDefinition[] = Array.from({ length: 200 }, (_, i) => ({
      symbol: `S${String(i).padStart(3, '0')}USDT`,
      baseAsset: `S${String(i).padStart(3, '0')}`,
      quoteAsset: 'USDT',
      price: '100.00',
      tickSize: '0.01',
      stepSize: '0.001',
      typicalQty: '2',
      minNotional: '5',
      bookLevels: 100,
    }));
    fake = await FakeBinance.start({ spotSymbols: symbols, spotApi: { requestWeight: 400, requestWeightInterval: PER_SECOND } });
    const truths = symbols.map((d) => fake?.orderBook(d.symbol));
    const spot = client({ connectionLinger: 100 });
    const books = symbols.map((d) => new Recorder(spot.stream$(SubType.OrderBook, d.symbol, { limit: 100 })));
    await until(() => symbols.every((d) => fake?.subscribersOf(`${d.symbol.toLowerCase()}@depth`) === 1), 'all diff streams subscribed', 10_000);
    const live = setInterval(() => {
      for (const truth of truths) truth?.randomUpdates(1, 3);
    }, 100);
    try {
      // a refusal ends the wait at once: the 418 that follows a 429 would stall the books for minutes
      const refused = (): boolean => fake?.rateLimitRefusals().tooManyRequests !== 0;
      await until(() => books.every((b) => b.values.length > 0) || refused(), 'every book in sync', 30_000);
    } finally {
      clearInterval(live);
    }
    expect(fake.rateLimitRefusals()).toEqual({ tooManyRequests: 0, banned: 0 });
    expect(books.every((b) => b.errors.length === 0)).toBe(true);
    // 200 snapshots of weight 5 = 1000 weight; the client lets background calls use 80% of 400 per second
    const depth = fake.apiRequests.filter((r) => r.method === 'depth');
    expect(depth.length).toBeGreaterThanOrEqual(200);
    const perSecond = new Map<number, number>();
    for (const r of depth) perSecond.set(Math.floor(r.at / 1000), (perSecond.get(Math.floor(r.at / 1000)) ?? 0) + 1);
    // spread over at least 3 of the fake's seconds (1000 weight at 400 per second), never more than its limit allows
    expect(perSecond.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(80);
  }, 90_000);

  it('behavior: after the answers, the weight the client counts is the fake\'s own count (a response\'s count already holds its request)', async () => {
    fake = await FakeBinance.start();
    const spot = client();
    // stay inside one calendar minute (the fake's window)
    while (Date.now() % 60_000 > 55_000) await sleep(200);
    await firstValueFrom(spot.getExchangeInfo());
    for (let i = 0; i < 5; i++) await firstValueFrom(spot.getServerTime());
    await firstValueFrom(spot.getOrderbook({ symbol: 'BTCUSDT', limit: 100 }));
    const weight = spot.rateLimitSnapshot().windows.find((w) => w.type === 'requestWeight' && w.interval === '1m');
    expect(weight?.used).toBe(fake.usedWeight);
    expect(fake.usedWeight).toBeGreaterThan(0);
  }, 20_000);

  it('error: an order beyond the 10 s budget fails at once with RateLimitReachedError, and is never sent', async () => {
    fake = await FakeBinance.start({ spotApi: { ordersPer10s: 3 } });
    const keys = registerKeys(fake);
    const spot = client({ credentials: keys.hmac });
    await firstValueFrom(spot.getExchangeInfo()); // ORDERS 3 per 10 s
    // start early in a 10 s window, so that the four orders share one
    while (Date.now() % 10_000 > 6000) await sleep(200);
    const order = { symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: '0.001', price: '1000.00' } as const;
    for (let i = 0; i < 3; i++) await firstValueFrom(spot.createOrder(order));
    const started = Date.now();
    const error = await firstValueFrom(spot.createOrder(order)).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(200);
    expect(error).toBeInstanceOf(RateLimitReachedError);
    expect((error as RateLimitReachedError).retryAfterMs).toBeGreaterThan(0);
    expect((error as RateLimitReachedError).retryAfterMs).toBeLessThanOrEqual(10_000);
    expect(fake.apiRequests.filter((r) => r.method === 'order.place')).toHaveLength(3);
    expect(fake.rateLimitRefusals().tooManyRequests).toBe(0);
  }, 20_000);

  it('behavior: a 418 blocks every further request in the client until its retryAfter, says so in the snapshot, then requests go again', async () => {
    fake = await FakeBinance.start();
    const spot = client();
    const said: unknown[] = [];
    spot.events$.subscribe((e) => e.type === 'rateLimited' && said.push(e));
    await firstValueFrom(spot.ping());
    fake.banIp(1500);
    const first = await firstValueFrom(spot.getServerTime()).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(IpBannedError);
    expect(said).toEqual([expect.objectContaining({ type: 'rateLimited', scope: 'ip', banned: true, connectionId: 'spot/ws-api' })]);
    expect((said[0] as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    const seenByFake = fake.apiRequests.length;
    const second = await firstValueFrom(spot.ping()).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(IpBannedError);
    expect((second as IpBannedError).retryAfterMs).toBeGreaterThan(0);
    expect(fake.apiRequests.length).toBe(seenByFake); // refused in the client: nothing sent
    expect(spot.rateLimitSnapshot()).toMatchObject({ throttled: true });
    expect(spot.rateLimitSnapshot().retryAfterMs).toBeGreaterThan(0);
    await until(() => spot.rateLimitSnapshot().retryAfterMs === undefined, 'the block passes', 5000);
    await sleep(100); // the fake's ban ends on its own clock too
    expect(await firstValueFrom(spot.ping())).toEqual({});
    expect(fake.rateLimitRefusals().banned).toBe(1);
  }, 20_000);

  it('behavior: the escape hatches charge Binance\'s weight for methods and routes the SDK knows, 1 otherwise, or what the caller says', async () => {
    fake = await FakeBinance.start();
    const spot = client({ connectionLinger: 60_000 }); // one WS-API connection throughout (each costs 2)
    const used = (): number => spot.rateLimitSnapshot().windows.find((w) => w.type === 'requestWeight' && w.interval === '1m')?.used ?? 0;
    await firstValueFrom(spot.ping()); // opens the WS-API connection (weight 2) first
    const steps: number[] = [];
    let before = used();
    const step = async (call: () => Promise<unknown>): Promise<void> => {
      await call();
      steps.push(used() - before);
      before = used();
    };
    await step(() => firstValueFrom(spot.request('depth', { symbol: 'BTCUSDT', limit: 1000 })));
    await step(() => firstValueFrom(spot.get('/api/v3/depth', { symbol: 'BTCUSDT', limit: 5000 })));
    await step(() => firstValueFrom(spot.get('/api/v3/ticker/price')));
    await step(() => firstValueFrom(spot.request('depth', { symbol: 'BTCUSDT' }, { weight: 7 })));
    // the REST answers' X-MBX-USED-WEIGHT-1M may raise the count further: at least what was charged
    expect(steps[0]).toBe(50);
    expect(steps[1]).toBeGreaterThanOrEqual(250);
    expect(steps[2]).toBeGreaterThanOrEqual(4);
    expect(steps[3]).toBe(7);
  });

  it('behavior: the requests the client makes on its own (server time, session.logon) count too', async () => {
    fake = await FakeBinance.start();
    const keys = registerKeys(fake);
    const spot = client({ credentials: keys.ed25519, connectionLinger: 60_000 });
    await firstValueFrom(spot.getAccount());
    // raw requests are the client's own count (the exchange reports none): time, session.logon, account.status
    expect(spot.rateLimitSnapshot().windows.find((w) => w.type === 'rawRequests')?.used).toBe(3);
    expect(fake.apiRequests.map((r) => r.method)).toEqual(['time', 'session.logon', 'account.status']);
  });

  it('behavior: clients of one market share a limiter; a limiter of another market is refused', async () => {
    fake = await FakeBinance.start();
    const spot = client();
    const other = client({ rateLimiter: spot.rateLimiter });
    expect(other.rateLimiter).toBe(spot.rateLimiter);
    await firstValueFrom(other.ping());
    expect(spot.rateLimitSnapshot().windows.find((w) => w.type === 'requestWeight')?.used).toBeGreaterThanOrEqual(1);
    expect(() => client({ rateLimiter: new RateLimiter('usdm') })).toThrow(/usdm market/);
  });

  it('behavior: a 418 one client takes is reported on the events$ of every client sharing its limiter, once each, and holds them all', async () => {
    fake = await FakeBinance.start();
    const spot = client();
    const other = client({ rateLimiter: spot.rateLimiter });
    const separate = client();
    const said = { spot: [] as unknown[], other: [] as unknown[], separate: [] as unknown[] };
    spot.events$.subscribe((e) => e.type === 'rateLimited' && said.spot.push(e));
    other.events$.subscribe((e) => e.type === 'rateLimited' && said.other.push(e));
    separate.events$.subscribe((e) => e.type === 'rateLimited' && said.separate.push(e));
    await firstValueFrom(spot.ping());
    fake.banIp(1500);
    expect(await firstValueFrom(spot.getServerTime()).catch((e: unknown) => e)).toBeInstanceOf(IpBannedError);
    const reported = expect.objectContaining({ type: 'rateLimited', scope: 'ip', banned: true, retryAfterMs: expect.any(Number) });
    expect(said.spot).toEqual([reported]);
    expect(said.other).toEqual([reported]);
    expect(said.separate).toEqual([]); // its own limiter: it learns of the ban from its own answer
    const seen = fake.apiRequests.length;
    expect(await firstValueFrom(other.ping()).catch((e: unknown) => e)).toBeInstanceOf(IpBannedError);
    expect(fake.apiRequests.length).toBe(seen); // held by the shared limiter, never sent
  });
});
