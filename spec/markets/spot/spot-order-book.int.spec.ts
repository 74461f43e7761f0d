import { firstValueFrom } from 'rxjs';
import { BinanceApiError, InvalidSubParamsError, type OrderBook, SubType } from '../../../lib/index.js';
import { FAKE_API_ERRORS, seededRandom } from '../../../lib/testing/index.js';
import { bookLoopback, levelsOf } from '../../support/book-loopback.js';
import { Recorder, sleep, until } from '../../support/loopback.js';

type Env = Awaited<ReturnType<typeof bookLoopback>>;
let env: Env;
afterEach(async () => {
  await env.dispose();
});

/** Limit 5000: the fake's whole book, so every emitted book can be compared level by level. */
const ALL = { limit: 5000 } as const;
const depthRequests = () => env.fake.apiRequests.filter((r) => r.method === 'depth');

/** Subscribes, publishes the first event (the client fetches its snapshot after it), waits for the first book. */
async function syncedBook(options: object = ALL): Promise<Recorder<OrderBook>> {
  const recorder = new Recorder(env.spot.stream$(SubType.OrderBook, 'BTCUSDT', options));
  await env.subscribed();
  env.truth.randomUpdates(1, 1);
  await until(() => recorder.values.length > 0, 'the first book');
  return recorder;
}

describe('SpotClient managed order book (FakeBinance over loopback)', () => {
  it('default: syncs from a WS-API snapshot and emits a book per applied event, each exact at its lastUpdateId', async () => {
    env = await bookLoopback();
    const books = await syncedBook();
    const random = seededRandom(3);
    for (let i = 0; i < 50; i++) env.truth.randomUpdate(random);
    await until(() => books.values.at(-1)?.lastUpdateId === env.truth.lastUpdateId, 'the book caught up');
    expect(env.mismatches(books.values)).toEqual([]);
    expect(books.values.length).toBeGreaterThanOrEqual(51);
    const last = books.values.at(-1) as OrderBook;
    expect(last.bestBid?.price.toFixed()).toBe(levelsOf(env.truth.snapshot(1).bids)[0]?.[0]);
    expect(last.spread?.eq(last.asks[0]!.price.minus(last.bids[0]!.price))).toBe(true);
    expect(last.top(3).bids).toEqual(last.bids.slice(0, 3));
    expect(depthRequests()).toHaveLength(1);
    expect(depthRequests()[0]?.params).toMatchObject({ symbol: 'BTCUSDT', limit: 5000 });
    expect(env.resyncs()).toEqual([]);
  });

  it('behavior: a snapshot older than the first buffered event is fetched again', async () => {
    env = await bookLoopback();
    env.truth.serveStaleSnapshots(1, 2);
    const books = await syncedBook();
    expect(env.resyncs().map((e) => e.reason)).toEqual(['staleSnapshot']);
    expect(depthRequests()).toHaveLength(2);
    env.truth.randomUpdates(5, 2);
    await until(() => books.values.at(-1)?.lastUpdateId === env.truth.lastUpdateId, 'caught up');
    expect(env.mismatches(books.values)).toEqual([]);
  });

  it('behavior: a gap mid-stream emits nothing wrong, reports the ids and resyncs from a fresh snapshot', async () => {
    env = await bookLoopback();
    const books = await syncedBook();
    const before = env.truth.lastUpdateId;
    env.truth.randomUpdates(1, 4, { publish: false });
    const after = env.truth.randomUpdates(1, 5)[0];
    await until(() => env.resyncs().length === 1, 'the resync');
    expect(env.resyncs()[0]).toMatchObject({ symbol: 'BTCUSDT', reason: 'gap', expectedUpdateId: before + 1, receivedUpdateId: after?.U });
    const market = env.pump(6);
    await until(() => depthRequests().length === 2 && (books.values.at(-1)?.lastUpdateId ?? 0) > (after?.u ?? 0), 'in sync again');
    market.stop();
    await env.caughtUp(books);
    expect(env.mismatches(books.values)).toEqual([]);
    expect(books.values.some((b) => b.lastUpdateId === after?.u)).toBe(false);
    expect(depthRequests()).toHaveLength(2);
  });

  it('behavior: duplicated and out-of-order events never produce a wrong book', async () => {
    env = await bookLoopback();
    const books = await syncedBook();
    const [a, b] = env.truth.randomUpdates(2, 7, { publish: false });
    env.truth.publish(a!);
    env.truth.publish(a!);
    env.truth.publish(b!);
    env.truth.publish(a!);
    env.truth.randomUpdates(2, 8);
    await until(() => books.values.at(-1)?.lastUpdateId === env.truth.lastUpdateId, 'caught up');
    expect(env.mismatches(books.values)).toEqual([]);
    expect(env.resyncs()).toEqual([]);
  });

  it('behavior: a snapshot failing twice (5xx) is retried by the policy, then the book syncs', async () => {
    env = await bookLoopback();
    env.fake.scriptApi({ method: 'depth' }, { status: 503, error: FAKE_API_ERRORS.serverBusy }, 2);
    const market = env.pump(15);
    const books = await syncedBook();
    market.stop();
    expect(env.resyncs().map((e) => e.reason)).toEqual(['snapshotFailed', 'snapshotFailed']);
    expect(depthRequests()).toHaveLength(3);
    expect(env.mismatches(books.values)).toEqual([]);
  });

  it('behavior: a dropped stream connection resyncs from a fresh snapshot after the reconnect', async () => {
    env = await bookLoopback();
    const books = await syncedBook();
    env.fake.dropConnections();
    await until(() => env.resyncs().length === 1, 'the resync');
    expect(env.resyncs()[0]?.reason).toBe('reconnect');
    await until(() => env.fake.subscribersOf('btcusdt@depth') === 1, 'resubscribed');
    const market = env.pump(9);
    await until(() => depthRequests().length === 2 && books.values.length > 1, 'in sync again');
    market.stop();
    await env.caughtUp(books);
    expect(env.mismatches(books.values)).toEqual([]);
    expect(depthRequests()).toHaveLength(2);
    expect(books.errors).toEqual([]);
  });

  it('behavior: more buffered events than bufferLimit before the snapshot start over', async () => {
    env = await bookLoopback();
    env.fake.scriptApi({ method: 'depth' }, { kind: 'delay', ms: 300 }, 1);
    const books = new Recorder(env.spot.stream$(SubType.OrderBook, 'BTCUSDT', { ...ALL, bufferLimit: 3 }));
    await env.subscribed();
    env.truth.randomUpdates(4, 10);
    await until(() => env.resyncs().length === 1, 'the overflow');
    expect(env.resyncs()[0]?.reason).toBe('bufferOverflow');
    const market = env.pump(11, 100);
    await until(() => books.values.length > 0, 'a book');
    market.stop();
    expect(env.mismatches(books.values)).toEqual([]);
  });

  it('behavior: a zero quantity removes the level', async () => {
    env = await bookLoopback();
    const books = await syncedBook();
    const best = env.truth.snapshot(1).bids[0] as readonly [string, string];
    env.truth.update({ bids: [[best[0], '0.00000000']] });
    await until(() => books.values.at(-1)?.lastUpdateId === env.truth.lastUpdateId, 'applied');
    const last = books.values.at(-1) as OrderBook;
    expect(last.bids.some((l) => l.price.eq(best[0]))).toBe(false);
    expect(last.bestBid?.price.lt(best[0])).toBe(true);
    expect(env.mismatches(books.values)).toEqual([]);
  });

  it('behavior: two subscribers share one diff subscription, one snapshot and the same immutable books', async () => {
    env = await bookLoopback();
    const first = await syncedBook();
    const second = new Recorder(env.spot.stream$(SubType.OrderBook, 'BTC_USDT', ALL));
    expect(second.values).toEqual([first.values.at(-1)]);
    const held = first.values.at(-1) as OrderBook;
    const heldJson = JSON.stringify(held);
    env.truth.randomUpdates(5, 12);
    await until(() => second.values.at(-1)?.lastUpdateId === env.truth.lastUpdateId, 'caught up');
    expect(second.values.at(-1)).toBe(first.values.at(-1));
    expect(JSON.stringify(held)).toBe(heldJson);
    expect(depthRequests()).toHaveLength(1);
    expect(env.fake.inbound.filter((m) => JSON.stringify(m).includes('btcusdt@depth') && JSON.stringify(m).includes('SUBSCRIBE'))).toHaveLength(1);
  });

  it('behavior: unsubscribing the last subscriber unsubscribes the diff stream and closes the connection', async () => {
    env = await bookLoopback();
    const books = await syncedBook();
    books.subscription.unsubscribe();
    await until(() => env.fake.subscribersOf('btcusdt@depth') === 0, 'UNSUBSCRIBE');
    await until(() => env.fake.connectionCount === 0, 'the stream connection closed');
    await until(() => env.fake.wsApiConnections.length === 0, 'the WS-API connection closed');
    env.truth.randomUpdates(2, 13);
    await sleep(50);
    expect(books.values.every((b) => b.lastUpdateId < env.truth.lastUpdateId)).toBe(true);
  });

  it('error: an unknown symbol fails the book with the snapshot refusal', async () => {
    env = await bookLoopback();
    const books = new Recorder(env.spot.stream$(SubType.OrderBook, 'NOPEUSDT'));
    await env.subscribed('nopeusdt@depth');
    env.fake.publish('nopeusdt@depth', { e: 'depthUpdate', E: 1, s: 'NOPEUSDT', U: 1, u: 1, b: [], a: [] });
    await until(() => books.errors.length === 1, 'the error');
    expect(books.errors[0]).toBeInstanceOf(BinanceApiError);
    expect(books.errors[0]).toMatchObject({ code: -1121 });
  });

  it('behavior: a 429 on the snapshot holds every snapshot for its Retry-After, then syncs', async () => {
    env = await bookLoopback();
    env.fake.scriptApi({ method: 'depth' }, { status: 429, error: { code: -1003, msg: 'Too much request weight used.', data: { serverTime: 1000, retryAfter: 1400 } } }, 1);
    const started = Date.now();
    const market = env.pump(16, 50);
    const books = await syncedBook();
    market.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(env.resyncs().map((e) => e.reason)).toEqual(['snapshotFailed']);
    expect(env.mismatches(books.values)).toEqual([]);
  });

  it('behavior: many books at once stay under the request weight: no 429, the rest wait for room', async () => {
    env = await bookLoopback({ spotApi: { requestWeightPerMinute: 300 } });
    const symbols = env.fake.spotMarket.symbols();
    const recorders = symbols.map((s) => new Recorder(env.spot.stream$(SubType.OrderBook, s, { limit: 1000 })));
    for (const s of symbols) await env.subscribed(`${s.toLowerCase()}@depth`);
    for (const s of symbols) env.fake.orderBook(s).randomUpdates(1, 14);
    await until(() => recorders.filter((r) => r.values.length > 0).length >= 3, 'books within the budget');
    await sleep(300);
    expect(env.fake.apiRequests.filter((r) => r.response?.status === 429)).toEqual([]);
    const sent = depthRequests().length;
    expect(sent).toBeLessThan(symbols.length);
    expect(50 * sent).toBeLessThanOrEqual(300);
    expect(recorders.every((r) => r.errors.length === 0)).toBe(true);
  });

  it('args: a bad limit, speed or bufferLimit throws InvalidSubParamsError synchronously', async () => {
    env = await bookLoopback();
    expect(() => env.spot.stream$(SubType.OrderBook, 'BTCUSDT', { limit: 5001 })).toThrow(InvalidSubParamsError);
    expect(() => env.spot.stream$(SubType.OrderBook, 'BTCUSDT', { limit: 0 })).toThrow(InvalidSubParamsError);
    expect(() => env.spot.stream$(SubType.OrderBook, 'BTCUSDT', { speed: 250 as 100 })).toThrow(InvalidSubParamsError);
    expect(() => env.spot.stream$(SubType.OrderBook, 'BTCUSDT', { bufferLimit: 0 })).toThrow(InvalidSubParamsError);
    const depth100 = new Recorder(env.spot.stream$(SubType.OrderBook, 'BTCUSDT', { speed: 100 }));
    await env.subscribed('btcusdt@depth@100ms');
    depth100.subscription.unsubscribe();
    expect(await firstValueFrom(env.spot.getServerTime())).toBeDefined();
  });
});
