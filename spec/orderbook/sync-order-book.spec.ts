import { catchError, map, type Observable, of } from 'rxjs';
import { FUTURES_SEQUENCING, SPOT_SEQUENCING, type BookSequencing } from '../../lib/orderbook/book-sequencing.js';
import type { BookState } from '../../lib/orderbook/book-state.js';
import type { DepthUpdate } from '../../lib/orderbook/depth-update.js';
import { BUFFERING, stepSync, syncOrderBook } from '../../lib/orderbook/sync-order-book.js';
import { bookSummary, depthUpdate, errorSummary, snapshotBook } from '../support/depth-wire.js';
import { testScheduler } from '../support/marbles.js';

/** The operator's output as plain values, its error as a last value: marble-friendly. */
function run(update$: Observable<DepthUpdate>, snapshot$: Observable<BookState>, sequencing: BookSequencing = SPOT_SEQUENCING, maxBuffered = 100, quietSnapshotDelayMs = 1000): Observable<unknown> {
  return update$.pipe(
    syncOrderBook({ symbol: 'BTCUSDT', sequencing, snapshot$, maxBuffered, quietSnapshotDelayMs }),
    map(bookSummary),
    catchError((error: unknown) => of(errorSummary(error))),
  );
}

const snapshot103 = snapshotBook(103, [['100.00', '1.0']], [['101', '1']]);

/** Spot events around the snapshot at 103: `a` is in it, `b` straddles it, then contiguous. */
const spot = {
  a: depthUpdate({ U: 101, u: 102, b: [['100', '2']] }),
  b: depthUpdate({ U: 103, u: 104, b: [['99', '1']] }),
  c: depthUpdate({ U: 105, u: 106, a: [['101', '0'], ['102.0', '5']] }),
  d: depthUpdate({ U: 105, u: 106, a: [['101', '9']] }),
  e: depthUpdate({ U: 107, u: 108, b: [['100.0', '0']] }),
  f: depthUpdate({ U: 107, u: 108, b: [['1', '1']] }),
};

describe('syncOrderBook', () => {
  it('default: buffers, fetches the snapshot after the first event, drops u <= lastUpdateId, emits once in sync then per applied event', () => {
    testScheduler().run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('       -a-b----c--d--e--|', spot);
      const snapshot = cold('      ----(s|)', { s: snapshot103 });
      const expected = '     -----x--y-----z--|';
      expectObservable(run(updates, snapshot)).toBe(expected, {
        x: { lastUpdateId: 104, eventTime: 104, bids: [['100', '1'], ['99', '1']], asks: [['101', '1']] },
        y: { lastUpdateId: 106, eventTime: 106, bids: [['100', '1'], ['99', '1']], asks: [['102', '5']] },
        z: { lastUpdateId: 108, eventTime: 108, bids: [['99', '1']], asks: [['102', '5']] },
      });
      expectSubscriptions(snapshot.subscriptions).toBe('-^---!');
      expectSubscriptions(updates.subscriptions).toBe('^----------------!');
    });
  });

  it('behavior: the snapshot is subscribed only once the first event arrives, and nothing is emitted before it answers', () => {
    testScheduler().run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('   ------a-b-c- 2s -', spot);
      const snapshot = cold('  -', { s: snapshot103 });
      expectObservable(run(updates, snapshot), '^----------- 2s !').toBe('-');
      expectSubscriptions(snapshot.subscriptions).toBe('------^----- 2s !');
    });
  });

  it('behavior: a quiet symbol: without events for quietSnapshotDelayMs the snapshot is fetched anyway and emitted as is; events then continue it', () => {
    testScheduler().run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('   1s -- a b c', spot);
      const snapshot = cold('    -(s|)', { s: snapshot103 });
      // a (u 102) is already in the snapshot at 103: skipped like any live event
      expectObservable(run(updates, snapshot)).toBe('1s - x - y z', {
        x: { lastUpdateId: 103, eventTime: undefined, bids: [['100', '1']], asks: [['101', '1']] },
        y: { lastUpdateId: 104, eventTime: 104, bids: [['100', '1'], ['99', '1']], asks: [['101', '1']] },
        z: expect.objectContaining({ lastUpdateId: 106 }),
      });
      expectSubscriptions(snapshot.subscriptions).toBe('1s ^!');
    });
  });

  it('error: a quiet symbol whose first event does not continue the early snapshot is a gap, not a stale snapshot', () => {
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   1s --- e', spot);
      expectObservable(run(updates, cold('-(s|)', { s: snapshot103 }))).toBe('1s -x-(g|)', {
        x: expect.objectContaining({ lastUpdateId: 103 }),
        g: { name: 'OrderBookGapError', expectedUpdateId: 104, receivedUpdateId: 107 },
      });
    });
  });

  it('behavior: no events, no snapshot request', () => {
    testScheduler().run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot<DepthUpdate>('----|');
      const snapshot = cold('(s|)', { s: snapshot103 });
      expectObservable(run(updates, snapshot)).toBe('----|');
      expectSubscriptions(snapshot.subscriptions).toBe([]);
    });
  });

  it('behavior: a snapshot newer than every buffered event emits the snapshot book, then skips stale live events', () => {
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   -a--a-b-|', spot);
      const snapshot = cold('  -(s|)', { s: snapshot103 });
      expectObservable(run(updates, snapshot)).toBe('--x---y-|', {
        x: { lastUpdateId: 103, eventTime: undefined, bids: [['100', '1']], asks: [['101', '1']] },
        y: { lastUpdateId: 104, eventTime: 104, bids: [['100', '1'], ['99', '1']], asks: [['101', '1']] },
      });
    });
  });

  it('error: a snapshot older than the first buffered event is a staleSnapshot resync (lastUpdateId < U)', () => {
    testScheduler().run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('   -b-c---', spot);
      const snapshot = cold('  ---(s|)', { s: snapshotBook(102) });
      expectObservable(run(updates, snapshot)).toBe('----(x|)', { x: { name: 'OrderBookResyncError', reason: 'staleSnapshot' } });
      expectSubscriptions(updates.subscriptions).toBe('^---!');
    });
  });

  it('behavior: a snapshot at U - 1 of the first event is stale too (the rule is strict: lastUpdateId < U)', () => {
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   -c-', spot);
      expectObservable(run(updates, cold('-(s|)', { s: snapshotBook(104) }))).toBe('--(x|)', { x: { name: 'OrderBookResyncError', reason: 'staleSnapshot' } });
    });
  });

  it('error: a live gap errors with OrderBookGapError carrying the expected and received ids', () => {
    testScheduler().run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('   -a-b--f-e-', spot);
      const snapshot = cold('  --(s|)', { s: snapshot103 });
      expectObservable(run(updates, snapshot)).toBe('---x--(g|)', {
        x: expect.objectContaining({ lastUpdateId: 104 }),
        g: { name: 'OrderBookGapError', expectedUpdateId: 105, receivedUpdateId: 107 },
      });
      expectSubscriptions(updates.subscriptions).toBe('^-----!');
    });
  });

  it('error: a gap inside the buffer is found when the snapshot arrives, before anything is emitted', () => {
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   -b-f-', spot);
      expectObservable(run(updates, cold('----(s|)', { s: snapshot103 }))).toBe('-----(g|)', {
        g: { name: 'OrderBookGapError', expectedUpdateId: 105, receivedUpdateId: 107 },
      });
    });
  });

  it('error: one event more than maxBuffered before the snapshot is a bufferOverflow resync', () => {
    testScheduler().run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const updates = hot('   -a-b-c-', spot);
      const snapshot = cold<BookState>('  -');
      expectObservable(run(updates, snapshot, SPOT_SEQUENCING, 2)).toBe('-----(x|)', { x: { name: 'OrderBookResyncError', reason: 'bufferOverflow' } });
      expectSubscriptions(snapshot.subscriptions).toBe('-^---!');
    });
  });

  it('error: a snapshot that completes empty is a snapshotFailed resync', () => {
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   -a---', spot);
      expectObservable(run(updates, cold('--|'))).toBe('---(x|)', { x: { name: 'OrderBookResyncError', reason: 'snapshotFailed' } });
    });
  });

  it('error: a failing snapshot fails the book with its error', () => {
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   -a---', spot);
      const failure = new RangeError('boom');
      expectObservable(run(updates, cold('--#', undefined, failure))).toBe('---(x|)', { x: { name: 'RangeError' } });
    });
  });

  it('behavior: futures skip u < lastUpdateId, apply the event holding it, then chain on pu (U may jump)', () => {
    const futures = {
      a: depthUpdate({ U: 90, u: 102, pu: 80, b: [['1', '1']] }),
      b: depthUpdate({ U: 102, u: 105, pu: 102, b: [['99', '1']] }),
      c: depthUpdate({ U: 110, u: 112, pu: 105, a: [['101', '0']] }),
      d: depthUpdate({ U: 113, u: 115, pu: 111, a: [['103', '1']] }),
    };
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   -a-b--c-d-', futures);
      expectObservable(run(updates, cold('---(s|)', { s: snapshot103 }), FUTURES_SEQUENCING)).toBe('----x-y-(g|)', {
        x: { lastUpdateId: 105, eventTime: 105, bids: [['100', '1'], ['99', '1']], asks: [['101', '1']] },
        y: { lastUpdateId: 112, eventTime: 112, bids: [['100', '1'], ['99', '1']], asks: [] },
        g: { name: 'OrderBookGapError', expectedUpdateId: 112, receivedUpdateId: 111 },
      });
    });
  });

  it('behavior: futures, quiet symbol: an event whose pu is the early snapshot id continues it (no spurious gap)', () => {
    // A snapshot fetched before any event (quiet path) sits at the u of the last event sent; the next
    // futures event then has U > lastUpdateId (ids jump) but pu = lastUpdateId: nothing was missed.
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   1s -- a', { a: depthUpdate({ U: 110, u: 112, pu: 103, a: [['101', '0']] }) });
      expectObservable(run(updates, cold('-(s|)', { s: snapshot103 }), FUTURES_SEQUENCING)).toBe('1s - x y', {
        x: expect.objectContaining({ lastUpdateId: 103 }),
        y: { lastUpdateId: 112, eventTime: 112, bids: [['100', '1']], asks: [] },
      });
    });
  });

  it('error: futures: the first event after the snapshot must hold it (U <= lastUpdateId <= u)', () => {
    testScheduler().run(({ hot, cold, expectObservable }) => {
      const updates = hot('   -a-b-', { a: depthUpdate({ U: 100, u: 103, pu: 99 }), b: depthUpdate({ U: 105, u: 106, pu: 103 }) });
      // snapshot at 104: a ends before it, b starts after it: the book cannot be built
      expectObservable(run(updates, cold('---(s|)', { s: snapshotBook(104) }), FUTURES_SEQUENCING)).toBe('----(g|)', {
        g: { name: 'OrderBookGapError', expectedUpdateId: 104, receivedUpdateId: 105 },
      });
    });
  });
});

describe('stepSync', () => {
  const config = { symbol: 'BTCUSDT', sequencing: SPOT_SEQUENCING, maxBuffered: 10 };

  it('default: buffers without a book, then the snapshot makes the book and flags it changed', () => {
    const buffered = stepSync(config, BUFFERING, spot.b);
    expect(buffered).toMatchObject({ book: undefined, changed: false });
    expect(buffered.buffer).toEqual([spot.b]);
    expect(BUFFERING.buffer).toEqual([]);
    const live = stepSync(config, buffered, { snapshot: snapshot103 });
    expect(live).toMatchObject({ changed: true, buffer: [], previous: spot.b });
    expect(live.book?.lastUpdateId).toBe(104);
  });

  it('behavior: a second snapshot changes nothing once live', () => {
    const live = stepSync(config, stepSync(config, BUFFERING, spot.b), { snapshot: snapshot103 });
    const again = stepSync(config, live, { snapshot: snapshotBook(200) });
    expect(again.book).toBe(live.book);
    expect(again.changed).toBe(false);
  });
});
