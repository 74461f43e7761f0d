/**
 * How many requests the fake refused for rate limits since it started or since
 * `resetRateLimits()`, counted by HTTP status (REST responses, WS-API `status`, and refused
 * WS-API connections alike).
 *
 * @remarks
 * Counts only the fake's own refusals: REQUEST_WEIGHT and ORDERS 429s (-1003, -1015) and IP-ban
 * 418s. Scripted replies (`scriptApi`) are not counted; `apiRequests` records them.
 *
 * @example
 * ```ts
 * import { FakeBinance } from 'binance-rx/testing';
 * const fake = await FakeBinance.start({ spotApi: { requestWeight: 50 } });
 * // … run the code under test …
 * expect(fake.rateLimitRefusals()).toEqual({ tooManyRequests: 0, banned: 0 });
 * ```
 */
export interface FakeRateLimitRefusals {
  /** Answers with status 429: weight (-1003) or ORDERS (-1015) over the limit. */
  readonly tooManyRequests: number;
  /** Answers with status 418: the IP was banned (-1003). */
  readonly banned: number;
}

/**
 * Counts the fake's 429 and 418 refusals.
 *
 * @internal
 */
export class FakeRefusalTally {
  #tooManyRequests = 0;
  #banned = 0;

  /** Counts an answer of the fake's own (not scripted) if its status is 429 or 418. */
  note(status: number): void {
    if (status === 429) this.#tooManyRequests += 1;
    else if (status === 418) this.#banned += 1;
  }

  /** The counts now. */
  snapshot(): FakeRateLimitRefusals {
    return { tooManyRequests: this.#tooManyRequests, banned: this.#banned };
  }

  /** Starts from 0 again. */
  reset(): void {
    this.#tooManyRequests = 0;
    this.#banned = 0;
  }
}
