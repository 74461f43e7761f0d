/**
 * A sliding-window budget for the messages a client sends on one stream connection.
 *
 * Binance closes a connection that receives more than 5 messages per second (10 on futures),
 * counting JSON control messages, PING and PONG frames (`spec/spot-streams.md` §2). The client
 * cannot see or delay the pongs it owes the server's pings, so the pacer keeps one message of
 * the limit free for them, and stretches the window a little so that network jitter cannot
 * squeeze two bursts into one server-side second.
 *
 * @internal
 */
export class ControlPacer {
  readonly #limit: number;
  readonly #windowMs: number;
  /** Send times, oldest first; never longer than the limit. */
  readonly #sentAt: number[] = [];

  /**
   * @param messagesPerSecond - Binance's limit for the connection
   * @param reserved - messages per window left for frames the client cannot pace (pongs)
   * @param windowMs - the window; a little over one second
   */
  constructor(messagesPerSecond: number, reserved = 1, windowMs = 1100) {
    this.#limit = Math.max(1, messagesPerSecond - reserved);
    this.#windowMs = windowMs;
  }

  /** Messages this pacer allows in one window. */
  get limit(): number {
    return this.#limit;
  }

  /**
   * @param now - the current time (ms)
   * @returns how long to wait before the next message may go
   */
  delayMs(now: number): number {
    if (this.#sentAt.length < this.#limit) return 0;
    const oldest = this.#sentAt[0] ?? now;
    return Math.max(0, oldest + this.#windowMs - now);
  }

  /**
   * Messages recorded in the `spanMs` before `now` (at most the last {@link ControlPacer.limit}).
   *
   * @param now - the current time (ms)
   * @param spanMs - how far back to count; Binance's window is one second
   * @returns the count
   */
  sentWithin(now: number, spanMs = 1000): number {
    let count = 0;
    for (const at of this.#sentAt) if (at > now - spanMs) count++;
    return count;
  }

  /** When the oldest counted message leaves the `spanMs` window, if any is in it. */
  nextExpiryAt(now: number, spanMs = 1000): number | undefined {
    for (const at of this.#sentAt) if (at > now - spanMs) return at + spanMs;
    return undefined;
  }

  /** Records a message sent at `now`. */
  record(now: number): void {
    this.#sentAt.push(now);
    if (this.#sentAt.length > this.#limit) this.#sentAt.shift();
  }
}
