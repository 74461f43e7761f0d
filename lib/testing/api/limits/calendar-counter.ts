/**
 * A counter over calendar-aligned windows (`spec/spot-ws-api.md` §3: 1 MINUTE resets at :00 of
 * each minute, 10 SECOND at :00, :10, …, 1 DAY at 00:00 UTC): it starts again from 0 when the
 * clock enters a new window.
 *
 * @internal
 */
export class CalendarCounter {
  readonly #intervalMs: number;
  #windowStart = Number.NEGATIVE_INFINITY;
  #count = 0;

  /** @param intervalMs - the window length; epoch 0 is a window start */
  constructor(intervalMs: number) {
    this.#intervalMs = intervalMs;
  }

  /** The count in the window of `now`. */
  count(now: number): number {
    this.#roll(now);
    return this.#count;
  }

  /** Adds `n` in the window of `now`; returns the new count. */
  add(n: number, now: number): number {
    this.#roll(now);
    this.#count += n;
    return this.#count;
  }

  /** When the window of `now` ends, epoch ms. */
  windowEnd(now: number): number {
    return this.#startOf(now) + this.#intervalMs;
  }

  /** Starts from 0 again. */
  reset(): void {
    this.#windowStart = Number.NEGATIVE_INFINITY;
    this.#count = 0;
  }

  #roll(now: number): void {
    const start = this.#startOf(now);
    if (start !== this.#windowStart) {
      this.#windowStart = start;
      this.#count = 0;
    }
  }

  #startOf(now: number): number {
    return Math.floor(now / this.#intervalMs) * this.#intervalMs;
  }
}
