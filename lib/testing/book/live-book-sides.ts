import { ZERO_8 as WIRE_ZERO } from '../api/spot/market-decimal.js';
import { compareWire8, type FlatChange, type FlatLevels } from './book-wire.js';
import type { FakeBookLevel, FakeBookSnapshot } from './fake-book-types.js';

// A local copy: read per level on the hot path, where a bundler's live-binding getter shows up.
const ZERO_8 = WIRE_ZERO;

/** The best levels of both sides, as `depth` lists them. @internal */
export type BookTop = Pick<FakeBookSnapshot, 'bids' | 'asks'>;

/** Removed levels kept as `ZERO_8` before a side is rebuilt without them (at least). */
const MIN_TOMBSTONES = 1024;

const bestBidFirst = (a: string, b: string): number => compareWire8(b, a);

/** Changed prices remembered to patch the sorted prices; past this many the order is rebuilt. */
const MAX_DIRTY = 512;

/**
 * One side: price → quantity, canonical 8-decimal strings. A removed level stays as `ZERO_8`
 * (a tombstone) until they outnumber the live levels: V8's `Map` slows down a hundredfold when
 * a large map sees many `delete`/`set` pairs, which a busy book top is.
 *
 * The live prices in order (`sorted`) are built on the first read and then patched with the
 * prices changed since (`dirty`: a binary search each), so reading the top after a few changes
 * costs a few searches, not a sort. A long run of changes nobody reads (a benchmark) drops the
 * order, and until the next read changes cost no tracking at all.
 */
class BookSide {
  map: Map<string, string>;
  tombstones: number;
  readonly order: (a: string, b: string) => number;
  sorted: string[] | undefined;
  dirty: string[] = [];

  constructor(map: Map<string, string>, tombstones: number, order: (a: string, b: string) => number) {
    this.map = map;
    this.tombstones = tombstones;
    this.order = order;
  }

  holds(price: string): boolean {
    const qty = this.map.get(price);
    return qty !== undefined && qty !== ZERO_8;
  }

  /** Applies `levels[from..to)` (pairs), last pair first if `reverse`; pushes `[price, previous]` pairs on `undo`. */
  apply(levels: FlatLevels, from: number, to: number, reverse: boolean, undo: string[] | undefined): void {
    const map = this.map;
    const track = this.sorted !== undefined;
    for (let n = from; n < to; n += 2) {
      const i = reverse ? to - 2 - (n - from) : n;
      const price = levels[i] as string;
      const qty = levels[i + 1] as string;
      const previous = map.get(price);
      undo?.push(price, previous ?? ZERO_8);
      if (track) this.dirty.push(price);
      if (previous === undefined) {
        if (qty !== ZERO_8) map.set(price, qty);
        continue;
      }
      if (qty === ZERO_8 && previous !== ZERO_8) this.tombstones += 1;
      else if (qty !== ZERO_8 && previous === ZERO_8) this.tombstones -= 1;
      map.set(price, qty);
    }
    if (this.dirty.length > MAX_DIRTY) {
      this.sorted = undefined;
      this.dirty = [];
    }
    if (this.tombstones > MIN_TOMBSTONES && this.tombstones > this.map.size - this.tombstones) this.#compact();
  }

  top(limit: number): FakeBookLevel[] {
    const map = this.map;
    const sorted = this.#ordered();
    const count = Math.min(limit, sorted.length);
    const levels = new Array<FakeBookLevel>(count);
    for (let i = 0; i < count; i++) {
      const price = sorted[i] as string;
      levels[i] = [price, map.get(price) ?? ZERO_8];
    }
    return levels;
  }

  /** The best live price, if any. */
  best(): string | undefined {
    return this.#ordered()[0];
  }

  /** The live prices in order: built once, then patched with what changed. */
  #ordered(): string[] {
    let sorted = this.sorted;
    if (sorted === undefined) {
      sorted = [];
      for (const [price, qty] of this.map) if (qty !== ZERO_8) sorted.push(price);
      sorted.sort(this.order);
      this.sorted = sorted;
      this.dirty = [];
      return sorted;
    }
    for (const price of this.dirty) {
      const at = this.#search(sorted, price);
      const present = sorted[at] === price;
      const live = this.holds(price);
      if (present && !live) sorted.splice(at, 1);
      else if (!present && live) sorted.splice(at, 0, price);
    }
    this.dirty = [];
    return sorted;
  }

  /** The first index whose price is not better than `price`. */
  #search(sorted: readonly string[], price: string): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.order(sorted[mid] as string, price) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  copy(): BookSide {
    return new BookSide(new Map(this.map), this.tombstones, this.order);
  }

  #compact(): void {
    const live = new Map<string, string>();
    for (const [price, qty] of this.map) if (qty !== ZERO_8) live.set(price, qty);
    this.map = live;
    this.tombstones = 0;
  }
}

/**
 * Both sides of a live order book: a `Map` price → quantity per side, sorted only when a
 * snapshot is asked and only once per change.
 *
 * @remarks Applying a change is a few `Map` operations, so long runs and benchmarks stay cheap;
 * ordering (`compareWire8`, exact) happens on reads ({@link top}, {@link bestPrices}): a sort
 * on the first, then a binary search per price changed since the last.
 *
 * @internal
 */
export class LiveBookSides {
  readonly #bids: BookSide;
  readonly #asks: BookSide;

  private constructor(bids: BookSide, asks: BookSide) {
    this.#bids = bids;
    this.#asks = asks;
  }

  /**
   * Sides holding a book's levels.
   *
   * @param book - levels as canonical 8-decimal strings (zero quantities are skipped)
   * @returns the sides
   */
  static of(book: BookTop): LiveBookSides {
    const side = (levels: readonly FakeBookLevel[], order: (a: string, b: string) => number): BookSide =>
      new BookSide(new Map(levels.filter(([, qty]) => qty !== ZERO_8).map(([price, qty]) => [price, qty] as const)), 0, order);
    return new LiveBookSides(side(book.bids, bestBidFirst), side(book.asks, compareWire8));
  }

  /** An independent copy (two native `Map` copies). */
  copy(): LiveBookSides {
    return new LiveBookSides(this.#bids.copy(), this.#asks.copy());
  }

  /**
   * Whether a level is in the book.
   *
   * @param isBid - which side
   * @param price - a canonical price
   * @returns `true` if it holds a positive quantity
   */
  holds(isBid: boolean, price: string): boolean {
    return (isBid ? this.#bids : this.#asks).holds(price);
  }

  /**
   * Applies a change in order.
   *
   * @param change - the levels; `ZERO_8` removes
   */
  apply(change: FlatChange): void {
    this.#bids.apply(change.bids, 0, change.bids.length, false, undefined);
    this.#asks.apply(change.asks, 0, change.asks.length, false, undefined);
  }

  /**
   * Applies the pairs `levels[from..to)` to one side, the last pair first if `reverse` (to undo
   * a change that set a price twice).
   *
   * @param isBid - which side
   * @param levels - flat `[price, qty, …]`; `ZERO_8` removes
   * @param from - index of the first price
   * @param to - index after the last quantity
   * @param reverse - apply the pairs last first
   * @param undo - if given, receives `[price, previous qty]` per pair (`ZERO_8` if absent), in
   * the order applied: applying them in reverse restores the side
   */
  applySide(isBid: boolean, levels: FlatLevels, from: number, to: number, reverse: boolean, undo?: string[]): void {
    (isBid ? this.#bids : this.#asks).apply(levels, from, to, reverse, undo);
  }

  /**
   * The best `limit` levels per side: bids highest first, asks lowest first.
   *
   * @param limit - levels per side; `Infinity` for all
   * @returns the levels, wire form
   */
  top(limit: number): BookTop {
    return { bids: this.#bids.top(limit), asks: this.#asks.top(limit) };
  }

  /**
   * The highest bid and the lowest ask, by a scan (no sorting).
   *
   * @returns both prices, `undefined` for an empty side
   */
  bestPrices(): { readonly bid: string | undefined; readonly ask: string | undefined } {
    return { bid: this.#bids.best(), ask: this.#asks.best() };
  }
}
