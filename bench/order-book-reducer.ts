/**
 * The order-book reducer alone, in-process: level updates applied per second by
 * `applyDepthUpdate` (persistent book, exact decimal order, a new immutable book per event),
 * with and without reading each event off the wire object, against a baseline in the same run:
 * a mutable `Map` per side keyed by the price text, no ordering, no checks, no versions.
 *
 * Run alone: `npx tsx bench/order-book-reducer.ts`.
 */
import { applyDepthUpdate } from '../lib/orderbook/apply-depth-update.js';
import type { BookState } from '../lib/orderbook/book-state.js';
import { DepthSnapshotBook } from '../lib/orderbook/depth-snapshot.js';
import { parseDepthUpdate, type DepthUpdate } from '../lib/orderbook/depth-update.js';
import { LocalOrderBook } from '../lib/orderbook/order-book.js';
import { microChecksum, nsPerOpInterleaved, type MicroStep } from './support/micro-bench.js';
import { runIfMain } from './support/run-main.js';
import { formatCount, formatFixed, formatTable } from './support/stats.js';
import { depthScript, type DepthPayload } from './orderbook/depth-payloads.js';

/** At least this many level updates per second on the reference 2-core machine (issue 4). */
const TARGET_LEVELS_PER_SECOND = 1_000_000;
const EVENTS = 20_000;

/** What the reducer bench found. */
export interface ReducerSummary {
  readonly failures: readonly string[];
}

/** Measures and prints; returns missed targets. */
export function runOrderBookReducer(): ReducerSummary {
  const script = depthScript(EVENTS, { depth: 1000, levelsPerEvent: 10 });
  const levelsPerEvent = script.levelUpdates / EVENTS;
  console.log(`\n== Order-book reducer: ${formatCount(EVENTS)} events of ${formatFixed(levelsPerEvent, 1)} level changes on a 1000-level book, in-process ==`);
  const decoded = DepthSnapshotBook.decode(script.snapshot);
  if (decoded._tag === 'Left') throw new Error('bench snapshot does not decode');
  const start: BookState = decoded.right;
  const updates = script.events.map((e) => {
    const update = parseDepthUpdate(e);
    if (!('finalUpdateId' in update)) throw new Error('bench event does not parse');
    return update;
  });
  // every step replays the script from its start, cycling, so the book keeps its shape
  const cycle = <T>(items: readonly T[], apply: (item: T) => number): MicroStep => {
    let i = 0;
    return (iterations) => {
      let sum = 0;
      for (let n = 0; n < iterations; n++) {
        sum += apply(items[i] as T);
        i = i + 1 === items.length ? 0 : i + 1;
      }
      return sum;
    };
  };
  let book = start;
  const restartAt = (update: DepthUpdate): BookState => (update === updates[0] ? start : book);
  const reduce = cycle(updates, (update) => {
    book = applyDepthUpdate(restartAt(update), update);
    return book.lastUpdateId;
  });
  const reduceAndView = cycle(updates, (update) => {
    book = applyDepthUpdate(restartAt(update), update);
    return new LocalOrderBook('BTCUSDT', book).bestBid === undefined ? 0 : 1;
  });
  const parseReduceView = cycle(script.events, (event) => {
    const update = parseDepthUpdate(event) as DepthUpdate;
    book = applyDepthUpdate(event === script.events[0] ? start : book, update);
    return new LocalOrderBook('BTCUSDT', book).bestBid === undefined ? 0 : 1;
  });
  const naive = naiveBook(script.snapshot);
  const baseline = cycle(script.events, (event) => naive(event));
  const [baselineNs, reduceNs, viewNs, fullNs] = nsPerOpInterleaved([baseline, reduce, reduceAndView, parseReduceView]) as [number, number, number, number];
  const perSecond = (ns: number): number => (1e9 / ns) * levelsPerEvent;
  const rows = [
    ['baseline: mutable Map per side, no order, no checks', baselineNs, 'the reference'],
    ['applyDepthUpdate (persistent, exact order)', reduceNs, ''],
    ['  + a LocalOrderBook per event', viewNs, 'what the stream emits'],
    ['  + parseDepthUpdate of the wire object', fullNs, 'the whole reducer path'],
  ] as const;
  console.log(
    formatTable(
      ['step', 'ns/event', 'level updates/s', 'vs baseline', 'note'],
      rows.map(([step, ns, note]) => [step, formatFixed(ns, 0), formatCount(perSecond(ns)), `${formatFixed(baselineNs / ns, 2)}×`, note]),
    ),
  );
  console.log(`(checksum ${microChecksum() % 1000})`);
  const failures: string[] = [];
  if (perSecond(fullNs) < TARGET_LEVELS_PER_SECOND) {
    failures.push(`order-book reducer: ${formatCount(perSecond(fullNs))} level updates/s, target ≥ ${formatCount(TARGET_LEVELS_PER_SECOND)}`);
  }
  return { failures };
}

/** The baseline: what a hand-written client does to keep a book, nothing more. */
function naiveBook(snapshot: { bids: [string, string][]; asks: [string, string][] }): (event: DepthPayload) => number {
  const bids = new Map<string, string>(snapshot.bids);
  const asks = new Map<string, string>(snapshot.asks);
  const apply = (side: Map<string, string>, levels: [string, string][]): void => {
    for (const [price, quantity] of levels) {
      if (quantity === '0.00000000') side.delete(price);
      else side.set(price, quantity);
    }
  };
  return (event) => {
    apply(bids, event.b);
    apply(asks, event.a);
    return bids.size + asks.size;
  };
}

runIfMain(module, async () => runOrderBookReducer());
