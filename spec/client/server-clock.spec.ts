import { TestScheduler } from 'rxjs/testing';
import { asyncScheduler, defer, delay, of } from 'rxjs';
import { ServerClock } from '../../lib/client/server-clock';

describe('ServerClock', () => {
  it('default: the offset assumes the server read its clock half-way through the round trip', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ expectObservable }) => {
      const clock = new ServerClock(() => asyncScheduler.now());
      // sent at 0, answered at 10: the server said 1005 at t=5, so the offset is +1000
      const serverTime$ = of(1005).pipe(delay(10));
      expectObservable(clock.ensureSynced(serverTime$)).toBe('10ms (a|)', { a: 1000 });
    });
  });

  it('behavior: synced once; later callers get the offset without asking the server', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ expectObservable, flush }) => {
      let asked = 0;
      const clock = new ServerClock(() => asyncScheduler.now());
      const serverTime$ = defer(() => {
        asked++;
        return of(asyncScheduler.now() + 500);
      });
      expectObservable(clock.ensureSynced(serverTime$)).toBe('(a|)', { a: 500 });
      flush();
      expect(clock.synced).toBe(true);
      expect(clock.serverNow()).toBe(asyncScheduler.now() + 500);
      expectObservable(clock.ensureSynced(serverTime$)).toBe('(a|)', { a: 500 });
      flush();
      expect(asked).toBe(1);
    });
  });

  it('behavior: concurrent resyncs share one request', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ expectObservable, flush }) => {
      let asked = 0;
      const clock = new ServerClock(() => asyncScheduler.now());
      const serverTime$ = defer(() => {
        asked++;
        return of(2000).pipe(delay(4));
      });
      expectObservable(clock.resync(serverTime$)).toBe('4ms (a|)', { a: 1998 });
      expectObservable(clock.resync(serverTime$)).toBe('4ms (a|)', { a: 1998 });
      flush();
      expect(asked).toBe(1);
    });
  });

  it('default: before any sync, serverNow is the local clock', () => {
    expect(new ServerClock(() => 1234.4).serverNow()).toBe(1234);
  });
});
