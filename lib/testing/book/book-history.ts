import type { FlatLevels } from './book-wire.js';
import type { LiveBookSides } from './live-book-sides.js';

/**
 * A live book's last `limit` events, kept as undo levels: a past state is the current book with
 * the newer events undone, so recording costs a few array slots per event and no copy.
 *
 * @remarks Everything is flat (one string array for the undo levels, number arrays for ids and
 * offsets) so that recording allocates no object per event: a benchmark publishing hundreds of
 * thousands of events per second would otherwise spend its time in the garbage collector.
 * Events are contiguous (`U` = previous `u` + 1), so the states known are the one before the
 * oldest kept event and the one after each kept event.
 *
 * @internal
 */
export class BookHistory {
  readonly #limit: number;
  /** `[price, previous qty, …]` of every kept event, bids then asks; index = offset - `#base`. */
  readonly #undo: string[] = [];
  #base = 0;
  /** Per event: `U`, `u`, absolute offsets of its undo levels and of its first ask. */
  readonly #firsts: number[] = [];
  readonly #lasts: number[] = [];
  readonly #starts: number[] = [];
  readonly #askStarts: number[] = [];
  #head = 0;
  #oldestId: number;

  /**
   * @param initialId - the book's `lastUpdateId` before any event
   * @param limit - how many events to keep
   */
  constructor(initialId: number, limit: number) {
    this.#oldestId = initialId;
    this.#limit = limit;
  }

  /** The `lastUpdateId` of the oldest state still known. */
  get oldestId(): number {
    return this.#oldestId;
  }

  /**
   * Applies one event to the book and records how to undo it.
   *
   * @param book - the live book
   * @param first - the event's `U`
   * @param last - its `u`
   * @param bids - flat bid levels; the pairs `bids[bidFrom..bidTo)` are applied
   * @param asks - flat ask levels; the pairs `asks[askFrom..askTo)` are applied
   */
  apply(book: LiveBookSides, first: number, last: number, bids: FlatLevels, bidFrom: number, bidTo: number, asks: FlatLevels, askFrom: number, askTo: number): void {
    const start = this.#base + this.#undo.length;
    book.applySide(true, bids, bidFrom, bidTo, false, this.#undo);
    const askStart = this.#base + this.#undo.length;
    book.applySide(false, asks, askFrom, askTo, false, this.#undo);
    this.#firsts.push(first);
    this.#lasts.push(last);
    this.#starts.push(start);
    this.#askStarts.push(askStart);
    if (this.#firsts.length - this.#head > this.#limit) this.#forgetOldest();
  }

  /**
   * The `lastUpdateId` of the state `age` events before the current one (the oldest known
   * state when the history is shorter).
   *
   * @param age - events back, at least 1
   * @returns the state's id
   */
  idAgo(age: number): number {
    const index = this.#firsts.length - age;
    return index < this.#head ? this.#oldestId : (this.#firsts[index] as number) - 1;
  }

  /**
   * The book as it was right after the event ending at `id` (or at the oldest known state).
   *
   * @param id - a state's `lastUpdateId`
   * @param current - the book now (left unchanged)
   * @param currentId - its `lastUpdateId`
   * @returns a copy of that state, or `undefined` when `id` is not a known state (forgotten,
   * in the future, or inside an event's `[U;u]` range)
   */
  stateAt(id: number, current: LiveBookSides, currentId: number): LiveBookSides | undefined {
    if (id === currentId) return current.copy();
    const stop = id === this.#oldestId ? this.#head - 1 : this.#indexEndingAt(id);
    if (stop === undefined) return undefined;
    const state = current.copy();
    let end = this.#base + this.#undo.length;
    for (let i = this.#firsts.length - 1; i > stop; i--) {
      const start = this.#starts[i] as number;
      const askStart = this.#askStarts[i] as number;
      // undo the asks then the bids, each side's pairs last first
      state.applySide(false, this.#undo, askStart - this.#base, end - this.#base, true);
      state.applySide(true, this.#undo, start - this.#base, askStart - this.#base, true);
      end = start;
    }
    return state;
  }

  #forgetOldest(): void {
    this.#oldestId = this.#lasts[this.#head] as number;
    this.#head += 1;
    // compact only once the dead prefix is as long as the kept part: each slot moves at most once
    if (this.#head < this.#limit) return;
    const dropped = (this.#starts[this.#head] as number) - this.#base;
    this.#undo.splice(0, dropped);
    this.#base += dropped;
    for (const list of [this.#firsts, this.#lasts, this.#starts, this.#askStarts]) list.splice(0, this.#head);
    this.#head = 0;
  }

  /** Binary search over the kept events (sorted by `u`). */
  #indexEndingAt(id: number): number | undefined {
    let low = this.#head;
    let high = this.#lasts.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const last = this.#lasts[mid] as number;
      if (last === id) return mid;
      if (last < id) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }
}
