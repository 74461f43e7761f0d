import { merge, of, switchMap, timer } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { RateLimitTracker } from '../../lib/rate-limit/rate-limit-tracker.js';
import { WeightGate } from '../../lib/rate-limit/weight-gate.js';
import { testScheduler } from '../support/marbles.js';

/** A gate and its tracker on the scheduler's virtual clock. */
function gateOn(ts: TestScheduler): { gate: WeightGate; tracker: RateLimitTracker } {
  const tracker = new RateLimitTracker(() => ts.now());
  return { gate: new WeightGate(tracker, () => ts.now()), tracker };
}

/** What a WS-API response reports (`spec/spot-ws-api.md` §3), for `REQUEST_WEIGHT` per minute. */
const weight = (limit: number, count: number): unknown[] => [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit, count }];

describe('WeightGate', () => {
  it('default: before the exchange reported its limit, gated requests go one at a time (polling every 50 ms)', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const { gate } = gateOn(ts);
      const a = cold('--a|');
      const b = cold('--b|');
      const c = cold('--c|');
      expectObservable(merge(gate.run(10, a), gate.run(10, b), gate.run(10, c))).toBe('--a 49ms b 49ms c|');
      expectSubscriptions(a.subscriptions).toBe('^--!');
      expectSubscriptions(b.subscriptions).toBe('50ms ^--!');
      expectSubscriptions(c.subscriptions).toBe('100ms ^--!');
    });
  });

  it('behavior: usage from REST headers alone (no limit) still means one at a time', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { gate, tracker } = gateOn(ts);
      tracker.recordHeaders(new Headers({ 'x-mbx-used-weight-1m': '5' }));
      expectObservable(merge(gate.run(1, cold('--a|')), gate.run(1, cold('--b|')))).toBe('--a 49ms b|');
    });
  });

  it('behavior: with the limit known, admits at once as long as used + in flight + weight fits in 80% of it', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const { gate, tracker } = gateOn(ts);
      tracker.recordWsApi(weight(100, 20));
      // budget 80: 20 used + 3 × 20 in flight fills it; the fourth waits for answers
      const requests = ['a', 'b', 'c', 'd'].map((v) => cold(`-----${v}|`));
      expectObservable(merge(...requests.map((r) => gate.run(20, r)))).toBe('-----(abc) 45ms d|');
      requests.forEach((r, i) => expectSubscriptions(r.subscriptions).toBe(i < 3 ? '^-----!' : '50ms ^-----!'));
    });
  });

  it('behavior: when the minute is full, waits for the next calendar minute (not 60 s from now)', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const { gate, tracker } = gateOn(ts);
      tracker.recordWsApi(weight(100, 80));
      const late = timer(45_000).pipe(switchMap(() => gate.run(10, of('a'))));
      expectObservable(late).toBe('60001ms (a|)');
    });
  });

  it('behavior: weight reported in an earlier minute does not count in this one', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const { gate, tracker } = gateOn(ts);
      tracker.recordWsApi(weight(100, 80));
      expectObservable(timer(61_000).pipe(switchMap(() => gate.run(10, of('a'))))).toBe('61000ms (a|)');
    });
  });

  it('behavior: a request heavier than the whole budget goes alone in a fresh minute rather than never', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const { gate, tracker } = gateOn(ts);
      tracker.recordWsApi(weight(100, 1));
      expectObservable(gate.run(500, of('a'))).toBe('60001ms (a|)');
    });
  });

  it('behavior: block(retryAfterMs) holds every gated request until then, and a shorter block does not shorten it', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const { gate, tracker } = gateOn(ts);
      tracker.recordWsApi(weight(6000, 0));
      gate.block(5000);
      gate.block(1000);
      const a = cold('-a');
      const b = cold('-b');
      expectObservable(merge(gate.run(1, a), gate.run(1, b))).toBe('5001ms (ab)');
      expectSubscriptions(a.subscriptions).toBe('5000ms ^');
      expectSubscriptions(b.subscriptions).toBe('5000ms ^');
    });
  });

  it('behavior: a block made later counts from then, and holds requests already waiting', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { gate, tracker } = gateOn(ts);
      tracker.recordWsApi(weight(100, 80));
      // waiting for the next minute (60001) when a 429 at 100 says: nothing for 90 s
      ts.schedule(() => gate.block(90_000), 100);
      expectObservable(gate.run(10, cold('a'))).toBe('90100ms a');
    });
  });

  it('teardown: an abandoned request frees its weight, and a request unsubscribed while waiting is never made', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const { gate } = gateOn(ts);
      const slow = cold('-------------a');
      const waiting = cold('b');
      const next = cold('c');
      expectObservable(gate.run(1, slow), '^---!').toBe('-');
      expectObservable(gate.run(1, waiting), '^-!').toBe('-');
      expectObservable(timer(10).pipe(switchMap(() => gate.run(1, next)))).toBe('10ms c');
      expectSubscriptions(slow.subscriptions).toBe('^---!');
      expectSubscriptions(waiting.subscriptions).toBe([]);
    });
  });
});
