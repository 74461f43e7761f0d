import Big from 'big.js';
import { ConfigError } from '../../../lib/errors/config-error.js';
import { FakeSpotMarket } from '../../../lib/testing/api/spot/fake-spot-market.js';
import { FakeOrderBook } from '../../../lib/testing/book/fake-order-book.js';
import { seededRandom, type FakeDiffEvent } from '../../../lib/testing/index.js';
import { applyEvent, modelOf, snapshotOf } from './book-model.js';

interface Sent {
  readonly stream: string;
  readonly json: string;
}

/** A book on a market of its own, recording what it publishes. */
function bookOn(symbol = 'BTCUSDT', market = new FakeSpotMarket({ seed: 3 })) {
  const sent: Sent[] = [];
  const book = new FakeOrderBook(market, symbol, (stream, json) => {
    sent.push({ stream, json });
    return 1;
  });
  return { book, market, sent };
}

const withoutTime = (events: readonly FakeDiffEvent[]): unknown[] => events.map(({ E: _e, ...rest }) => rest);

describe('FakeOrderBook', () => {
  it('default: starts from the market book and its lastUpdateId, and depth then answers from it', () => {
    const market = new FakeSpotMarket({ seed: 3 });
    const before = market.book('BTCUSDT', 5000);
    const { book } = bookOn('BTCUSDT', market);
    expect(book.symbol).toBe('BTCUSDT');
    expect(book.lastUpdateId).toBe(before.lastUpdateId);
    expect(book.snapshot(5000)).toEqual(before);
    book.update({ bids: [['64000', '3']] });
    expect(market.book('BTCUSDT', 5)).toEqual(book.snapshot(5));
    expect(market.book('BTCUSDT', 5).lastUpdateId).toBe(before.lastUpdateId + 1);
  });

  it('default: starts from a book set with setBook, which is refused afterwards', () => {
    const market = new FakeSpotMarket();
    market.setBook('ETHBTC', { lastUpdateId: 100, bids: [['0.05', '1'], ['0.051', '2']], asks: [['0.06', '3']] });
    const { book } = bookOn('ETHBTC', market);
    expect(book.snapshot()).toEqual({
      lastUpdateId: 100,
      bids: [['0.05100000', '2.00000000'], ['0.05000000', '1.00000000']],
      asks: [['0.06000000', '3.00000000']],
    });
    expect(() => market.setBook('ETHBTC', undefined)).toThrow(RangeError);
  });

  it('behavior: update advances the ids and publishes one JSON text on @depth and @depth@100ms', () => {
    const { book, sent } = bookOn();
    const start = book.lastUpdateId;
    const event = book.update({ bids: [['64999.5', '1.25']], asks: [['65001', '0.5'], ['65002', '0.1']] }, { eventTime: 1234 });
    expect(event).toEqual({
      e: 'depthUpdate',
      E: 1234,
      s: 'BTCUSDT',
      U: start + 1,
      u: start + 3,
      b: [['64999.50000000', '1.25000000']],
      a: [['65001.00000000', '0.50000000'], ['65002.00000000', '0.10000000']],
    });
    expect(sent.map((s) => s.stream)).toEqual(['btcusdt@depth', 'btcusdt@depth@100ms']);
    expect(sent[0]?.json).toBe(sent[1]?.json);
    expect(JSON.parse(sent[0]?.json ?? '')).toEqual(event);
    expect(Object.keys(JSON.parse(sent[0]?.json ?? '') as object)).toEqual(['e', 'E', 's', 'U', 'u', 'b', 'a']);
    expect(book.lastUpdateId).toBe(start + 3);
  });

  it('args: span sets u - U + 1; an empty change still takes one id', () => {
    const { book } = bookOn();
    const start = book.lastUpdateId;
    const wide = book.update({ bids: [['64000', '1']] }, { span: 10 });
    expect([wide.U, wide.u]).toEqual([start + 1, start + 10]);
    const empty = book.update({});
    expect([empty.U, empty.u, empty.b, empty.a]).toEqual([start + 11, start + 11, [], []]);
  });

  it('behavior: a zero quantity in any form removes the level', () => {
    const { book } = bookOn();
    const [bid1, bid2, bid3] = book.snapshot(3).bids.map(([price]) => price);
    const event = book.update({ bids: [[bid1 ?? '', '0'], [bid2 ?? '', '0.0'], [bid3 ?? '', '0.00000000']] });
    expect(event.b.map(([, qty]) => qty)).toEqual(['0.00000000', '0.00000000', '0.00000000']);
    const prices = book.snapshot(5000).bids.map(([price]) => price);
    expect(prices).not.toContain(bid1);
    expect(prices).not.toContain(bid2);
    expect(prices).not.toContain(bid3);
    // removing a level that is not there is allowed (Binance does it too)
    expect(() => book.update({ asks: [['99999', '0']] })).not.toThrow();
  });

  it('behavior: removing most of a side, then restoring it, keeps snapshots and bookAt exact', () => {
    const { book } = bookOn();
    const before = book.snapshot(5000);
    const removal = book.update({ bids: before.bids.slice(0, 4500).map(([price]) => [price, '0'] as const) }, { publish: false });
    expect(book.snapshot(5000).bids).toEqual(before.bids.slice(4500));
    const restore = book.update({ bids: before.bids.slice(0, 10) }, { publish: false });
    expect(book.snapshot(5000).bids).toEqual([...before.bids.slice(0, 10), ...before.bids.slice(4500)]);
    expect(book.bookAt(before.lastUpdateId)).toEqual(before);
    expect(book.bookAt(removal.u)?.bids).toEqual(before.bids.slice(4500));
    expect(book.bookAt(restore.u)).toEqual(book.snapshot(5000));
  });

  it('behavior: publish false applies the change without sending it: the next event leaves a gap', () => {
    const { book, sent } = bookOn();
    const first = book.update({ bids: [['64000', '1']] });
    const lost = book.update({ bids: [['64000', '2']] }, { publish: false });
    const next = book.update({ bids: [['64000', '3']] });
    expect(sent.map((s) => (JSON.parse(s.json) as FakeDiffEvent).U)).toEqual([first.U, first.U, next.U, next.U]);
    expect(next.U).toBe(first.u + 2);
    expect(book.bookAt(lost.u)?.bids).toContainEqual(['64000.00000000', '2.00000000']);
  });

  it('behavior: publish sends an event again as is without changing the book', () => {
    const { book, sent } = bookOn();
    const event = book.update({ asks: [['65000.5', '7']] });
    const before = book.snapshot(5000);
    sent.length = 0;
    expect(book.publish(event)).toBe(2);
    expect(sent.map((s) => JSON.parse(s.json) as unknown)).toEqual([event, event]);
    expect(book.snapshot(5000)).toEqual(before);
  });

  it('args: snapshot returns the best limit levels, bids highest first, asks lowest first', () => {
    const { book } = bookOn();
    book.update({ bids: [['64999.995', '1'], ['9', '1']], asks: [['100000', '1'], ['65000.005', '1']] });
    const all = book.snapshot(5000);
    const sorted = (levels: readonly (readonly [string, string])[], sign: number): string[] =>
      levels.map(([p]) => p).sort((a, b) => sign * new Big(a).cmp(b));
    expect(all.bids.map(([p]) => p)).toEqual(sorted(all.bids, -1));
    expect(all.asks.map(([p]) => p)).toEqual(sorted(all.asks, 1));
    expect(book.snapshot(2)).toEqual({ lastUpdateId: book.lastUpdateId, bids: all.bids.slice(0, 2), asks: all.asks.slice(0, 2) });
    expect(book.snapshot().bids).toHaveLength(1000);
  });

  it('behavior: bookAt gives the truth at every id, equal to replaying the events on the initial book', () => {
    const { book } = bookOn();
    const model = modelOf(book.snapshot(5000));
    const initial = snapshotOf(model);
    const random = seededRandom(11);
    const events = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? book.update({ bids: [['64990', String(i)]] }) : book.randomUpdate(random)));
    expect(book.bookAt(initial.lastUpdateId)).toEqual(initial);
    events.forEach((event, i) => {
      expect(event.U).toBe(model.lastUpdateId + 1);
      applyEvent(model, event);
      if (i % 37 === 0) expect(book.bookAt(event.u)).toEqual(snapshotOf(model));
    });
    expect(book.bookAt(book.lastUpdateId)).toEqual(snapshotOf(model));
    expect(book.bookAt(book.lastUpdateId, 3)).toEqual(book.snapshot(3));
  });

  it('behavior: bookAt is undefined inside an event, in the future, and once forgotten', () => {
    const { book } = bookOn();
    const initialId = book.lastUpdateId;
    const wide = book.update({ bids: [['64000', '1']] }, { span: 5 });
    expect(book.bookAt(wide.U)).toBeUndefined();
    expect(book.bookAt(wide.u + 1)).toBeUndefined();
    expect(book.bookAt(initialId - 1)).toBeUndefined();
    expect(book.bookAt(initialId)).toBeDefined();
    // the last 10 000 events are kept, so the state before the oldest of them too
    book.randomUpdates(9_999, 5, { publish: false });
    expect(book.bookAt(initialId)).toBeDefined();
    book.randomUpdates(1, 6, { publish: false });
    expect(book.bookAt(initialId)).toBeUndefined();
    expect(book.bookAt(wide.u)).toBeDefined();
    book.randomUpdates(1, 7, { publish: false });
    expect(book.bookAt(wide.u)).toBeUndefined();
  });

  it('behavior: random updates are deterministic, on the tick and step grids, 1 to 7 levels, never crossing', () => {
    const a = bookOn().book;
    const b = bookOn().book;
    const events = a.randomUpdates(2000, 42, { eventTime: 1 });
    expect(withoutTime(b.randomUpdates(2000, 42, { eventTime: 1 }))).toEqual(withoutTime(events));
    expect(withoutTime(bookOn().book.randomUpdates(5, 43))).not.toEqual(withoutTime(events.slice(0, 5)));
    for (const event of events) {
      const levels = [...event.b, ...event.a];
      expect(levels.length).toBeGreaterThanOrEqual(1);
      expect(levels.length).toBeLessThanOrEqual(7);
      expect(event.u - event.U + 1).toBe(levels.length);
      for (const [price, qty] of levels) {
        expect(new Big(price).mod('0.01').eq(0)).toBe(true);
        expect(new Big(qty).mod('0.00001').eq(0)).toBe(true);
      }
    }
    const top = a.snapshot(1);
    expect(new Big(top.bids[0]?.[0] ?? '0').lt(top.asks[0]?.[0] ?? '0')).toBe(true);
    expect(a.snapshot(5000).bids.length).toBeGreaterThan(4000);
  });

  it('behavior: serveStaleSnapshots makes the next answers age events old, then fresh again', () => {
    const { book, market } = bookOn();
    const events = book.randomUpdates(10, 1);
    book.serveStaleSnapshots(2, 3);
    const stale = market.book('BTCUSDT', 100);
    expect(stale).toEqual(book.bookAt(events[6]?.u ?? 0, 100));
    book.update({ bids: [['64000', '1']] });
    expect(market.book('BTCUSDT', 100).lastUpdateId).toBe(events[7]?.u);
    expect(market.book('BTCUSDT', 100)).toEqual(book.snapshot(100));
  });

  it('args: serveStaleSnapshots beyond the history serves the oldest book; 0 cancels', () => {
    const { book, market } = bookOn();
    const initialId = book.lastUpdateId;
    book.randomUpdates(3, 1);
    book.serveStaleSnapshots(5);
    book.serveStaleSnapshots(1, 50);
    expect(market.book('BTCUSDT', 5).lastUpdateId).toBe(initialId);
    expect(market.book('BTCUSDT', 5).lastUpdateId).toBe(book.lastUpdateId);
    book.serveStaleSnapshots(3);
    book.serveStaleSnapshots(0);
    expect(market.book('BTCUSDT', 5).lastUpdateId).toBe(book.lastUpdateId);
  });

  it('behavior: plan leaves the book alone; publishPlanned sends the texts in order and applies them', () => {
    const { book, sent } = bookOn();
    const before = book.snapshot(5000);
    const plan = book.plan(500, 9, { eventTime: 77 });
    expect(book.snapshot(5000)).toEqual(before);
    expect(sent).toHaveLength(0);
    expect(plan.events).toBe(500);
    expect(plan.firstUpdateId).toBe(before.lastUpdateId + 1);
    expect(book.planned).toBe(500);
    expect(book.publishPlanned(200)).toBe(400);
    expect(book.planned).toBe(300);
    book.publishPlanned();
    expect(book.planned).toBe(0);
    expect(book.publishPlanned()).toBe(0);
    const texts = sent.filter((s) => s.stream === 'btcusdt@depth').map((s) => s.json);
    expect(texts).toHaveLength(500);
    expect(sent.filter((s) => s.stream === 'btcusdt@depth@100ms').map((s) => s.json)).toEqual(texts);
    expect(texts.reduce((sum, t) => sum + t.length, 0)).toBe(plan.payloadBytes);
    const model = modelOf(before);
    for (const text of texts) {
      const event = JSON.parse(text) as FakeDiffEvent;
      expect([event.U, event.E, event.s]).toEqual([model.lastUpdateId + 1, 77, 'BTCUSDT']);
      applyEvent(model, event);
    }
    expect(plan.lastUpdateId).toBe(model.lastUpdateId);
    expect(book.lastUpdateId).toBe(model.lastUpdateId);
    expect(book.snapshot(5000)).toEqual(snapshotOf(model));
    expect(book.bookAt(plan.firstUpdateId - 1)).toEqual(before);
  });

  it('behavior: the same book and seed plan the same texts', () => {
    const texts = (seed: number): string[] => {
      const { book, sent } = bookOn();
      book.plan(300, seed, { eventTime: 5 });
      book.publishPlanned();
      return sent.map((s) => s.json);
    };
    expect(texts(4)).toEqual(texts(4));
    expect(texts(4)).not.toEqual(texts(5));
  });

  it('error: publishPlanned refuses a plan the book moved away from', () => {
    const { book } = bookOn();
    book.plan(10, 1);
    book.publishPlanned(3);
    book.update({ bids: [['64000', '1']] });
    expect(() => book.publishPlanned()).toThrow(ConfigError);
  });

  it('error: malformed levels, spans, limits and counts are RangeErrors; the book is unchanged', () => {
    const { book, sent } = bookOn();
    const id = book.lastUpdateId;
    expect(() => book.update({ bids: [['-1', '1']] })).toThrow(RangeError);
    expect(() => book.update({ bids: [['0', '1']] })).toThrow(RangeError);
    expect(() => book.update({ asks: [['65000', '-1']] })).toThrow(RangeError);
    expect(() => book.update({ asks: [['65000', '1e3']] })).toThrow(RangeError);
    expect(() => book.update({ asks: [['65000', '1']] }, { span: 0 })).toThrow(RangeError);
    expect(() => book.update({ asks: [['65000', '1']] }, { span: 1.5 })).toThrow(RangeError);
    expect(() => book.snapshot(0)).toThrow(RangeError);
    expect(() => book.serveStaleSnapshots(-1)).toThrow(RangeError);
    expect(() => book.serveStaleSnapshots(1, 0)).toThrow(RangeError);
    expect(() => book.plan(-1, 1)).toThrow(RangeError);
    book.plan(2, 1);
    expect(() => book.publishPlanned(-1)).toThrow(RangeError);
    expect(book.planned).toBe(2);
    expect(book.lastUpdateId).toBe(id);
    expect(sent).toHaveLength(0);
    expect(() => bookOn('NOPE')).toThrow(RangeError);
  });
});
