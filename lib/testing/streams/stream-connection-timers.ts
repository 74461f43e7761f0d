import type { FakeStreamLimits } from './fake-stream-market-config.js';

/** What the timers do to their connection. @internal */
export interface StreamConnectionTimerActions {
  /** Send a ping frame with this payload. */
  ping(payload: string): void;
  /** No pong echoed a ping within `pongTimeoutMs`. */
  pongMissed(): void;
  /** The connection reached `maxConnectionAgeMs`. */
  expired(): void;
}

/**
 * The server-driven clocks of one stream connection: a ping every `pingIntervalMs`, the pong
 * deadline, and the maximum age (`spec/spot-streams.md` §2).
 *
 * @remarks
 * Ping payloads are a counter (`"1"`, `"2"`, …). A pong echoing an outstanding ping answers it and
 * every older one; other pongs (unsolicited, empty) count as messages but answer nothing, as on
 * Binance. `pause()` (silence) stops pings and forgets outstanding ones; an age reached while
 * paused fires on `resume()`. `stop()` clears everything.
 *
 * @internal
 */
export class StreamConnectionTimers {
  readonly #limits: FakeStreamLimits;
  readonly #actions: StreamConnectionTimerActions;
  #pingTimer: NodeJS.Timeout | undefined;
  #pongTimer: NodeJS.Timeout | undefined;
  #ageTimer: NodeJS.Timeout | undefined;
  #pingsSent = 0;
  #pingsAnswered = 0;
  #paused = false;
  #expired = false;

  /**
   * @param limits - intervals and deadlines
   * @param actions - what to do when they fire
   */
  constructor(limits: FakeStreamLimits, actions: StreamConnectionTimerActions) {
    this.#limits = limits;
    this.#actions = actions;
  }

  /** Starts pinging and the age clock. */
  start(): void {
    this.#startPings();
    if (isTimerDelay(this.#limits.maxConnectionAgeMs)) {
      this.#ageTimer = setTimeout(() => {
        this.#ageTimer = undefined;
        if (this.#paused) this.#expired = true;
        else this.#actions.expired();
      }, this.#limits.maxConnectionAgeMs);
    }
  }

  /** A pong arrived with this payload. */
  pongReceived(payload: string): void {
    const seq = Number(payload);
    if (!Number.isInteger(seq) || String(seq) !== payload) return;
    if (seq <= this.#pingsAnswered || seq > this.#pingsSent) return;
    this.#pingsAnswered = seq;
    this.#clearPongDeadline();
    // Newer pings are still unanswered: the client is alive, give them a full deadline.
    if (this.#pingsAnswered < this.#pingsSent) this.#armPongDeadline();
  }

  /** Stops pings and the pong deadline (silence). */
  pause(): void {
    this.#paused = true;
    this.#stopPings();
  }

  /** Restarts pings from now; fires an age limit reached while paused. */
  resume(): void {
    this.#paused = false;
    if (this.#expired) this.#actions.expired();
    else this.#startPings();
  }

  /** Clears every timer for good. */
  stop(): void {
    this.#stopPings();
    clearTimeout(this.#ageTimer);
    this.#ageTimer = undefined;
  }

  #startPings(): void {
    if (!isTimerDelay(this.#limits.pingIntervalMs) || this.#pingTimer !== undefined) return;
    this.#pingTimer = setInterval(() => {
      this.#pingsSent += 1;
      this.#actions.ping(String(this.#pingsSent));
      if (this.#pongTimer === undefined) this.#armPongDeadline();
    }, this.#limits.pingIntervalMs);
  }

  #stopPings(): void {
    clearInterval(this.#pingTimer);
    this.#pingTimer = undefined;
    this.#clearPongDeadline();
    this.#pingsAnswered = this.#pingsSent;
  }

  #armPongDeadline(): void {
    if (!isTimerDelay(this.#limits.pongTimeoutMs)) return;
    this.#pongTimer = setTimeout(() => {
      this.#pongTimer = undefined;
      this.#actions.pongMissed();
    }, this.#limits.pongTimeoutMs);
  }

  #clearPongDeadline(): void {
    clearTimeout(this.#pongTimer);
    this.#pongTimer = undefined;
  }
}

/** Node runs a delay above 2^31 - 1 ms at once; such a long limit means "never" here. */
function isTimerDelay(ms: number): boolean {
  return ms <= 2_147_483_647;
}
