import { defer } from 'rxjs';
import { StreamAbandonedError } from '../../../lib/errors/stream-errors.js';
import { SocketClosedError } from '../../../lib/errors/transport-errors.js';
import { backoffPolicy, noRetryPolicy, type RetryPolicy } from '../../../lib/transport/socket/retry-policy.js';
import { retryWithPolicy, type ScheduledRetry } from '../../../lib/transport/socket/retry-with-policy.js';
import { testScheduler } from '../../support/marbles.js';

const dropped = new SocketClosedError('ws://x/stream', { code: 1006, opened: true });
const fixed =
  (delays: number[], abandonAfter = Infinity): RetryPolicy =>
  ({ fails }) => ({ abandon: fails > abandonAfter, delayMs: delays[fails - 1] ?? 0 });

describe('retryWithPolicy', () => {
  it('behavior: resubscribes after each policy delay', () => {
    const scheduled: ScheduledRetry[] = [];
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('--#', undefined, dropped);
      const result = source.pipe(retryWithPolicy(fixed([3, 5], 2), (r) => scheduled.push(r)));
      //                    2 fail, 3 wait, 2 fail, 5 wait, 2 fail → abandon at 14
      expectObservable(result).toBe('--------------#', undefined, new StreamAbandonedError(3, dropped));
      expectSubscriptions(source.subscriptions).toBe(['^-!', '-----^-!', '------------^-!']);
    });
    expect(scheduled.map((r) => [r.fails, r.delayMs])).toEqual([
      [1, 3],
      [2, 5],
    ]);
  });

  it('behavior: the failure count restarts once the source emits', () => {
    const seen: number[] = [];
    const policy: RetryPolicy = ({ fails }) => {
      seen.push(fails);
      return { abandon: false, delayMs: 1 };
    };
    testScheduler().run(({ cold, expectObservable }) => {
      const failing = cold('-#', undefined, dropped);
      const healthy = cold('a-#', { a: 1 }, dropped);
      let attempt = 0;
      const source = defer(() => (++attempt === 3 ? healthy : failing));
      // fail at 1, retry at 2, fail at 3, retry at 4 (healthy: emits at 4, fails at 6), retry at 7 …
      expectObservable(source.pipe(retryWithPolicy(policy)), '^-------!').toBe('----a---', { a: 1 });
    });
    expect(seen).toEqual([1, 2, 1]);
  });

  it('error: non-transport errors pass through without a retry', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const boom = new TypeError('bug');
      const source = cold('-#', undefined, boom);
      expectObservable(source.pipe(retryWithPolicy(fixed([1])))).toBe('-#', undefined, boom);
      expectSubscriptions(source.subscriptions).toBe('^!');
    });
  });

  it('error: noRetryPolicy abandons at the first failure', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const source = cold('---#', undefined, dropped);
      expectObservable(source.pipe(retryWithPolicy(noRetryPolicy))).toBe('---#', undefined, new StreamAbandonedError(1, dropped));
    });
  });
});

describe('backoffPolicy', () => {
  it('default: full jitter under a ceiling doubling from 500 ms to 30 s, never abandoning', () => {
    const top = backoffPolicy({ random: () => 0.999999 });
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((fails) => top({ fails, error: dropped }));
    expect(ceilings.map((d) => d.delayMs)).toEqual([499, 999, 1999, 3999, 7999, 15999, 29999, 29999, 29999]);
    expect(ceilings.every((d) => !d.abandon)).toBe(true);
    expect(backoffPolicy({ random: () => 0 })({ fails: 9, error: dropped }).delayMs).toBe(0);
  });

  it('args: honours initialMs and maxMs', () => {
    const policy = backoffPolicy({ initialMs: 100, maxMs: 250, random: () => 0.5 });
    expect([1, 2, 3, 4].map((fails) => policy({ fails, error: dropped }).delayMs)).toEqual([50, 100, 125, 125]);
  });

  it('behavior: delays spread over the whole range (seeded)', () => {
    let seed = 42;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const policy = backoffPolicy({ random });
    const delays = Array.from({ length: 1000 }, () => policy({ fails: 3, error: dropped }).delayMs);
    expect(Math.min(...delays)).toBeLessThan(100);
    expect(Math.max(...delays)).toBeGreaterThan(1900);
    expect(delays.every((d) => d >= 0 && d < 2000)).toBe(true);
  });
});
