import { ConfigError } from '../../errors/config-error.js';

/**
 * The fake exchange's server clock: the machine's clock plus an offset a test sets, so that a
 * client whose clock is wrong can be played (`timestamp` checks, `serverTime`, rate-limit windows).
 *
 * @internal
 */
export class FakeApiClock {
  #offsetMs = 0;

  /** The server time, epoch ms. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** The current offset from `Date.now()`, ms. */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  /**
   * Moves the server clock.
   *
   * @param ms - offset from `Date.now()`; positive puts the server ahead of the client
   * @throws {@link ConfigError} when not a finite number
   */
  setOffset(ms: number): void {
    if (!Number.isFinite(ms)) throw new ConfigError(`The clock offset must be a finite number, got ${String(ms)}.`, 'ms');
    this.#offsetMs = ms;
  }
}
