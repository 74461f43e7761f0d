import type { DepthUpdate } from './depth-update.js';

/** What a {@link BookSequencing} says of the next event. @internal */
export type SequenceVerdict = 'apply' | 'skip' | 'gap';

/**
 * The market-specific part of the local-book procedure: which events continue a book. Spot and
 * futures books share everything else (buffering, snapshots, the reducer, resyncs).
 *
 * @internal
 */
export interface BookSequencing {
  /**
   * Whether a snapshot is too old for the first buffered event, so it must be fetched again.
   *
   * @param snapshotId - the snapshot's `lastUpdateId`
   * @param first - the first buffered event
   */
  snapshotTooOld(snapshotId: number, first: DepthUpdate): boolean;
  /**
   * Whether to apply an event, skip it (already in the book) or resync (events were missed).
   *
   * @param localId - the book's update id
   * @param previous - the last event applied since the snapshot, `undefined` before the first
   * @param update - the event
   */
  verdict(localId: number, previous: DepthUpdate | undefined, update: DepthUpdate): SequenceVerdict;
  /** For a `'gap'` verdict: the id that was expected and the id received, for the error. */
  gapIds(localId: number, previous: DepthUpdate | undefined, update: DepthUpdate): { expected: number; received: number };
}

/**
 * Spot (`spec/spot-streams.md` §5, corrected 2025-11-12): refetch when the snapshot's
 * `lastUpdateId < U` of the first buffered event; skip events with `u <= id`; an event with
 * `U > id + 1` is a gap. Spot events have no `pu`.
 *
 * @internal
 */
export const SPOT_SEQUENCING: BookSequencing = {
  snapshotTooOld: (snapshotId, first) => snapshotId < first.firstUpdateId,
  verdict: (localId, _previous, update) => (update.finalUpdateId <= localId ? 'skip' : update.firstUpdateId > localId + 1 ? 'gap' : 'apply'),
  gapIds: (localId, _previous, update) => ({ expected: localId + 1, received: update.firstUpdateId }),
};

/**
 * USDⓈ-M and COIN-M futures (`spec/futures.md` §5): drop events with `u < lastUpdateId`; the
 * first applied event must have `U <= lastUpdateId <= u` (or `pu = lastUpdateId`: the snapshot
 * was taken right after the event before it); then each event's `pu` must equal the previous
 * event's `u` (consecutive `U`s may jump: not a gap on futures).
 *
 * @internal
 */
export const FUTURES_SEQUENCING: BookSequencing = {
  snapshotTooOld: (snapshotId, first) => snapshotId < first.firstUpdateId,
  verdict: (localId, previous, update) => {
    if (previous === undefined) {
      if (update.finalUpdateId < localId) return 'skip';
      // U <= id <= u, or (a quiet book whose snapshot came before any event) pu = id: it continues the snapshot
      return update.firstUpdateId <= localId || update.previousFinalUpdateId === localId ? 'apply' : 'gap';
    }
    return update.previousFinalUpdateId === previous.finalUpdateId ? 'apply' : 'gap';
  },
  gapIds: (localId, previous, update) =>
    previous === undefined
      ? { expected: localId, received: update.firstUpdateId }
      : { expected: previous.finalUpdateId, received: update.previousFinalUpdateId ?? Number.NaN },
};
