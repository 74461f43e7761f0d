import { connect, type Observer, ReplaySubject, share, Subject, type SubjectLike, type Unsubscribable } from 'rxjs';
import { RelaySubject } from '../../lib/internal/relay-subject.js';
import { seededRandom } from '../../lib/testing/index.js';
import { testScheduler } from '../support/marbles.js';

/** What one observer saw, as text: `a`, `b`…, `E:<error>`, `C`. */
function recorder(log: string[], name: string): Observer<string> {
  return {
    next: (v) => log.push(`${name}:${v}`),
    error: (e: unknown) => log.push(`${name}:E:${String(e)}`),
    complete: () => log.push(`${name}:C`),
  };
}

describe('RelaySubject', () => {
  it('default: multicasts every value to every observer, in subscription order', () => {
    const relay = new RelaySubject<string>();
    const log: string[] = [];
    relay.subscribe(recorder(log, '1'));
    relay.next('a');
    relay.subscribe(recorder(log, '2'));
    relay.next('b');
    relay.complete();
    relay.next('c');
    expect(log).toEqual(['1:a', '1:b', '2:b', '1:C', '2:C']);
    expect(relay.observerCount).toBe(0);
  });

  it('behavior: replayLatest gives a late subscriber the latest value, then what follows; after an error the latest and the error', () => {
    const relay = new RelaySubject<string>({ replayLatest: true });
    const log: string[] = [];
    relay.subscribe(recorder(log, 'late0')); // nothing yet: nothing replayed
    relay.next('a');
    relay.next('b');
    relay.subscribe(recorder(log, 'late1'));
    relay.next('c');
    relay.error('boom');
    relay.subscribe(recorder(log, 'late2'));
    expect(log).toEqual(['late0:a', 'late0:b', 'late1:b', 'late0:c', 'late1:c', 'late0:E:boom', 'late1:E:boom', 'late2:c', 'late2:E:boom']);
  });

  it('behavior: an observer added during an emission misses that value; one removed during it still gets it', () => {
    const relay = new RelaySubject<string>();
    const log: string[] = [];
    let second: Unsubscribable | undefined;
    relay.subscribe({
      ...recorder(log, '1'),
      next: (v) => {
        log.push(`1:${v}`);
        if (v === 'a') relay.subscribe(recorder(log, 'added'));
        if (v === 'b') second?.unsubscribe();
      },
    });
    second = relay.subscribe(recorder(log, '2'));
    relay.next('a');
    relay.next('b');
    relay.next('c');
    expect(log).toEqual(['1:a', '2:a', '1:b', '2:b', 'added:b', '1:c', 'added:c']);
  });

  it('teardown: under share, a subscriber that leaves is detached (the observer list stays bounded)', () => {
    const source = new Subject<number>();
    const relays: RelaySubject<number>[] = [];
    const shared$ = source.pipe(
      share({
        connector: () => {
          const relay = new RelaySubject<number>({ replayLatest: true });
          relays.push(relay);
          return relay;
        },
        resetOnRefCountZero: false,
      }),
    );
    const keeper = shared$.subscribe();
    for (let i = 0; i < 100; i++) shared$.subscribe().unsubscribe();
    source.next(1);
    expect(relays).toHaveLength(1);
    expect(relays[0]?.observerCount).toBe(1);
    keeper.unsubscribe();
    expect(relays[0]?.observerCount).toBe(0);
  });

  it('behavior: as the connector of share and connect, marbles match Subject and ReplaySubject(1)', () => {
    const cases: [string, () => SubjectLike<string>, () => SubjectLike<string>][] = [
      ['plain', () => new RelaySubject<string>(), () => new Subject<string>()],
      ['replay', () => new RelaySubject<string>({ replayLatest: true }), () => new ReplaySubject<string>(1)],
    ];
    for (const [, relay, reference] of cases) {
      const outputs: string[][] = [];
      for (const connector of [relay, reference]) {
        testScheduler().run(({ cold, hot, expectObservable }) => {
          const source = hot('--a--b--c--d--#', undefined, 'x');
          const shared$ = source.pipe(share({ connector, resetOnRefCountZero: false }));
          const seen: string[] = [];
          const record = (name: string): Partial<Observer<string>> => ({
            next: (v) => seen.push(`${name}${v}`),
            error: () => seen.push(`${name}#`),
          });
          shared$.subscribe(record('A'));
          cold('----|').subscribe({ complete: () => shared$.subscribe(record('B')) });
          cold('-------|').subscribe({ complete: () => shared$.subscribe(record('C')) });
          expectObservable(source.pipe(connect((s$) => s$, { connector }))).toBe('--a--b--c--d--#', undefined, 'x');
          cold('---------------|').subscribe({ complete: () => outputs.push(seen) });
        });
      }
      expect(outputs[0]?.length).toBeGreaterThan(4);
      expect(outputs[0]).toEqual(outputs[1]);
    }
  });

  it('behavior (property, seeded): random next/subscribe/unsubscribe/error/complete sequences deliver what ReplaySubject(1) and Subject deliver', () => {
    for (const replayLatest of [false, true]) {
      for (let seed = 1; seed <= 200; seed++) {
        const ours = runWith(seededRandom(seed), new RelaySubject<string>({ replayLatest }));
        const theirs = runWith(seededRandom(seed), replayLatest ? new ReplaySubject<string>(1) : new Subject<string>());
        expect(ours).toEqual(theirs);
      }
    }
  });
});

/** Applies a random sequence of operations (the same for the same generator) and logs what observers saw. */
function runWith(random: () => number, subject: SubjectLike<string>): string[] {
  const log: string[] = [];
  const subscriptions: Unsubscribable[] = [];
  for (let step = 0; step < 40; step++) {
    const r = random();
    if (r < 0.45) subject.next(`v${step}`);
    else if (r < 0.7) subscriptions.push(subject.subscribe(recorder(log, `o${step}`)));
    else if (r < 0.9) subscriptions.splice(Math.floor(random() * subscriptions.length), 1)[0]?.unsubscribe();
    else if (r < 0.95) subject.error(`e${step}`);
    else subject.complete();
  }
  return log;
}
