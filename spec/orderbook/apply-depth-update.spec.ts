import { applyDepthUpdate } from '../../lib/orderbook/apply-depth-update.js';
import type { BookSide } from '../../lib/orderbook/book-side.js';
import type { BookState } from '../../lib/orderbook/book-state.js';
import { LocalOrderBook } from '../../lib/orderbook/order-book.js';
import { seededRandom } from '../../lib/testing/seeded-random.js';
import { depthUpdate, snapshotBook, type WireLevel } from '../support/depth-wire.js';
import { firstDifference, NaiveBook, type JsonLevel } from '../support/naive-book.js';
import { bigRank, priceUniverse, randomDepth, randomSideChanges, type RandomDepth } from '../support/random-depth.js';

type SideName = 'bids' | 'asks';
const SIDES: readonly SideName[] = ['bids', 'asks'];

const json = (levels: readonly { toJSON(): JsonLevel }[]): JsonLevel[] => levels.map((l) => l.toJSON());
const plain = (book: LocalOrderBook): unknown => JSON.parse(JSON.stringify(book));

/** The side's chunks read again without its cached `levels` (a writer that changes nothing). */
const fresh = (side: BookSide): JsonLevel[] => json(side.writer().finish().levels);

/** Every way the book under test exposes a side, against the reference; failures name the step. */
function sideProblems(where: string, side: BookSide, expected: readonly JsonLevel[], rnd: RandomDepth): string[] {
  const problems: string[] = [];
  const check = (what: string, diff: string | undefined): void => {
    if (diff !== undefined) problems.push(`${where} ${what}: ${diff}`);
  };
  if (side.size !== expected.length) problems.push(`${where} size ${side.size}, expected ${expected.length}`);
  check('best', firstDifference(side.best === undefined ? [] : [side.best.toJSON()], expected.slice(0, 1)));
  // top() before levels is read walks the chunks; after, it slices the cached array: both paths
  const n = rnd.int(expected.length + 10);
  check(`top(${n}) from chunks`, firstDifference(json(side.top(n)), expected.slice(0, n)));
  check('levels', firstDifference(json(side.levels), expected));
  const m = rnd.int(expected.length + 10);
  check(`top(${m}) cached`, firstDifference(json(side.top(m)), expected.slice(0, m)));
  return problems;
}

function randomEvent(rnd: RandomDepth, universe: readonly string[], naive: NaiveBook, id: number): { b: WireLevel[]; a: WireLevel[] } {
  const roll = rnd.random();
  const touched: SideName[] = roll < 0.2 ? ['bids'] : roll < 0.4 ? ['asks'] : ['bids', 'asks'];
  const changes = { bids: [] as WireLevel[], asks: [] as WireLevel[] };
  for (const side of touched) {
    const present = naive.prices(side);
    // the book grows for 120 events, then now and then a sweep removes half a side at once, emptying whole chunks
    if (id > 120 && id % 13 === 0) {
      changes[side] = present.filter(() => rnd.random() < 0.5).map((p): WireLevel => [rnd.priceText(p), rnd.zero()]);
    } else {
      changes[side] = id <= 120 ? randomSideChanges(rnd, universe, present, 1 + rnd.int(200), 0.1) : randomSideChanges(rnd, universe, present, 1 + rnd.int(90));
    }
  }
  return { b: changes.bids, a: changes.asks };
}

function applyToNaive(naive: NaiveBook, event: { b: readonly WireLevel[]; a: readonly WireLevel[] }): void {
  for (const [price, quantity] of event.b) naive.set('bids', price, quantity);
  for (const [price, quantity] of event.a) naive.set('asks', price, quantity);
}

describe('applyDepthUpdate', () => {
  it('default: sets, replaces and removes levels, ignores removals of absent prices, takes u and E', () => {
    const book = snapshotBook(
      100,
      [
        ['100.10', '1.0'],
        ['99', '2'],
      ],
      [['101', '3']],
    );
    const next = applyDepthUpdate(
      book,
      depthUpdate({
        U: 101,
        u: 103,
        E: 7,
        b: [
          ['100.1000', '5.5'],
          ['99.00', '0.00000000'],
          ['98', '0'],
          ['100.5', '1'],
        ],
        a: [['102.0', '4']],
      }),
    );
    expect(next.lastUpdateId).toBe(103);
    expect(next.eventTime).toBe(7);
    expect(json(next.bids.levels)).toEqual([
      { price: '100.5', quantity: '1' },
      { price: '100.1', quantity: '5.5' },
    ]);
    expect(json(next.asks.levels)).toEqual([
      { price: '101', quantity: '3' },
      { price: '102', quantity: '4' },
    ]);
  });

  it('behavior: within one event the last entry for a price wins', () => {
    const next = applyDepthUpdate(
      snapshotBook(1),
      depthUpdate({
        U: 2,
        u: 2,
        b: [
          ['5', '1'],
          ['5.0', '2'],
          ['5.00', '0'],
          ['6', '1'],
          ['6', '3'],
        ],
      }),
    );
    expect(json(next.bids.levels)).toEqual([{ price: '6', quantity: '3' }]);
  });

  it('behavior: shares an untouched side (same BookSide, same levels array) and never changes the book it was given', () => {
    const book = snapshotBook(1, [['10', '1']], [['11', '1']]);
    const before = new LocalOrderBook('X', book);
    const beforeJson = plain(before);
    const after = applyDepthUpdate(book, depthUpdate({ U: 2, u: 2, b: [['10', '0'], ['9', '2']] }));
    expect(after.asks).toBe(book.asks);
    expect(new LocalOrderBook('X', after).asks).toBe(before.asks);
    expect(after.bids).not.toBe(book.bids);
    expect(plain(before)).toEqual(beforeJson);
    expect(json(book.bids.levels)).toEqual([{ price: '10', quantity: '1' }]);
  });

  it.each([1, 2, 3, 20261121])('behavior: equals a naive Map-and-Big rebuild after every event, up to thousands of levels (seed %i)', (seed) => {
    const rnd = randomDepth(seededRandom(seed));
    const universe = priceUniverse(rnd, 5000);
    const naive = new NaiveBook(bigRank(universe));
    let state: BookState = snapshotBook(0);
    const kept: { state: BookState; book: LocalOrderBook; before: unknown; expected: Record<SideName, JsonLevel[]> }[] = [];
    const problems: string[] = [];
    let largest = 0;
    for (let id = 1; id <= 220 && problems.length === 0; id++) {
      const event = randomEvent(rnd, universe, naive, id);
      const previous = state;
      state = applyDepthUpdate(state, depthUpdate({ U: id, u: id, E: 1000 + id, ...event }));
      applyToNaive(naive, event);
      if (state.lastUpdateId !== id || state.eventTime !== 1000 + id) problems.push(`event ${id}: ids ${state.lastUpdateId}/${state.eventTime}`);
      for (const side of SIDES) {
        problems.push(...sideProblems(`event ${id} ${side}`, state[side], naive.levels(side), rnd));
        const untouched = (side === 'bids' ? event.b : event.a).length === 0;
        if (untouched && (state[side] !== previous[side] || state[side].levels !== previous[side].levels)) problems.push(`event ${id}: untouched ${side} not shared`);
      }
      largest = Math.max(largest, naive.size('bids'), naive.size('asks'));
      // a fork: another event applied to the previous book must not disturb either line
      if (rnd.random() < 0.15) {
        const forkNaive = naive.clone();
        const fork = randomEvent(rnd, universe, forkNaive, id);
        const forked = applyDepthUpdate(state, depthUpdate({ U: id + 1, u: id + 1, ...fork }));
        applyToNaive(forkNaive, fork);
        for (const side of SIDES) problems.push(...sideProblems(`fork after ${id} ${side}`, forked[side], forkNaive.levels(side), rnd));
      }
      if (id % 20 === 0) {
        const book = new LocalOrderBook('X', state);
        kept.push({ state, book, before: plain(book), expected: { bids: naive.levels('bids'), asks: naive.levels('asks') } });
      }
    }
    // persistence: every kept book, read through its cache and again straight from its chunks, is as it was
    for (const { state: old, book, before, expected } of kept) {
      if (JSON.stringify(plain(book)) !== JSON.stringify(before)) problems.push(`book ${old.lastUpdateId} changed after later events`);
      for (const side of SIDES) {
        const diff = firstDifference(fresh(old[side]), expected[side]);
        if (diff !== undefined) problems.push(`book ${old.lastUpdateId} ${side} chunks changed after later events: ${diff}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    // the run must reach sizes where a side spans many chunks (they split above 2 × 128 levels)
    expect(largest).toBeGreaterThan(2500);
  });
});
