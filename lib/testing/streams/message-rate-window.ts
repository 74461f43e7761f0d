/**
 * Counts a connection's incoming messages in a sliding window, to enforce Binance's "5 messages
 * per second per connection" rule (`spec/spot-streams.md` §2; 10 on futures).
 *
 * @remarks
 * A ring of the last `max` arrival times: O(1) per message and no allocation after
 * construction. The message that would be the `max + 1`-th within `windowMs` is refused.
 *
 * @internal
 */
export class MessageRateWindow {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #arrivals: Float64Array;
  #next = 0;
  #count = 0;

  /**
   * @param max - messages allowed in any window (`Infinity` disables the rule)
   * @param windowMs - length of the sliding window
   */
  constructor(max: number, windowMs: number) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#arrivals = new Float64Array(Number.isFinite(max) ? max : 0);
  }

  /**
   * Records one incoming message.
   *
   * @param now - its arrival time on a monotonic clock, in milliseconds
   * @returns `false` when it exceeds the limit (the caller closes the connection)
   */
  admit(now: number): boolean {
    if (!Number.isFinite(this.#max)) return true;
    if (this.#max === 0) return false;
    if (this.#count === this.#max) {
      const oldest = this.#arrivals[this.#next] ?? 0;
      if (now - oldest < this.#windowMs) return false;
    } else {
      this.#count += 1;
    }
    this.#arrivals[this.#next] = now;
    this.#next = (this.#next + 1) % this.#max;
    return true;
  }
}
