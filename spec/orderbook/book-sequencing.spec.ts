import { FUTURES_SEQUENCING, SPOT_SEQUENCING } from '../../lib/orderbook/book-sequencing.js';
import { depthUpdate } from '../support/depth-wire.js';

describe('SPOT_SEQUENCING', () => {
  // spec/spot-streams.md §5, update procedure (corrected 2025-11-12): u <= id ignored, U > id + 1 a gap
  it.each([
    [100, 95, 99, 'skip'],
    [100, 98, 100, 'skip'],
    [100, 101, 101, 'apply'],
    [100, 99, 105, 'apply'],
    [100, 101, 200, 'apply'],
    [100, 102, 103, 'gap'],
  ])('behavior: local id %i, event [%i; %i] → %s', (localId, U, u, verdict) => {
    expect(SPOT_SEQUENCING.verdict(localId, undefined, depthUpdate({ U, u }))).toBe(verdict);
  });

  it('behavior: a snapshot is too old only when lastUpdateId < U of the first buffered event (step 4)', () => {
    const first = depthUpdate({ U: 101, u: 110 });
    expect(SPOT_SEQUENCING.snapshotTooOld(100, first)).toBe(true);
    expect(SPOT_SEQUENCING.snapshotTooOld(101, first)).toBe(false);
    expect(SPOT_SEQUENCING.snapshotTooOld(500, first)).toBe(false);
  });

  it('default: a gap names local id + 1 and the U received', () => {
    expect(SPOT_SEQUENCING.gapIds(100, undefined, depthUpdate({ U: 105, u: 107 }))).toEqual({ expected: 101, received: 105 });
  });
});

describe('FUTURES_SEQUENCING', () => {
  const previous = depthUpdate({ U: 90, u: 100, pu: 80 });

  // spec/futures.md §5: drop u < lastUpdateId; the first event must have U <= lastUpdateId <= u,
  // or continue the snapshot itself (pu = lastUpdateId: a quiet book's snapshot came first)
  it.each([
    [100, 90, 99, 89, 'skip'],
    [100, 90, 100, 89, 'apply'],
    [100, 100, 120, 99, 'apply'],
    [100, 101, 120, 100, 'apply'],
    [100, 105, 120, 104, 'gap'],
    [100, 101, 120, 99, 'gap'],
  ])('behavior: first event after the snapshot at %i: [%i; %i] with pu %i → %s', (localId, U, u, pu, verdict) => {
    expect(FUTURES_SEQUENCING.verdict(localId, undefined, depthUpdate({ U, u, pu }))).toBe(verdict);
  });

  it('behavior: afterwards only pu = previous u counts; U may jump past u + 1', () => {
    expect(FUTURES_SEQUENCING.verdict(100, previous, depthUpdate({ U: 150, u: 160, pu: 100 }))).toBe('apply');
    expect(FUTURES_SEQUENCING.verdict(100, previous, depthUpdate({ U: 101, u: 102, pu: 99 }))).toBe('gap');
    expect(FUTURES_SEQUENCING.verdict(100, previous, depthUpdate({ U: 101, u: 102 }))).toBe('gap');
  });

  it('default: a gap names the previous u and the pu received (before the first event: the snapshot id and U)', () => {
    expect(FUTURES_SEQUENCING.gapIds(100, previous, depthUpdate({ U: 150, u: 160, pu: 120 }))).toEqual({ expected: 100, received: 120 });
    expect(FUTURES_SEQUENCING.gapIds(100, undefined, depthUpdate({ U: 150, u: 160, pu: 120 }))).toEqual({ expected: 100, received: 150 });
  });
});
