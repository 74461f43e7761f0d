import Big from 'big.js';
import { LiveBookSides } from '../../../lib/testing/book/live-book-sides';
import { seededRandom } from '../../../lib/testing/seeded-random';

const ZERO = '0.00000000';
const wire = (units: number): string => new Big(units).div(100).toFixed(8);
const byPrice = (sign: number) => (a: [string, string], b: [string, string]) => sign * new Big(a[0]).cmp(b[0]);

describe('LiveBookSides (ordering on reads)', () => {
  it('behavior: seeded random sides and changes — reads before, between and after changes (built, patched, rebuilt) list the best levels in order', () => {
    const random = seededRandom(2026_11_21);
    for (let round = 0; round < 30; round++) {
      const truth = { bids: new Map<string, string>(), asks: new Map<string, string>() };
      for (let i = 0; i < 50 + Math.floor(random() * 400); i++) {
        truth.bids.set(wire(10_000 - Math.floor(random() * 600)), wire(1 + Math.floor(random() * 500)));
        truth.asks.set(wire(10_001 + Math.floor(random() * 600)), wire(1 + Math.floor(random() * 500)));
      }
      const sides = LiveBookSides.of({ bids: [...truth.bids].sort(byPrice(-1)), asks: [...truth.asks].sort(byPrice(1)) });
      const check = (): void => {
        const bids = [...truth.bids].sort(byPrice(-1));
        const asks = [...truth.asks].sort(byPrice(1));
        for (const limit of [1, 5, 100, 1000]) expect(sides.top(limit)).toEqual({ bids: bids.slice(0, limit), asks: asks.slice(0, limit) });
        expect(sides.bestPrices()).toEqual({ bid: bids[0]?.[0], ask: asks[0]?.[0] });
      };
      check();
      // batches of changes between reads: small ones are patched in, a big one (> 512) rebuilds
      for (const size of [3, 40, 700, 5]) {
        const change = { bids: [] as string[], asks: [] as string[] };
        for (let i = 0; i < size; i++) {
          const isBid = random() < 0.5;
          const side = isBid ? truth.bids : truth.asks;
          // any price of the range: existing levels get resized or removed, absent ones added
          const price = isBid ? wire(10_000 - Math.floor(random() * 600)) : wire(10_001 + Math.floor(random() * 600));
          const qty = random() < 0.4 ? ZERO : wire(1 + Math.floor(random() * 500));
          (isBid ? change.bids : change.asks).push(price, qty);
          if (qty === ZERO) side.delete(price);
          else side.set(price, qty);
        }
        sides.apply(change);
        check();
      }
    }
  });
});
