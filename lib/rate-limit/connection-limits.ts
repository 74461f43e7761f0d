import { ControlPacer } from './control-pacer.js';
import type { RateLimitType, RateLimitWindow } from './rate-limit-snapshot.js';

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

/**
 * The snapshot's connection windows: messages per second and streams of the busiest
 * connection (by share of its own limit), or zero of the market's limits when none is open.
 *
 * @param connections - the open stream connections
 * @param messagesPerSecond - the market's message limit, shown when no connection is open
 * @param streamsPerConnection - the market's stream cap, shown when no connection is open
 * @param now - the time of the snapshot
 *
 * @internal
 */
export function connectionWindows(connections: Iterable<ConnectionLimits>, messagesPerSecond: number, streamsPerConnection: number, now: number): RateLimitWindow[] {
  let messages = 0;
  let messageLimit = messagesPerSecond;
  let streams = 0;
  let streamCap = streamsPerConnection;
  for (const limits of connections) {
    const used = limits.messagesUsed(now);
    if (used / limits.messagesPerSecond > messages / messageLimit) [messages, messageLimit] = [used, limits.messagesPerSecond];
    if (limits.streams / limits.streamCap > streams / streamCap) [streams, streamCap] = [limits.streams, limits.streamCap];
  }
  const window = (type: RateLimitType, interval: string, used: number, limit: number): RateLimitWindow => ({
    scope: 'connection',
    type,
    interval,
    used,
    limit,
    remaining: Math.max(0, limit - used),
    utilization: used / limit,
    pending: 0,
    source: 'client',
  });
  return [window('messages', '1s', messages, messageLimit), window('streams', 'open', streams, streamCap)];
}
