import { ConfigError } from '../../errors/config-error.js';
import type { FakeSpotMarket } from '../api/spot/fake-spot-market.js';
import { MAX_BOOK_LEVELS } from '../api/spot/fake-spot-market-book.js';
import type { FakeSpotSymbolDefinition } from '../api/spot/fake-spot-market-symbols.js';
import { seededRandom } from '../seeded-random.js';
import { BookHistory } from './book-history.js';
import { wireLevel, type FlatChange } from './book-wire.js';
import { diffEvent, diffEventJson } from './diff-event-json.js';
import type {
  FakeBookChange,
  FakeBookPlan,
  FakeBookPlanOptions,
  FakeBookSnapshot,
  FakeBookUpdateOptions,
  FakeDiffEvent,
} from './fake-book-types.js';
import { LiveBookSides } from './live-book-sides.js';
import { planBookEvents, type PlannedBookEvents } from './planned-book-events.js';
import { RandomBookWalk } from './random-book-walk.js';

/** Events a book remembers for {@link FakeOrderBook.bookAt} and stale snapshots. */
const HISTORY_EVENTS = 10_000;

/**
 * The true, evolving order book of one symbol on the fake exchange: every change becomes a
 * diff-depth event on `<symbol>@depth` and `<symbol>@depth@100ms`, and the `depth` method
 * (WS-API and REST) answers from the same book, so a client following Binance's local-book
 * procedure (`spec/spot-streams.md` §5) can be checked against the truth at any update id.
 *
 * @remarks Get it with `fake.orderBook(symbol)`. It starts from the market's book of that symbol
 * (set with `setBook` or generated) and its `lastUpdateId`; from then on the market's `depth`
 * answers come from here and `setBook` is refused for the symbol. Each event covers ids
 * `U = lastUpdateId + 1` to `u = lastUpdateId + span`. Faults: `publish: false` (a gap),
 * {@link publish} (duplicates, reordering), {@link serveStaleSnapshots} (snapshot older than the
 * buffered events). The last 10 000 events are remembered for {@link bookAt}.
 *
 * Orders trade against this book: a taking order's fills, and a resting order that a change
 * reaches, take their quantity out of it as one more published event.
 *
 * @example
 * ```ts
 * import { FakeBinance } from 'binance-rx/testing';
 *
 * const fake = await FakeBinance.start();
 * const book = fake.orderBook('BTCUSDT');
 * const event = book.update({ bids: [['64999.99', '1.5']], asks: [['65000.01', '0']] });
 * book.randomUpdates(100, 42);
 * book.snapshot(5); // what `depth` answers now, { lastUpdateId, bids, asks }
 * book.bookAt(event.u); // the whole book right after that event
 * await fake.stop();
 * ```
 */
export class FakeOrderBook {
  /** The symbol, as listed (e.g. `'BTCUSDT'`). */
  readonly symbol: string;
  readonly #symbolJson: string;
  readonly #streams: readonly [string, string];
  readonly #publishRaw: (stream: string, dataJson: string) => number;
  readonly #sides: LiveBookSides;
  readonly #history: BookHistory;
  readonly #market: FakeSpotMarket;
  #walk: RandomBookWalk | undefined;
  #lastUpdateId: number;
  #stale = { remaining: 0, age: 1 };
  #plan: PlannedBookEvents | undefined;

  /**
   * Takes over a symbol's book on the market. Use `FakeBinance.orderBook` instead.
   *
   * @param market - the fake's spot market
   * @param symbol - a listed symbol
   * @param publishRaw - publishes a JSON text on a stream name (the fake's `publishRaw`)
   * @throws {@link RangeError} if the symbol is not listed
   *
   * @internal
   */
  constructor(market: FakeSpotMarket, symbol: string, publishRaw: (stream: string, dataJson: string) => number) {
    const levels = market.definitionOf(symbol)?.bookLevels ?? MAX_BOOK_LEVELS;
    const initial = market.book(symbol, Math.max(1, Math.min(MAX_BOOK_LEVELS, Math.floor(levels))));
    this.symbol = symbol;
    this.#symbolJson = JSON.stringify(symbol);
    const lower = symbol.toLowerCase();
    this.#streams = [`${lower}@depth`, `${lower}@depth@100ms`];
    this.#publishRaw = publishRaw;
    this.#market = market;
    this.#sides = LiveBookSides.of(initial);
    this.#lastUpdateId = initial.lastUpdateId;
    this.#history = new BookHistory(initial.lastUpdateId, HISTORY_EVENTS);
    market.attachLiveBook(symbol, {
      served: (limit) => this.#served(limit),
      current: (limit) => ({ lastUpdateId: this.#lastUpdateId, ...this.#sides.top(limit) }),
      write: (change) => this.update(change),
    });
  }

  /** The id of the last event applied (or the initial book's `lastUpdateId`). */
  get lastUpdateId(): number {
    return this.#lastUpdateId;
  }

  /** Events planned by {@link plan} and not yet published. */
  get planned(): number {
    return this.#plan === undefined ? 0 : this.#plan.json.length - this.#plan.next;
  }

  /**
   * Applies a change and publishes it as one diff-depth event.
   *
   * @param change - levels to set; a zero quantity removes the level (any zero form)
   * @param options - `span` of ids, `publish: false` for a lost event, `eventTime`
   * @returns the event, wire form (prices and quantities as 8-decimal strings)
   * @throws {@link RangeError} for a malformed level or span
   */
  update(change: FakeBookChange, options: FakeBookUpdateOptions = {}): FakeDiffEvent {
    const flat = { bids: (change.bids ?? []).flatMap(wireLevel), asks: (change.asks ?? []).flatMap(wireLevel) };
    this.#walk?.invalidate();
    return this.#apply(flat, options);
  }

  /**
   * Applies and publishes one seeded random change: 1 to 6 levels near the top (7 when the
   * spread moves a tick), on the symbol's tick and step grids, never crossing the book.
   *
   * @param random - uniform numbers in [0, 1), e.g. `seededRandom(7)`
   * @param options - as for {@link update}
   * @returns the event
   * @throws {@link RangeError} for a tick or step finer than 1e-8, or prices above ~90 million
   */
  randomUpdate(random: () => number, options: FakeBookUpdateOptions = {}): FakeDiffEvent {
    return this.#apply(this.#randomWalk().next(random, this.#sides), options);
  }

  /**
   * Applies and publishes `count` random changes drawn from `seededRandom(seed)`: the same seed
   * after the same calls gives the same events.
   *
   * @param count - how many events
   * @param seed - any integer
   * @param options - as for {@link update}
   * @returns the events, in order
   * @throws {@link RangeError} as {@link randomUpdate}
   */
  randomUpdates(count: number, seed: number, options: FakeBookUpdateOptions = {}): FakeDiffEvent[] {
    const random = seededRandom(seed);
    return Array.from({ length: count }, () => this.randomUpdate(random, options));
  }

  /**
   * Publishes an event again as it is, without touching the book: duplicates and reordering.
   *
   * @param event - any diff-depth event, e.g. one returned by {@link update}
   * @returns the connections reached, over both stream names
   */
  publish(event: FakeDiffEvent): number {
    return this.#send(JSON.stringify(event));
  }

  /**
   * The book now, best `limit` levels per side: what `depth` answers.
   *
   * @param limit - levels per side, at least 1; default 1000
   * @returns `{ lastUpdateId, bids, asks }`, wire form
   * @throws {@link RangeError} for a limit below 1
   */
  snapshot(limit = 1000): FakeBookSnapshot {
    if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, got ${limit}`);
    return { lastUpdateId: this.#lastUpdateId, ...this.#sides.top(limit) };
  }

  /**
   * The true book right after the event ending at `lastUpdateId`, or the initial book.
   *
   * @param lastUpdateId - a `u` of an applied event, or the initial `lastUpdateId`
   * @param limit - levels per side; default all
   * @returns the book, wire form, or `undefined` when that state is forgotten (more than 10 000
   * events ago), in the future, or inside an event's `[U;u]` range
   */
  bookAt(lastUpdateId: number, limit = Infinity): FakeBookSnapshot | undefined {
    const state = this.#history.stateAt(lastUpdateId, this.#sides, this.#lastUpdateId);
    return state === undefined ? undefined : { lastUpdateId, ...state.top(limit) };
  }

  /**
   * Makes the next `count` answers of the book for this symbol return it as it was `age` events
   * before each answer (or the oldest state remembered): a snapshot older than the events a
   * client buffered, which must make it fetch again (`spec/spot-streams.md` §5 step 4).
   *
   * @param count - answers to spoil; 0 cancels
   * @param age - events back, at least 1
   * @throws {@link RangeError} for a negative count or an age below 1
   *
   * @remarks `ticker.book` and `ticker` read the same book, so they take turns if asked meanwhile.
   */
  serveStaleSnapshots(count: number, age = 1): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
    if (!Number.isInteger(age) || age < 1) throw new RangeError(`age must be a positive integer, got ${age}`);
    this.#stale = { remaining: count, age };
  }

  /**
   * Prepares `count` random events from the book now, as JSON texts, without changing the book:
   * for benchmarks, where {@link publishPlanned} then sends them at full speed. Replaces any
   * earlier plan.
   *
   * @param count - how many events
   * @param seed - any integer; the same book and seed give the same events
   * @param options - `eventTime` of every event
   * @returns the plan's size and ids
   * @throws {@link RangeError} as {@link randomUpdate}, or for a negative count
   */
  plan(count: number, seed: number, options: FakeBookPlanOptions = {}): FakeBookPlan {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
    const walk = new RandomBookWalk(this.#definition());
    const plan = planBookEvents({
      symbolJson: this.#symbolJson,
      shadow: this.#sides.copy(),
      walk,
      random: seededRandom(seed),
      count,
      fromId: this.#lastUpdateId,
      eventTime: options.eventTime ?? Date.now(),
    });
    this.#plan = plan;
    return { events: count, firstUpdateId: plan.firstUpdateId, lastUpdateId: plan.lasts.at(-1) ?? this.#lastUpdateId, payloadBytes: plan.payloadBytes };
  }

  /**
   * Publishes the next `count` planned events (`publishRaw`, no serialisation) and applies them
   * to the book.
   *
   * @param count - how many; default all that remain
   * @returns the connections reached, summed over events and both stream names
   * @throws {@link ConfigError} when the book changed since {@link plan}
   * @throws {@link RangeError} for a negative count
   */
  publishPlanned(count = Infinity): number {
    if (!(count >= 0)) throw new RangeError(`count must be non-negative, got ${count}`);
    const plan = this.#plan;
    if (plan === undefined) return 0;
    const expected = plan.next === 0 ? plan.firstUpdateId - 1 : (plan.lasts[plan.next - 1] as number);
    if (expected !== this.#lastUpdateId) throw new ConfigError(`The ${this.symbol} book changed since plan(); plan again.`, 'plan');
    const end = Math.min(plan.json.length, plan.next + count);
    let reached = 0;
    const { json, levels, starts, askStarts, lasts } = plan;
    for (let i = plan.next; i < end; i++) {
      reached += this.#send(json[i] as string);
      const first = this.#lastUpdateId + 1;
      const last = lasts[i] as number;
      const askStart = askStarts[i] as number;
      this.#history.apply(this.#sides, first, last, levels, starts[i] as number, askStart, levels, askStart, starts[i + 1] as number);
      this.#lastUpdateId = last;
    }
    plan.next = end;
    // a spent plan is tens of megabytes in a benchmark: let it go
    if (end === json.length) this.#plan = undefined;
    this.#walk?.invalidate();
    this.#market.changed(this.symbol);
    return reached;
  }

  #apply(change: FlatChange, options: FakeBookUpdateOptions): FakeDiffEvent {
    const span = options.span ?? Math.max(1, (change.bids.length + change.asks.length) / 2);
    if (!Number.isSafeInteger(span) || span < 1) throw new RangeError(`span must be a positive integer, got ${span}`);
    const first = this.#lastUpdateId + 1;
    const last = this.#lastUpdateId + span;
    this.#history.apply(this.#sides, first, last, change.bids, 0, change.bids.length, change.asks, 0, change.asks.length);
    this.#lastUpdateId = last;
    const eventTime = options.eventTime ?? Date.now();
    if (options.publish !== false) this.#send(diffEventJson(this.#symbolJson, eventTime, first, last, change));
    const event = diffEvent(this.symbol, eventTime, first, last, change);
    // resting orders the change reached trade now (and take from the book: a second event)
    this.#market.changed(this.symbol);
    return event;
  }

  #send(json: string): number {
    return this.#publishRaw(this.#streams[0], json) + this.#publishRaw(this.#streams[1], json);
  }

  #served(limit: number): FakeBookSnapshot {
    if (this.#stale.remaining > 0) {
      this.#stale.remaining -= 1;
      const id = this.#history.idAgo(this.#stale.age);
      const stale = this.bookAt(id, limit);
      if (stale !== undefined) return stale;
    }
    return { lastUpdateId: this.#lastUpdateId, ...this.#sides.top(limit) };
  }

  #randomWalk(): RandomBookWalk {
    this.#walk ??= new RandomBookWalk(this.#definition());
    return this.#walk;
  }

  #definition(): FakeSpotSymbolDefinition {
    const def = this.#market.definitionOf(this.symbol);
    if (def === undefined) throw new RangeError(`symbol ${this.symbol} is not listed on the fake spot market`);
    return def;
  }
}
