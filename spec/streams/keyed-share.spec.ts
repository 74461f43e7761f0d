import { KeyedShare } from '../../lib/streams/keyed-share.js';
import { testScheduler } from '../support/marbles.js';
import { at } from '../support/mux-harness.js';

describe('KeyedShare', () => {
  it('behavior: subscribers of one key share one upstream subscription, released with the last', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const shares = new KeyedShare<string>();
      const upstream = cold('-a-b-c-d-e-f');
      const first = shares.get('k', () => upstream);
      expectObservable(first, '^------!').toBe('-a-b-c-');
      // asked for while the first is subscribed: the same shared observable
      const seen: string[] = [];
      at(2, () => {
        const second = shares.get('k', () => cold('x'));
        expect(second).toBe(first);
        const sub = second.subscribe((v) => seen.push(v));
        at(7, () => sub.unsubscribe());
      });
      expectSubscriptions(upstream.subscriptions).toBe('^--------!');
      at(20, () => expect(seen).toEqual(['b', 'c', 'd', 'e'])); // subscribed 2..9 (at() nests relative)
    });
  });

  it('teardown: the entry is deleted once nothing subscribes, and a new upstream starts later', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const shares = new KeyedShare<string>();
      const a = cold('-a-a');
      const b = cold('-b-b');
      expectObservable(shares.get('k', () => a), '^--!').toBe('-a-');
      at(3, () => expect(shares.size).toBe(0));
      at(4, () => {
        const later = shares.get('k', () => b);
        const sub = later.subscribe();
        expect(shares.size).toBe(1);
        at(3, () => sub.unsubscribe());
      });
      expectSubscriptions(a.subscriptions).toBe('^--!');
      expectSubscriptions(b.subscriptions).toBe('----^--!');
    });
  });

  it('behavior: an observable nobody subscribed to holds no entry', () => {
    const shares = new KeyedShare<number>();
    shares.get('k', () => {
      throw new Error('not called before subscribe');
    });
    expect(shares.size).toBe(0);
  });
});
