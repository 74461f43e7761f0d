import { Subject } from 'rxjs';
import { OrderBookGapError, OrderBookResyncError } from '../../lib/errors/order-book-errors.js';
import { FUTURES_SEQUENCING, SPOT_SEQUENCING } from '../../lib/orderbook/book-sequencing.js';
import type { BookState } from '../../lib/orderbook/book-state.js';
import type { DepthUpdate } from '../../lib/orderbook/depth-update.js';
import { LocalOrderBook, type OrderBook } from '../../lib/orderbook/order-book.js';
import { BUFFERING, stepSync, syncOrderBook, type SyncState } from '../../lib/orderbook/sync-order-book.js';
import { seededRandom } from '../../lib/testing/seeded-random.js';
import { depthHistory, type DepthHistory, type Market, type TrueEvent } from '../support/depth-history.js';
import { errorSummary } from '../support/depth-wire.js';
import { randomDepth, type RandomDepth } from '../support/random-depth.js';

const SYMBOL = 'BTCUSDT';
const SEQUENCING = { spot: SPOT_SEQUENCING, futures: FUTURES_SEQUENCING };

/** What the client receives: events in some order, and the snapshot somewhere after the first one. */
type Item = { readonly event: TrueEvent } | { readonly snapshot: BookState };

interface Delivery {
  readonly items: readonly Item[];
  /** The snapshot's `lastUpdateId`. */
  readonly s: number;
  /** How many events arrived before the snapshot (0: a quiet symbol, fetched before any event). */
  readonly at: number;
  /** Events in delivery order (duplicates included). */
  readonly delivered: readonly TrueEvent[];
  /** History indices of the events in the delivered range that never arrived. */
  readonly lost: readonly number[];
  readonly duplicated: boolean;
  readonly swapped: boolean;
}

interface Outcome {
  readonly books: readonly OrderBook[];
  readonly error: unknown;
}

/** A slice of the history as a flaky connection delivers it, and a snapshot taken at some id. */
function perturbedDelivery(rnd: RandomDepth, history: DepthHistory): Delivery {
  const { events } = history;
  const start = 8 + rnd.int(10);
  const range = events.slice(start, Math.min(events.length, start + 8 + rnd.int(40)));
  const clean = rnd.random() < 0.3;
  const list: TrueEvent[] = [];
  const later: { at: number; event: TrueEvent }[] = [];
  let duplicated = false;
  let swapped = false;
  for (const event of range) {
    const roll = rnd.random();
    if (!clean && roll < 0.06) continue; // lost
    list.push(event);
    if (!clean && roll > 0.94) {
      duplicated = true;
      later.push({ at: list.length + rnd.int(4), event }); // delivered again, now or a few events later
    }
    for (const again of later.filter((l) => l.at === list.length)) list.push(again.event);
  }
  for (let i = 0; !clean && i + 1 < list.length; i++) {
    if (rnd.random() < 0.05) {
      [list[i], list[i + 1]] = [list[i + 1] as TrueEvent, list[i] as TrueEvent];
      swapped = true;
    }
  }
  const first = list[0] as TrueEvent;
  const at = rnd.random() < 0.1 ? 0 : 1 + rnd.int(Math.min(list.length, 15));
  const horizon = list[Math.min(at + 3, list.length - 1)] as TrueEvent;
  // mostly a snapshot taken while the first events were arriving; sometimes one older than all of them
  const stale = history.ids.filter((id) => id < first.U).slice(-4);
  const fresh = history.ids.filter((id) => id >= first.U && id <= Math.max(first.U, horizon.u));
  const s = rnd.random() < 0.15 ? rnd.pick(stale) : rnd.pick(fresh);
  const items: Item[] = list.map((event) => ({ event }));
  items.splice(at, 0, { snapshot: history.snapshotAt(s, rnd) });
  const present = new Set(list.map((e) => e.index));
  const lost = range.filter((e) => !present.has(e.index)).map((e) => e.index);
  return { items, s, at, delivered: list, lost, duplicated, swapped };
}

/** The machine stepped by hand. */
function viaStepSync(market: Market, items: readonly Item[]): Outcome {
  const books: OrderBook[] = [];
  let state: SyncState = BUFFERING;
  for (const item of items) {
    try {
      state = stepSync({ symbol: SYMBOL, sequencing: SEQUENCING[market], maxBuffered: 1000 }, state, 'event' in item ? item.event.update : { snapshot: item.snapshot });
    } catch (error: unknown) {
      return { books, error };
    }
    if (state.changed) books.push(new LocalOrderBook(SYMBOL, state.book as BookState));
  }
  return { books, error: undefined };
}

/** The same delivery through the operator (the snapshot request, made at the first event, answers where the delivery has it). */
function viaOperator(market: Market, items: readonly Item[]): Outcome {
  const updates = new Subject<DepthUpdate>();
  const snapshot = new Subject<BookState>();
  const books: OrderBook[] = [];
  let error: unknown;
  const subscription = updates
    .pipe(syncOrderBook({ symbol: SYMBOL, sequencing: SEQUENCING[market], snapshot$: snapshot, maxBuffered: 1000, quietSnapshotDelayMs: 60_000 }))
    .subscribe({ next: (book) => books.push(book), error: (e: unknown) => (error = e) });
  for (const item of items) {
    if ('event' in item) updates.next(item.event.update);
    else snapshot.next(item.snapshot);
  }
  subscription.unsubscribe();
  return { books, error };
}

/** Every way an outcome can contradict the truth or the procedure; empty when it is right. */
function problemsOf(market: Market, history: DepthHistory, delivery: Delivery, outcome: Outcome): string[] {
  const problems: string[] = [];
  const { s, delivered } = delivery;
  const first = delivered[0] as TrueEvent;
  let previousId = -Infinity;
  for (const book of outcome.books) {
    const { lastUpdateId: id, eventTime } = book;
    const truth = history.truthAt(id);
    const plain = JSON.parse(JSON.stringify(book)) as { bids: unknown; asks: unknown };
    if (JSON.stringify({ bids: plain.bids, asks: plain.asks }) !== JSON.stringify(truth)) problems.push(`book at ${id} differs from the exchange's book at ${id}`);
    if (eventTime === undefined ? id !== s : eventTime !== history.eventTimeAt(id)) problems.push(`book at ${id} has eventTime ${eventTime}`);
    // futures apply the event whose u equals the snapshot's id (U <= lastUpdateId <= u, spec/futures.md §5 step 5): the same book again, no harm
    const repeatAllowed = market === 'futures' && id === s;
    if (id < previousId || (id === previousId && !repeatAllowed)) problems.push(`book ids not increasing: ${previousId} then ${id}`);
    previousId = id;
  }
  const { error } = outcome;
  if (error !== undefined && !(error instanceof OrderBookGapError) && !(error instanceof OrderBookResyncError && error.reason === 'staleSnapshot')) {
    problems.push(`unexpected error ${JSON.stringify(errorSummary(error))}`);
  }
  const isStale = error instanceof OrderBookResyncError && error.reason === 'staleSnapshot';
  // spec/spot-streams.md §5 step 4 (futures: no event can hold the snapshot): refetch when lastUpdateId < U of the first
  // buffered event; a snapshot fetched before any event has nothing to be stale against (a gap catches it)
  if ((delivery.at > 0 && s < first.U) !== isStale) problems.push(`snapshot ${s} after ${delivery.at} events, first U ${first.U}: stale error ${isStale}`);
  if (error === undefined) {
    const lastId = Math.max(s, ...delivered.map((e) => e.u));
    if (outcome.books.length === 0 || previousId !== lastId) problems.push(`no error, yet the last book is at ${previousId}, not ${lastId}`);
  }
  // losing an event the book needs (u > s) must end in an error once any later event arrives
  const lastDelivered = Math.max(...delivered.map((e) => e.index));
  const needed = delivery.lost.find((index) => (history.events[index] as TrueEvent).u > s && index < lastDelivered);
  if (needed !== undefined && error === undefined) problems.push(`event ${needed} was lost, yet no error`);
  // a delivery that lost only events older than the snapshot (spot: and repeated some) must sync
  const harmless = delivery.lost.every((index) => (history.events[index] as TrueEvent).u < s) && !delivery.swapped && (market === 'spot' || !delivery.duplicated);
  if (harmless && s >= first.U && error !== undefined) problems.push(`harmless delivery failed: ${JSON.stringify(errorSummary(error))}`);
  return problems;
}

describe('syncOrderBook (property)', () => {
  describe.each(['spot', 'futures'] as const)('%s', (market) => {
    it.each([11, 22, 33, 44, 20261121])('behavior: every emitted book equals the exchange book at its id, and lost events end in an error (seed %i)', (seed) => {
      const rnd = randomDepth(seededRandom(seed));
      const history = depthHistory(rnd, market, 90);
      const problems: string[] = [];
      const seen = { synced: 0, books: 0, gap: 0, stale: 0, lost: 0, duplicated: 0, swapped: 0, quiet: 0 };
      for (let run = 0; run < 150; run++) {
        const delivery = perturbedDelivery(rnd, history);
        const stepped = viaStepSync(market, delivery.items);
        // the operator fetches before any event only after a quiet delay (covered by the marble spec)
        const operated = delivery.at > 0 ? viaOperator(market, delivery.items) : stepped;
        const context = `run ${run} (s ${delivery.s}, delivered ${delivery.delivered.map((e) => e.index).join(',')})`;
        problems.push(...problemsOf(market, history, delivery, stepped).map((p) => `${context}: ${p}`));
        const same = (o: Outcome): string => JSON.stringify({ books: o.books, error: o.error === undefined ? undefined : errorSummary(o.error) });
        if (same(stepped) !== same(operated)) problems.push(`${context}: operator and stepSync disagree`);
        seen.books += stepped.books.length;
        if (stepped.error === undefined) seen.synced++;
        if (stepped.error instanceof OrderBookGapError) seen.gap++;
        if (stepped.error instanceof OrderBookResyncError) seen.stale++;
        if (delivery.lost.length > 0) seen.lost++;
        if (delivery.duplicated) seen.duplicated++;
        if (delivery.swapped) seen.swapped++;
        if (delivery.at === 0) seen.quiet++;
      }
      expect(problems.slice(0, 5)).toEqual([]);
      // the generator must have exercised every branch, or the property says little
      for (const [what, count] of Object.entries(seen)) expect({ what, enough: count >= 8 }).toEqual({ what, enough: true });
    });
  });
});
