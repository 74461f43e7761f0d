import { BookSide } from './book-side.js';
import type { BookLevel } from './book-level.js';

/**
 * A local order book at one update id: what the reducer works on.
 *
 * @internal
 */
export interface BookState {
  readonly lastUpdateId: number;
  /** Event time of the last applied update; `undefined` straight after a snapshot. */
  readonly eventTime: number | undefined;
  readonly bids: BookSide;
  readonly asks: BookSide;
}

/**
 * A book from a depth snapshot's levels (zero quantities skipped).
 *
 * @param lastUpdateId - the snapshot's `lastUpdateId`
 * @param bids - its bids, as levels
 * @param asks - its asks, as levels
 *
 * @internal
 */
export function bookFromSnapshot(lastUpdateId: number, bids: readonly BookLevel[], asks: readonly BookLevel[]): BookState {
  const positive = (levels: readonly BookLevel[]): BookLevel[] => levels.filter((l) => !l.removes);
  return { lastUpdateId, eventTime: undefined, bids: BookSide.of(true, positive(bids)), asks: BookSide.of(false, positive(asks)) };
}
