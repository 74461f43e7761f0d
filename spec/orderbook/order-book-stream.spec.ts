import { catchError, defer, map, NEVER, type Observable, of } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { BinanceApiError, RateLimitError } from '../../lib/errors/api-error.js';
import { DecodeError } from '../../lib/errors/decode-error.js';
import { OrderBookResyncError } from '../../lib/errors/order-book-errors.js';
import { StreamAbandonedError } from '../../lib/errors/stream-errors.js';
import { SPOT_SEQUENCING } from '../../lib/orderbook/book-sequencing.js';
import type { BookState } from '../../lib/orderbook/book-state.js';
import { orderBook$, type OrderBookStreamConfig } from '../../lib/orderbook/order-book-stream.js';
import type { RetryInfo } from '../../lib/transport/socket/retry-policy.js';
import { bookSummary, depthPayload, errorSummary, snapshotBook } from '../support/depth-wire.js';
import { testScheduler } from '../support/marbles.js';

const DEPTH = 'GET /api/v3/depth';

/** Diff payloads on the wire; ids around snapshots at 103 and 109. */
const wire = {
  a: depthPayload({ U: 101, u: 102, b: [['100', '2']] }),
  b: depthPayload({ U: 103, u: 104, b: [['99', '1']] }),
  c: depthPayload({ U: 107, u: 108, b: [['98', '1']] }),
  d: depthPayload({ U: 109, u: 110, a: [['102', '1']] }),
  e: depthPayload({ U: 111, u: 112, a: [['101', '0']] }),
  g: depthPayload({ U: 115, u: 116, a: [['101', '3']] }),
  x: { e: 'depthUpdate', E: 1, U: 'not a number', u: 2, b: [], a: [] },
};
const at103 = snapshotBook(103, [['100', '1']], [['101', '1']]);
const at109 = snapshotBook(109, [['100', '1'], ['99', '1']], [['101', '1']]);

/** What the hooks were told, with the virtual time they were told it. */
interface Calls {
  readonly resyncs: { at: number; reason: string; expected: number | undefined; received: number | undefined }[];
  readonly decodeErrors: DecodeError[];
  readonly policy: { at: number; fails: number }[];
  /** The error that ended the book stream, as it was. */
  readonly errors: unknown[];
}

/** orderBook$ with the spec's hooks and a policy that waits 100 ms and gives up after the third retry. */
function bookStream(scheduler: TestScheduler, parts: Pick<OrderBookStreamConfig, 'updates$' | 'snapshot$'> & Partial<OrderBookStreamConfig>): { book$: Observable<unknown>; calls: Calls } {
  const calls: Calls = { resyncs: [], decodeErrors: [], policy: [], errors: [] };
  const book$ = orderBook$({
    symbol: 'BTCUSDT',
    sequencing: SPOT_SEQUENCING,
    carrierDropped$: NEVER,
    maxBuffered: 100,
    quietSnapshotDelayMs: 1000,
    retryPolicy: ({ fails }: RetryInfo) => {
      calls.policy.push({ at: scheduler.now(), fails });
      return { abandon: fails > 3, delayMs: 100 };
    },
    onResync: (r) => calls.resyncs.push({ at: scheduler.now(), reason: r.reason, expected: r.expectedUpdateId, received: r.receivedUpdateId }),
    onDecodeError: (e) => calls.decodeErrors.push(e),
    ...parts,
  }).pipe(
    map(bookSummary),
    map((b) => ({ id: b.lastUpdateId, bids: b.bids, asks: b.asks })),
    catchError((error: unknown) => {
      calls.errors.push(error);
      return of(errorSummary(error));
    }),
  );
  return { book$, calls };
}

/** A snapshot source answering with the next of `answers` on each subscription. */
function snapshots(answers: readonly Observable<BookState>[]): Observable<BookState> {
  let n = 0;
  return defer(() => answers[n++] ?? NEVER);
}

describe('orderBook$', () => {
  it('behavior: a gap resyncs from a fresh snapshot after the policy delay and emits again, on one diff subscription', () => {
    const ts = testScheduler();
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('  -a-b-c 104ms d 4ms e', wire);
      const first = cold('    -(s|)', { s: at103 });
      const second = cold('   -(s|)', { s: at109 });
      const stream = bookStream(ts, { updates$: updates, snapshot$: snapshots([first, second]) });
      calls = stream.calls;
      expectObservable(stream.book$).toBe('--xy 107ms z 3ms w', {
        x: { id: 103, bids: [['100', '1']], asks: [['101', '1']] },
        y: { id: 104, bids: [['100', '1'], ['99', '1']], asks: [['101', '1']] },
        z: { id: 110, bids: [['100', '1'], ['99', '1']], asks: [['101', '1'], ['102', '1']] },
        w: { id: 112, bids: [['100', '1'], ['99', '1']], asks: [['102', '1']] },
      });
      expectSubscriptions(updates.subscriptions).toBe('^');
      expectSubscriptions(first.subscriptions).toBe('-^!');
      expectSubscriptions(second.subscriptions).toBe('110ms ^!');
    });
    expect(calls?.resyncs).toEqual([{ at: 5, reason: 'gap', expected: 105, received: 107 }]);
    expect(calls?.policy).toEqual([{ at: 5, fails: 1 }]);
  });

  it('behavior: the failure count given to the policy restarts once a book is emitted', () => {
    const ts = testScheduler();
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable }) => {
      // stale snapshot at 2 (no book yet: fails 1) → retry at 102; d at 105 syncs on 109, book at 106; g (U 115) after 110 is a gap at 107: fails 1 again
      const updates = hot('  -a 103ms d-g', wire);
      const stream = bookStream(ts, { updates$: updates, snapshot$: snapshots([cold('-(s|)', { s: snapshotBook(100) }), cold('-(s|)', { s: at109 })]) });
      calls = stream.calls;
      expectObservable(stream.book$, '^ 200ms !').toBe('- 105ms x', { x: expect.objectContaining({ id: 110 }) });
    });
    expect(calls?.resyncs).toEqual([
      { at: 2, reason: 'staleSnapshot', expected: undefined, received: undefined },
      { at: 107, reason: 'gap', expected: 111, received: 115 },
    ]);
    expect(calls?.policy).toEqual([
      { at: 2, fails: 1 },
      { at: 107, fails: 1 },
    ]);
  });

  it('error: a 4xx BinanceApiError from the snapshot ends the book stream (nothing to retry), and unsubscribes the diff stream', () => {
    const ts = testScheduler();
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const refused = new BinanceApiError({ code: -1121, msg: 'Invalid symbol.', status: 400, endpoint: DEPTH });
      const updates = hot('  -a-b-', wire);
      const snapshot = cold<BookState>(' -#', undefined, refused);
      const stream = bookStream(ts, { updates$: updates, snapshot$: snapshot });
      calls = stream.calls;
      expectObservable(stream.book$).toBe('--(x|)', { x: { name: 'BinanceApiError', status: 400, code: -1121 } });
      expectSubscriptions(updates.subscriptions).toBe('^-!');
    });
    expect(calls?.resyncs).toEqual([]);
    expect(calls?.policy).toEqual([]);
  });

  it('behavior: a 5xx from the snapshot is a snapshotFailed resync with the policy delay', () => {
    const ts = testScheduler();
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable }) => {
      const unavailable = new BinanceApiError({ code: -1008, msg: 'Server is currently overloaded.', status: 503, endpoint: DEPTH });
      const updates = hot('  -a 105ms b', wire);
      const stream = bookStream(ts, { updates$: updates, snapshot$: snapshots([cold('-#', undefined, unavailable), cold('-(s|)', { s: at103 })]) });
      calls = stream.calls;
      // fails at 2, retried at 102, b at 107 asks for the snapshot again, in sync at 108
      expectObservable(stream.book$).toBe('- 107ms x', { x: expect.objectContaining({ id: 104 }) });
    });
    expect(calls?.resyncs).toEqual([{ at: 2, reason: 'snapshotFailed', expected: undefined, received: undefined }]);
  });

  it('behavior: a RateLimitError from the snapshot waits its retryAfterMs, not the policy delay', () => {
    const ts = testScheduler();
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const limited = new RateLimitError({ code: -1003, msg: 'Too much request weight used.', status: 429, endpoint: DEPTH }, 5000);
      const updates = hot('  -a 4000ms b 1010ms b', wire);
      const first = cold<BookState>('    -#', undefined, limited);
      const second = cold('   -(s|)', { s: at103 });
      const stream = bookStream(ts, { updates$: updates, snapshot$: snapshots([first, second]) });
      calls = stream.calls;
      // the event at 4002 falls in the wait (2 + 5000): nobody listens; the one at 5013 starts the resync
      expectObservable(stream.book$, '^ 6s !').toBe('- 5013ms x', { x: expect.objectContaining({ id: 104 }) });
      expectSubscriptions(second.subscriptions).toBe('5013ms ^!');
    });
    expect(calls?.resyncs).toEqual([{ at: 2, reason: 'snapshotFailed', expected: undefined, received: undefined }]);
    expect(calls?.policy).toEqual([]);
  });

  it('behavior: carrierDropped$ is a reconnect resync: the book is rebuilt from a fresh snapshot', () => {
    const ts = testScheduler();
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('  -a-b 106ms d', wire);
      const dropped = hot('  -----x', { x: 'closed' });
      const stream = bookStream(ts, { updates$: updates, carrierDropped$: dropped, snapshot$: snapshots([cold('-(s|)', { s: at103 }), cold('-(s|)', { s: at109 })]) });
      calls = stream.calls;
      expectObservable(stream.book$).toBe('--xy 107ms z', {
        x: expect.objectContaining({ id: 103 }),
        y: expect.objectContaining({ id: 104 }),
        z: expect.objectContaining({ id: 110 }),
      });
      expectSubscriptions(updates.subscriptions).toBe('^');
      expectSubscriptions(dropped.subscriptions).toBe(['^----!', '105ms ^']);
    });
    expect(calls?.resyncs).toEqual([{ at: 5, reason: 'reconnect', expected: undefined, received: undefined }]);
  });

  it('behavior: an undecodable diff payload is reported to onDecodeError and resyncs (decodeError)', () => {
    const ts = testScheduler();
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable }) => {
      const updates = hot('  -a-x 106ms d', wire);
      const stream = bookStream(ts, { updates$: updates, snapshot$: snapshots([cold('-(s|)', { s: at103 }), cold('-(s|)', { s: at109 })]) });
      calls = stream.calls;
      expectObservable(stream.book$).toBe('--x 108ms z', { x: expect.objectContaining({ id: 103 }), z: expect.objectContaining({ id: 110 }) });
    });
    expect(calls?.resyncs).toEqual([{ at: 3, reason: 'decodeError', expected: undefined, received: undefined }]);
    expect(calls?.decodeErrors).toHaveLength(1);
    expect(calls?.decodeErrors[0]).toBeInstanceOf(DecodeError);
    expect(calls?.decodeErrors[0]?.payload).toBe(wire.x);
  });

  it('error: when the policy abandons, the book errors with StreamAbandonedError carrying the last resync', () => {
    const ts = testScheduler();
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const unavailable = new BinanceApiError({ code: -1008, msg: 'Server is currently overloaded.', status: 503, endpoint: DEPTH });
      // one event after each retry: fails at 2, 111, 221, 331; the fourth failure is abandoned
      const updates = hot('  -a 108ms a 109ms a 109ms a 109ms a', wire);
      const stream = bookStream(ts, { updates$: updates, snapshot$: cold('-#', undefined, unavailable) });
      calls = stream.calls;
      expectObservable(stream.book$).toBe('- 330ms (x|)', { x: { name: 'StreamAbandonedError', fails: 4 } });
      expectSubscriptions(updates.subscriptions).toBe('^ 330ms !');
    });
    expect(calls?.policy.map((p) => [p.at, p.fails])).toEqual([
      [2, 1],
      [111, 2],
      [221, 3],
      [331, 4],
    ]);
    expect(calls?.resyncs.map((r) => r.reason)).toEqual(['snapshotFailed', 'snapshotFailed', 'snapshotFailed', 'snapshotFailed']);
    const [abandoned] = calls?.errors ?? [];
    expect(abandoned).toBeInstanceOf(StreamAbandonedError);
    const resync = (abandoned as StreamAbandonedError).cause;
    expect(resync).toBeInstanceOf(OrderBookResyncError);
    expect((resync as OrderBookResyncError).reason).toBe('snapshotFailed');
    expect((resync as OrderBookResyncError).cause).toBeInstanceOf(BinanceApiError);
  });

  it('error: an error of the diff stream itself passes through untouched (the stream layer already retried)', () => {
    const ts = testScheduler();
    const given = new StreamAbandonedError(2, new Error('socket'));
    let calls: Calls | undefined;
    ts.run(({ hot, cold, expectObservable }) => {
      const updates = hot('  -a--#', wire, given);
      const stream = bookStream(ts, { updates$: updates, snapshot$: cold('-(s|)', { s: at103 }) });
      calls = stream.calls;
      expectObservable(stream.book$).toBe('--x-(e|)', { x: expect.objectContaining({ id: 103 }), e: { name: 'StreamAbandonedError', fails: 2 } });
    });
    expect(calls?.errors).toEqual([given]);
    expect(calls?.errors[0]).toBe(given);
    expect(calls?.resyncs).toEqual([]);
  });

  it('teardown: unsubscribing the book unsubscribes the diff stream, the drop signal and a pending snapshot', () => {
    const ts = testScheduler();
    ts.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('  -a----', wire);
      const dropped = hot('  ------');
      const snapshot = cold(' -----(s|)', { s: at103 });
      const stream = bookStream(ts, { updates$: updates, carrierDropped$: dropped, snapshot$: snapshot });
      expectObservable(stream.book$, '^---!').toBe('-');
      expectSubscriptions(updates.subscriptions).toBe('^---!');
      expectSubscriptions(dropped.subscriptions).toBe('^---!');
      expectSubscriptions(snapshot.subscriptions).toBe('-^--!');
    });
  });

  it('default: the diff stream completing completes the book', () => {
    const ts = testScheduler();
    ts.run(({ hot, cold, expectObservable }) => {
      const updates = hot('  -a-b-|', wire);
      const stream = bookStream(ts, { updates$: updates, snapshot$: cold('-(s|)', { s: at103 }) });
      expectObservable(stream.book$).toBe('--xy-|', { x: expect.objectContaining({ id: 103 }), y: expect.objectContaining({ id: 104 }) });
    });
  });
});
