import { ControlPacer } from './control-pacer.js';

/**
 * The limits of one stream connection (`spec/spot-streams.md` §2, `spec/futures.md` §3):
 * messages per second, paced by its {@link ControlPacer}, and streams carried, against the
 * per-connection cap. The rate limiter shows the busiest connection's figures.
 *
 * @internal
 */
export class ConnectionLimits {
  /** Paces this connection's control messages. */
  readonly pacer: ControlPacer;
  /** Binance's incoming-message limit per second. */
  readonly messagesPerSecond: number;
  readonly streamCap: number;
  #streams = 0;
  readonly #changed: () => void;
  readonly #released: () => void;

  /**
   * @param messagesPerSecond - Binance's incoming-message limit
   * @param streamCap - streams one connection may carry
   * @param changed - told after every change
   * @param released - told once when the connection is gone
   */
  constructor(messagesPerSecond: number, streamCap: number, changed: () => void = () => undefined, released: () => void = () => undefined) {
    this.pacer = new ControlPacer(messagesPerSecond);
    this.messagesPerSecond = messagesPerSecond;
    this.streamCap = streamCap;
    this.#changed = changed;
    this.#released = released;
  }

  /** Streams subscribed on the connection now. */
  get streams(): number {
    return this.#streams;
  }

  /** Messages sent in the last second. */
  messagesUsed(now: number): number {
    return this.pacer.sentWithin(now);
  }

  /** Records a control message sent at `now`. */
  recordMessage(now: number): void {
    this.pacer.record(now);
    this.#changed();
  }

  /** The connection now carries `count` streams. */
  setStreams(count: number): void {
    if (count === this.#streams) return;
    this.#streams = count;
    this.#changed();
  }

  /** When the message count next drops by itself. */
  nextChangeAt(now: number): number | undefined {
    return this.pacer.nextExpiryAt(now);
  }

  /** The connection is gone. */
  release(): void {
    this.#released();
  }
}
