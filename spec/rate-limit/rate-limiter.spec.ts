import { asyncScheduler, map, Observable } from 'rxjs';
import { IpBannedError, RateLimitError } from '../../lib/errors/api-error.js';
import { RateLimitReachedError } from '../../lib/errors/rate-limit-reached-error.js';
import type { RateLimitSnapshot } from '../../lib/rate-limit/rate-limit-snapshot.js';
import { type Admission, RateLimiter } from '../../lib/rate-limit/rate-limiter.js';
import { testScheduler } from '../support/marbles.js';
import { at } from '../support/mux-harness.js';

const request = (weight: number, extra: Partial<Admission> = {}): Admission => ({ name: 'ticker.price', charge: { requestWeight: weight, rawRequests: 1 }, kind: 'request', guard: true, ...extra });
const order = (extra: Partial<Admission> = {}): Admission => ({ name: 'order.place', charge: { requestWeight: 1, rawRequests: 1, orders: 1 }, kind: 'order', guard: true, ...extra });
const mapTo = <T>(value: T) => map(() => value);
const windowOf = (s: RateLimitSnapshot, type: string, interval: string) => s.windows.find((w) => w.type === type && w.interval === interval);
const headers = (entries: Record<string, string>) => ({ forEach: (fn: (value: string, name: string) => void) => Object.entries(entries).forEach(([k, v]) => fn(v, k)) });
/** A small spot limiter: REQUEST_WEIGHT 100 per minute (budget 90), ORDERS 3 per 10 s. */
function smallLimiter(): RateLimiter {
  const limiter = new RateLimiter('spot');
  limiter.applyExchangeLimits([
    { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 100 },
    { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 3 },
  ]);
  return limiter;
}

describe('RateLimiter', () => {
  it('default: Binance\'s spot windows until the exchange says otherwise (spec/rest.md §6, spot-streams.md §2)', () => {
    testScheduler().run(() => {
      const s = new RateLimiter('spot').snapshot();
      expect(s.windows.map((w) => `${w.scope} ${w.type} ${w.interval} ${w.limit}`)).toEqual([
        'ip requestWeight 1m 6000',
        'ip rawRequests 5m 300000',
        'account orders 10s 50',
        'account orders 1d 160000',
        'ip connections 5m 300',
        'connection messages 1s 5',
        'connection streams open 1024',
      ]);
      expect(s).toMatchObject({ pending: 0, retryAfterMs: undefined, throttled: false, maxUtilization: 0 });
      expect(new RateLimiter('usdm').snapshot().windows.map((w) => `${w.type} ${w.interval} ${w.limit}`)).toContain('requestWeight 1m 2400');
    });
  });

  it('behavior: a request over budget waits (an observable delay) until the calendar window rolls over, counted as pending', () => {
    testScheduler().run(({ expectObservable }) => {
      const limiter = smallLimiter();
      const admitted = (a: Admission): Observable<string> => limiter.admit$(a).pipe(mapTo('a'));
      expectObservable(admitted(request(80))).toBe('(a|)');
      expectObservable(admitted(request(10))).toBe('(a|)');
      // 90 used of a budget of 90: the next waits for the minute at 60000
      expectObservable(admitted(request(5))).toBe('60s (a|)');
      at(1000, () => expect(limiter.snapshot()).toMatchObject({ pending: 1, throttled: true }));
      at(1000, () => expect(windowOf(limiter.snapshot(), 'requestWeight', '1m')).toMatchObject({ used: 90, pending: 1, utilization: 0.9 }));
      at(60_001, () => expect(limiter.snapshot()).toMatchObject({ pending: 0, throttled: false }));
      at(60_001, () => expect(windowOf(limiter.snapshot(), 'requestWeight', '1m')?.used).toBe(5));
    });
  });

  it('error: an order over its window never waits: RateLimitReachedError at once with the time to room', () => {
    testScheduler().run(({ expectObservable }) => {
      const limiter = smallLimiter();
      at(2000, () => {
        for (let i = 0; i < 3; i++) limiter.admit$(order()).subscribe();
      });
      const fourth = limiter.admit$(order());
      let error: unknown;
      at(2500, () => fourth.subscribe({ error: (e: unknown) => (error = e) }));
      at(2501, () => {
        expect(error).toBeInstanceOf(RateLimitReachedError);
        expect(error).toMatchObject({ retryAfterMs: 7500, window: 'orders/10s', endpoint: 'order.place' });
      });
      // the next 10 s window has room again
      expectObservable(limiter.admit$(order()).pipe(mapTo('a')), '10s ^').toBe('10s (a|)');
    });
  });

  it('behavior: X-MBX-USED-WEIGHT-* and X-MBX-ORDER-COUNT-* headers raise the counts (case-insensitive) and expire after one interval', () => {
    testScheduler().run(() => {
      const limiter = smallLimiter();
      at(1000, () => limiter.recordHeaders(headers({ 'x-mbx-used-weight-1m': '42', 'X-MBX-ORDER-COUNT-10S': '2', 'x-mbx-used-weight-1m-bogus': '9', 'content-type': 'json' })));
      at(1001, () => {
        expect(windowOf(limiter.snapshot(), 'requestWeight', '1m')).toMatchObject({ used: 42, source: 'header' });
        expect(windowOf(limiter.snapshot(), 'orders', '10s')).toMatchObject({ used: 2, source: 'header' });
      });
      at(10_000, () => expect(windowOf(limiter.snapshot(), 'orders', '10s')).toMatchObject({ used: 0, source: 'client' }));
      at(60_000, () => expect(windowOf(limiter.snapshot(), 'requestWeight', '1m')).toMatchObject({ used: 0, source: 'client' }));
    });
  });

  it('behavior: WS-API rateLimits raise counts and teach limits not known yet (a 1-second weight window)', () => {
    testScheduler().run(() => {
      const limiter = new RateLimiter('spot');
      limiter.recordWsApi([
        { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 322 },
        { rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 1, limit: 50, count: 49 },
        { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 40, count: 13 },
        { malformed: true },
      ]);
      const s = limiter.snapshot();
      expect(windowOf(s, 'requestWeight', '1m')).toMatchObject({ used: 322, limit: 6000 });
      expect(windowOf(s, 'requestWeight', '1s')).toMatchObject({ used: 49, limit: 50 });
      expect(windowOf(s, 'orders', '10s')).toMatchObject({ used: 13, limit: 40 });
      // the 1-second window is full (budget 45): a request waits for the next second
      let admitted = false;
      const waiting = limiter.admit$(request(1)).subscribe(() => (admitted = true));
      expect(admitted).toBe(false);
      expect(limiter.snapshot().pending).toBe(1);
      waiting.unsubscribe();
    });
  });

  it('behavior: a count that came with the answer to a call sent in the last window is not taken for this window\'s (the call stays counted here)', () => {
    testScheduler().run(() => {
      const limiter = smallLimiter();
      const weight1m = (count: number) => [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 100, count }];
      const answer$ = (answerAt: number, count: number) => (answered: () => void) =>
        new Observable<number>((subscriber) => {
          const timer = asyncScheduler.schedule(() => {
            answered(); // as the requesters do: the reply is answered, then its counts are recorded
            limiter.recordWsApi(weight1m(count));
            subscriber.next(count);
            subscriber.complete();
          }, answerAt);
          return () => timer.unsubscribe();
        });
      // sent at 0:59.990, answered at 1:00.010 with the old minute's count
      at(59_990, () => limiter.run$(request(2), answer$(20, 88)).subscribe());
      at(60_011, () => expect(windowOf(limiter.snapshot(), 'requestWeight', '1m')).toMatchObject({ used: 2, source: 'client' }));
      // sent well inside the new minute: its count is this minute's (another client's calls included)
      at(60_500, () => limiter.run$(request(1), answer$(10, 40)).subscribe());
      at(60_511, () => expect(windowOf(limiter.snapshot(), 'requestWeight', '1m')).toMatchObject({ used: 40, source: 'header' }));
    });
  });

  it('behavior: exchangeInfo rateLimits replace the windows of the types they list, keeping the rest', () => {
    testScheduler().run(() => {
      const limiter = new RateLimiter('spot');
      limiter.applyExchangeLimits([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 10, limit: 500 }, { rateLimitType: 'UNKNOWN', interval: 'MINUTE', intervalNum: 1, limit: 1 }]);
      const types = limiter.snapshot().windows.map((w) => `${w.type} ${w.interval} ${w.limit}`);
      expect(types).toContain('requestWeight 10s 500');
      expect(types).not.toContain('requestWeight 1m 6000');
      expect(types).toContain('orders 10s 50');
    });
  });

  it('behavior: a 429 block fails every IP request meanwhile with RateLimitError and the time left; a 418 with IpBannedError; then requests go again', () => {
    testScheduler().run(({ expectObservable }) => {
      const limiter = smallLimiter();
      at(1000, () => limiter.block('ip', 5000, false));
      const errors: unknown[] = [];
      at(3000, () => limiter.admit$(request(1)).subscribe({ error: (e: unknown) => errors.push(e) }));
      at(3001, () => {
        expect(errors[0]).toBeInstanceOf(RateLimitError);
        expect(errors[0]).toMatchObject({ retryAfterMs: 3000, status: 429, endpoint: 'ticker.price' });
        expect(limiter.snapshot()).toMatchObject({ retryAfterMs: 2999, throttled: true });
      });
      at(4000, () => limiter.block('ip', 10_000, true));
      at(4001, () => limiter.admit$(order()).subscribe({ error: (e: unknown) => errors.push(e) }));
      at(4002, () => expect(errors[1]).toBeInstanceOf(IpBannedError));
      at(4002, () => expect(errors[1]).toMatchObject({ retryAfterMs: 9999, status: 418 }));
      expectObservable(limiter.admit$(request(1)).pipe(mapTo('a')), '14s ^').toBe('14s (a|)');
      at(14_001, () => expect(limiter.snapshot()).toMatchObject({ retryAfterMs: undefined, throttled: false }));
    });
  });

  it('behavior: an account block (-1015) refuses orders only; a shorter block never shortens a longer one', () => {
    testScheduler().run(({ expectObservable }) => {
      const limiter = smallLimiter();
      limiter.block('account', 8000, false);
      limiter.block('account', 1000, false);
      expectObservable(limiter.admit$(request(1)).pipe(mapTo('a'))).toBe('(a|)');
      let error: unknown;
      at(5000, () => limiter.admit$(order()).subscribe({ error: (e: unknown) => (error = e) }));
      at(5001, () => expect(error).toMatchObject({ retryAfterMs: 3000, code: -1015 }));
    });
  });

  it('behavior: with the guard off, usage is counted but nothing waits or fails', () => {
    testScheduler().run(({ expectObservable }) => {
      const limiter = smallLimiter();
      limiter.block('ip', 60_000, true);
      for (let i = 0; i < 4; i++) expectObservable(limiter.admit$(order({ guard: false })).pipe(mapTo('a'))).toBe('(a|)');
      expectObservable(limiter.admit$(request(500, { guard: false })).pipe(mapTo('a'))).toBe('(a|)');
      at(1, () => expect(windowOf(limiter.snapshot(), 'requestWeight', '1m')).toMatchObject({ used: 504, utilization: 5.04 }));
      at(1, () => expect(windowOf(limiter.snapshot(), 'orders', '10s')?.used).toBe(4));
    });
  });

  it('behavior: background calls (order-book snapshots) leave the last 10% of the IP\'s limit to the user', () => {
    testScheduler().run(({ expectObservable }) => {
      const limiter = smallLimiter();
      expectObservable(limiter.admit$(request(76)).pipe(mapTo('a'))).toBe('(a|)');
      // 76 + 5 + 10 headroom > 90: the snapshot waits; the user's own request of 5 does not
      expectObservable(limiter.admit$(request(5, { kind: 'background' })).pipe(mapTo('a'))).toBe('60s (a|)');
      expectObservable(limiter.admit$(request(5)).pipe(mapTo('a'))).toBe('(a|)');
    });
  });

  it('behavior: until the exchange told its weight limit, background calls go one at a time; then together within the budget', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const limiter = new RateLimiter('spot');
      const snapshot = (i: number) => limiter.run$(request(50, { kind: 'background' }), cold('--(s|)', { s: i }));
      // the first answer takes 2 ms; the others wait for it
      expectObservable(snapshot(1)).toBe('--(s|)', { s: 1 });
      expectObservable(snapshot(2)).toBe('----(s|)', { s: 2 });
      expectObservable(snapshot(3)).toBe('------(s|)', { s: 3 });
      at(6, () => limiter.recordWsApi([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 150 }]));
      // the limit is known: two at once
      expectObservable(snapshot(4), '------- ^').toBe('------- --(s|)', { s: 4 });
      expectObservable(snapshot(5), '------- ^').toBe('------- --(s|)', { s: 5 });
    });
  });

  it('teardown: a call unsubscribed while waiting is never counted and leaves nothing pending', () => {
    testScheduler().run(({ expectObservable }) => {
      const limiter = smallLimiter();
      limiter.admit$(request(90)).subscribe();
      expectObservable(limiter.admit$(request(50)), '^ 10s !').toBe('');
      at(10_001, () => expect(limiter.snapshot()).toMatchObject({ pending: 0, throttled: false }));
      at(60_001, () => expect(windowOf(limiter.snapshot(), 'requestWeight', '1m')?.used).toBe(0));
    });
  });

  it('behavior: snapshot$ emits at once, on each change, and when a window rolls over; not when nothing a reader sees changed', () => {
    testScheduler().run(({ expectObservable }) => {
      const limiter = smallLimiter();
      at(1000, () => limiter.admit$(request(30)).subscribe());
      at(2000, () => limiter.recordHeaders(headers({ 'content-type': 'json' })));
      at(3000, () => limiter.recordHeaders(headers({ 'x-mbx-used-weight-1m': '10' }))); // lower than ours: nothing changes
      const used$ = limiter.snapshot$.pipe(map((s) => windowOf(s, 'requestWeight', '1m')?.used ?? -1));
      expectObservable(used$, '^ 70s !').toBe('a 999ms b 58999ms c', { a: 0, b: 30, c: 0 });
    });
  });

  it('behavior: connection windows show the busiest connection, and a released connection leaves them', () => {
    testScheduler().run(() => {
      const limiter = new RateLimiter('spot');
      const a = limiter.connection('spot/stream#1', 5, 1024);
      const b = limiter.connection('spot/stream#2', 5, 1024);
      a.setStreams(10);
      b.setStreams(700);
      a.recordMessage(0);
      a.recordMessage(0);
      b.recordMessage(0);
      const s = limiter.snapshot();
      expect(windowOf(s, 'streams', 'open')).toMatchObject({ scope: 'connection', used: 700, limit: 1024 });
      expect(windowOf(s, 'messages', '1s')).toMatchObject({ used: 2, limit: 5 });
      b.release();
      expect(windowOf(limiter.snapshot(), 'streams', 'open')?.used).toBe(10);
      expect(limiter.connection('spot/stream#1', 5, 1024)).toBe(a);
    });
  });

  it('error: a limiter is for one known market', () => {
    expect(() => new RateLimiter('nope' as 'spot')).toThrow(TypeError);
  });
});
