/** How the fake escalates to a ban. @internal */
export interface FakeIpBanOptions {
  /** Whether a request before a weight 429's `retryAfter` bans the IP. */
  readonly escalate: boolean;
  /** How long an escalation ban lasts, ms. */
  readonly banMs: number;
}

/**
 * The IP ban of the fake exchange (`spec/rest.md` §4, `spec/spot-ws-api.md` §3): Binance bans an
 * IP (HTTP 418, -1003) that keeps sending after a 429. Here the first request that arrives before
 * the `retryAfter` of the last REQUEST_WEIGHT 429 bans the IP for `banMs`; a test may also ban it
 * outright. Every client of the fake is 127.0.0.1, so there is one IP.
 *
 * @remarks
 * Times are the fake's clock (with its offset), so a test moves the clock to end a ban. A ban is
 * not lengthened by the requests it refuses.
 *
 * @internal
 */
export class FakeIpBan {
  readonly #options: FakeIpBanOptions;
  #bannedUntil: number | undefined;
  /** The `retryAfter` of the last REQUEST_WEIGHT 429, while it may still escalate. */
  #tooManyUntil: number | undefined;

  /** @param options - escalation on or off, and the ban length */
  constructor(options: FakeIpBanOptions) {
    this.#options = options;
  }

  /** When the ban in force at `now` ends (epoch ms), `undefined` when the IP is not banned. */
  bannedUntil(now: number): number | undefined {
    if (this.#bannedUntil !== undefined && now >= this.#bannedUntil) this.#bannedUntil = undefined;
    return this.#bannedUntil;
  }

  /**
   * Screens a request arriving at `now`, banning the IP first when it comes before the last
   * weight 429's `retryAfter` and escalation is on.
   *
   * @returns when the ban ends, if the request must be refused with 418
   */
  screen(now: number): number | undefined {
    const until = this.bannedUntil(now);
    if (until !== undefined) return until;
    const tooManyUntil = this.#tooManyUntil;
    if (!this.#options.escalate || tooManyUntil === undefined) return undefined;
    this.#tooManyUntil = undefined;
    return now < tooManyUntil ? this.ban(now + this.#options.banMs) : undefined;
  }

  /** Notes a REQUEST_WEIGHT 429 and its `retryAfter` (epoch ms). */
  tooManyRequests(retryAfter: number): void {
    this.#tooManyUntil = retryAfter;
  }

  /** Bans the IP until `until` (epoch ms), replacing any ban in force; returns `until`. */
  ban(until: number): number {
    this.#bannedUntil = until;
    return until;
  }

  /** Lifts the ban and forgets the last 429; returns whether a ban was in force at `now`. */
  lift(now: number): boolean {
    const wasBanned = this.bannedUntil(now) !== undefined;
    this.#bannedUntil = undefined;
    this.#tooManyUntil = undefined;
    return wasBanned;
  }
}
