import { filter, firstValueFrom } from 'rxjs';
import type { FakeBookSnapshot, FakeDiffEvent } from '../../../lib/testing/index.js';
import { loopback, Recorder, until } from '../../support/loopback.js';
import { applyEvent, modelOf } from './book-model.js';

type Env = Awaited<ReturnType<typeof loopback>>;
let env: Env;
beforeEach(async () => {
  env = await loopback();
});
afterEach(async () => {
  await env.dispose();
});

async function restDepth(limit: number): Promise<FakeBookSnapshot> {
  const response = await fetch(`${env.fake.hosts.spot.restHost}/api/v3/depth?symbol=BTCUSDT&limit=${limit}`);
  expect(response.status).toBe(200);
  return (await response.json()) as FakeBookSnapshot;
}

const isDiff = (payload: unknown): payload is FakeDiffEvent =>
  typeof payload === 'object' && payload !== null && 'e' in payload && payload.e === 'depthUpdate';

/** The raw diff events of a stream, once the fake counts the subscription. */
async function diffs(name: string): Promise<Recorder<FakeDiffEvent>> {
  const recorder = new Recorder(env.spot.rawStream$(name).pipe(filter(isDiff)));
  await env.subscribed(name);
  return recorder;
}

describe('FakeBinance.orderBook', () => {
  it('behavior: one instance per symbol; an unlisted symbol is a RangeError', () => {
    const book = env.fake.orderBook('BTCUSDT');
    expect(env.fake.orderBook('BTCUSDT')).toBe(book);
    expect(env.fake.orderBook('ETHUSDT')).not.toBe(book);
    expect(() => env.fake.orderBook('btcusdt')).toThrow(RangeError);
    expect(() => env.fake.orderBook('NOPEUSDT')).toThrow(RangeError);
  });

  it('behavior: a client receives every event, as returned, on @depth and @depth@100ms', async () => {
    const book = env.fake.orderBook('BTCUSDT');
    const [slow, fast] = [await diffs('btcusdt@depth'), await diffs('btcusdt@depth@100ms')];
    const sent = [book.update({ bids: [['64999.5', '1']], asks: [['65000.5', '0']] }), ...book.randomUpdates(20, 3)];
    const duplicate = sent[4] as FakeDiffEvent;
    expect(book.publish(duplicate)).toBe(2);
    await until(() => slow.values.length === 22 && fast.values.length === 22, '22 events on each stream');
    expect(slow.values).toEqual([...sent, duplicate]);
    expect(fast.values).toEqual(slow.values);
    for (let i = 1; i < sent.length; i++) expect(sent[i]?.U).toBe((sent[i - 1]?.u ?? 0) + 1);
  });

  it('behavior: depth over the WS-API and REST answers from the live book at its lastUpdateId', async () => {
    const book = env.fake.orderBook('BTCUSDT');
    book.randomUpdates(50, 8);
    book.update({ bids: [[book.snapshot(1).bids[0]?.[0] ?? '', '0']] });
    const truth = book.snapshot(5);
    expect(await restDepth(5)).toEqual(truth);
    const decoded = await firstValueFrom(env.spot.getOrderbook({ symbol: 'BTCUSDT', limit: 5 }));
    expect({
      lastUpdateId: decoded.lastUpdateId,
      bids: decoded.bids.map((l) => [l.price.toFixed(8), l.quantity.toFixed(8)]),
      asks: decoded.asks.map((l) => [l.price.toFixed(8), l.quantity.toFixed(8)]),
    }).toEqual(truth);
    book.randomUpdates(5, 9);
    expect((await restDepth(5000)).lastUpdateId).toBe(book.lastUpdateId);
  });

  it('behavior: serveStaleSnapshots answers with a book older than the buffered events, then the current one', async () => {
    const book = env.fake.orderBook('BTCUSDT');
    const buffered = await diffs('btcusdt@depth');
    book.randomUpdates(5, 2);
    await until(() => buffered.values.length === 5, 'five buffered events');
    book.serveStaleSnapshots(1, 6);
    const stale = await restDepth(100);
    // §5 step 4: lastUpdateId < U of the first buffered event, so the client must fetch again
    expect(stale.lastUpdateId).toBeLessThan(buffered.values[0]?.U ?? 0);
    expect(stale).toEqual(book.bookAt(stale.lastUpdateId, 100));
    expect(await restDepth(100)).toEqual(book.snapshot(100));
  });

  it('behavior: a client following spec §5 holds the truth at every id and sees a lost event as a gap', async () => {
    const book = env.fake.orderBook('BTCUSDT');
    const stream = await diffs('btcusdt@depth');
    book.randomUpdates(30, 21);
    const snapshot = await restDepth(5000);
    book.randomUpdates(30, 22);
    const lost = book.randomUpdate(() => 0.5, { publish: false });
    const after = book.randomUpdates(3, 23);
    await until(() => stream.values.length === 63, 'every published event');
    const model = modelOf(snapshot);
    let checked = 0;
    let gapAt: number | undefined;
    for (const event of stream.values.filter((e) => e.u > snapshot.lastUpdateId)) {
      if (event.U > model.lastUpdateId + 1) {
        gapAt = event.U;
        break;
      }
      applyEvent(model, event);
      const truth = book.bookAt(event.u);
      expect([model.lastUpdateId, model.bids, model.asks]).toEqual([truth?.lastUpdateId, new Map(truth?.bids), new Map(truth?.asks)]);
      checked += 1;
    }
    expect(checked).toBe(30);
    expect(gapAt).toBe(after[0]?.U);
    expect(lost.u).toBe((after[0]?.U ?? 0) - 1);
  });
});
