import Big from 'big.js';
import type { FakeBookLevel, FakeBookSnapshot, FakeDiffEvent } from '../../../lib/testing/index.js';

/** A test's own order book: what a client following `spec/spot-streams.md` §5 would hold. */
export interface BookModel {
  lastUpdateId: number;
  readonly bids: Map<string, string>;
  readonly asks: Map<string, string>;
}

const isZero = (qty: string): boolean => /^0*\.?0*$/.test(qty);

/** A model starting from a snapshot. */
export function modelOf(snapshot: FakeBookSnapshot): BookModel {
  return { lastUpdateId: snapshot.lastUpdateId, bids: new Map(snapshot.bids), asks: new Map(snapshot.asks) };
}

/** Applies one event as §5's update procedure does (the caller checks the ids). */
export function applyEvent(model: BookModel, event: FakeDiffEvent): void {
  const side = (map: Map<string, string>, levels: readonly FakeBookLevel[]): void => {
    for (const [price, qty] of levels) {
      if (isZero(qty)) map.delete(price);
      else map.set(price, qty);
    }
  };
  side(model.bids, event.b);
  side(model.asks, event.a);
  model.lastUpdateId = event.u;
}

/** The model as a snapshot with every level, best first (sorted with `Big`, independently of the fake). */
export function snapshotOf(model: BookModel): FakeBookSnapshot {
  const byPrice = (a: FakeBookLevel, b: FakeBookLevel): number => new Big(a[0]).cmp(b[0]);
  return {
    lastUpdateId: model.lastUpdateId,
    bids: [...model.bids].sort((a, b) => byPrice(b, a)),
    asks: [...model.asks].sort(byPrice),
  };
}
