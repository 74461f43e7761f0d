import Big from 'big.js';
import type { BookState } from '../../lib/orderbook/book-state.js';
import type { DepthUpdate } from '../../lib/orderbook/depth-update.js';
import { depthUpdate, snapshotBook, type WireLevel } from './depth-wire.js';
import { NaiveBook, type JsonLevel } from './naive-book.js';
import type { RandomDepth } from './random-depth.js';

/** Which sequencing rule the ids follow: spot (`U` = previous `u` + 1) or futures (`pu`, `U` may jump). */
export type Market = 'spot' | 'futures';

/** One change of the exchange's book, at one update id. */
interface Change {
  readonly id: number;
  readonly side: 'bids' | 'asks';
  readonly price: string;
  readonly quantity: string;
}

/** One diff event as the exchange sends it: the last change per price over the ids `[U; u]`. */
export interface TrueEvent {
  /** Position in the history. */
  readonly index: number;
  readonly U: number;
  readonly u: number;
  /** Futures only: the previous event's `u`. */
  readonly pu: number | undefined;
  readonly E: number;
  readonly update: DepthUpdate;
}

/**
 * The exchange's side of a depth stream: every change with its update id, the diff events that
 * carry them, and the book at any id, so that a spec can check a local book against the truth
 * (`spec/spot-streams.md` §5; futures ids and `pu`, `spec/futures.md` §5).
 */
export class DepthHistory {
  readonly market: Market;
  readonly events: readonly TrueEvent[];
  /** Every update id that changed the book, ascending (the ids a snapshot can be taken at). */
  readonly ids: readonly number[];
  readonly #changes: readonly Change[];
  readonly #eventTimeByFinalId: ReadonlyMap<number, number>;

  constructor(market: Market, changes: readonly Change[], events: readonly TrueEvent[]) {
    this.market = market;
    this.#changes = changes;
    this.events = events;
    this.ids = changes.map((c) => c.id);
    this.#eventTimeByFinalId = new Map(events.map((e) => [e.u, e.E]));
  }

  /**
   * The exchange's book right after update `id`.
   *
   * @param id - an update id
   * @returns the levels as `LocalOrderBook.toJSON()` gives them
   */
  truthAt(id: number): { bids: JsonLevel[]; asks: JsonLevel[] } {
    const book = new NaiveBook();
    for (const change of this.#changes) {
      if (change.id > id) break;
      book.set(change.side, change.price, change.quantity);
    }
    return { bids: book.levels('bids'), asks: book.levels('asks') };
  }

  /** `E` of the event whose `u` is `id`, if one is. */
  eventTimeAt(id: number): number | undefined {
    return this.#eventTimeByFinalId.get(id);
  }

  /**
   * A depth snapshot at `id`, decoded as the SDK decodes one, with varied decimal texts.
   *
   * @param id - the snapshot's `lastUpdateId`
   * @param rnd - for the texts
   * @returns the book
   */
  snapshotAt(id: number, rnd: RandomDepth): BookState {
    const truth = this.truthAt(id);
    const wire = (levels: readonly JsonLevel[]): WireLevel[] => levels.map((l): WireLevel => [rnd.priceText(l.price), l.quantity]);
    return snapshotBook(id, wire(truth.bids), wire(truth.asks));
  }
}

/**
 * A random history of a small book (about 15 prices a side, so removals and re-adds are common).
 *
 * @param rnd - the random source
 * @param market - spot ids are contiguous; futures ids jump and events carry `pu`
 * @param eventCount - how many events
 * @returns the history
 */
export function depthHistory(rnd: RandomDepth, market: Market, eventCount: number): DepthHistory {
  const prices = (from: number): string[] => [...new Set(Array.from({ length: 15 }, () => new Big(from + rnd.int(80)).div(100).toFixed()))];
  const universe = { bids: prices(9000), asks: prices(9100) };
  const changes: Change[] = [];
  const events: TrueEvent[] = [];
  let id = 1000 + rnd.int(1000);
  let previousFinal: number | undefined;
  for (let index = 0; index < eventCount; index++) {
    const own: Change[] = [];
    const count = 1 + rnd.int(5);
    for (let k = 0; k < count; k++) {
      // futures update ids are not contiguous per symbol: the next event's U may jump past u + 1
      id += market === 'spot' || rnd.random() < 0.5 ? 1 : 2 + rnd.int(5);
      const side = rnd.random() < 0.5 ? 'bids' : 'asks';
      own.push({ id, side, price: rnd.pick(universe[side]), quantity: rnd.random() < 0.3 ? rnd.zero() : rnd.quantity() });
    }
    changes.push(...own);
    const U = (own[0] as Change).id;
    const u = (own[own.length - 1] as Change).id;
    const E = 1_700_000_000_000 + index;
    const pu = market === 'futures' ? (previousFinal ?? U - 1) : undefined;
    const update = depthUpdate({ U, u, E, ...(pu === undefined ? {} : { pu }), b: wireOf(rnd, own, 'bids'), a: wireOf(rnd, own, 'asks') });
    events.push({ index, U, u, pu, E, update });
    previousFinal = u;
  }
  return new DepthHistory(market, changes, events);
}

/** The last change per price, as the exchange folds an event's changes. */
function wireOf(rnd: RandomDepth, changes: readonly Change[], side: 'bids' | 'asks'): WireLevel[] {
  const last = new Map<string, string>();
  for (const c of changes) if (c.side === side) last.set(c.price, c.quantity);
  return [...last].map(([price, quantity]): WireLevel => [rnd.priceText(price), quantity]);
}
