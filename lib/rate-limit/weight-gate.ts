import { defer, finalize, type Observable, of, switchMap, timer } from 'rxjs';
import type { RateLimitTracker } from './rate-limit-tracker.js';

/** Binance's spot `REQUEST_WEIGHT` per minute, until the exchange tells its own (`spec/rest.md` §6). */
const DEFAULT_WEIGHT_PER_MINUTE = 6000;
/** How much of the minute's weight gated requests may use: the rest stays for the user's own requests. */
const GATED_SHARE = 0.8;
/** How often a waiting request looks again while others are in flight. */
const POLL_MS = 50;
const MINUTE_MS = 60_000;

/**
 * Spaces heavy background requests (order-book snapshots) so that together with everything
 * else they stay under the exchange's request weight: 100 books starting at once must not earn
 * a 429, let alone a 418 ban.
 *
 * @remarks
 * A request of weight `w` goes when the minute's used weight (the latest the exchange reported
 * in this calendar minute) plus the weight of gated requests in flight plus `w` fits in 80% of
 * the minute's limit; otherwise it waits for answers or for the next minute. Until the
 * exchange has reported its limit, gated requests go one at a time. After a 429/418, nothing
 * goes until its `retryAfterMs` has passed. Binance counts weight per calendar minute
 * (`spec/rest.md` §6).
 *
 * @internal
 */
export class WeightGate {
  readonly #tracker: RateLimitTracker;
  readonly #now: () => number;
  #inFlight = 0;
  #blockedUntil = 0;

  constructor(tracker: RateLimitTracker, now: () => number) {
    this.#tracker = tracker;
    this.#now = now;
  }

  /**
   * Runs `request$` once its weight fits.
   *
   * @param weight - the request's weight
   * @param request$ - the cold request
   * @returns `request$`, subscribed when admitted
   */
  run<T>(weight: number, request$: Observable<T>): Observable<T> {
    return this.#admitted$(weight).pipe(
      switchMap(() => {
        this.#inFlight += weight;
        return request$.pipe(
          finalize(() => {
            this.#inFlight -= weight;
          }),
        );
      }),
    );
  }

  /** Holds every gated request until `retryAfterMs` from now (after a 429 or 418). */
  block(retryAfterMs: number): void {
    this.#blockedUntil = Math.max(this.#blockedUntil, this.#now() + retryAfterMs);
  }

  #admitted$(weight: number): Observable<void> {
    return defer(() => {
      const waitMs = this.#waitMs(weight);
      return waitMs <= 0 ? of(undefined) : timer(waitMs).pipe(switchMap(() => this.#admitted$(weight)));
    });
  }

  #waitMs(weight: number): number {
    const now = this.#now();
    if (now < this.#blockedUntil) return this.#blockedUntil - now;
    const usage = this.#tracker.requestWeightPerMinute();
    const limitKnown = usage?.limit !== undefined;
    if (!limitKnown && this.#inFlight > 0) return POLL_MS;
    const minute = Math.floor(now / MINUTE_MS);
    const used = usage !== undefined && Math.floor(usage.at / MINUTE_MS) === minute ? usage.count : 0;
    const budget = GATED_SHARE * (usage?.limit ?? DEFAULT_WEIGHT_PER_MINUTE);
    if (used + this.#inFlight + weight <= budget) return 0;
    if (this.#inFlight > 0) return POLL_MS;
    // nothing of ours in flight: a request heavier than the budget still goes in a fresh minute
    if (used === 0) return 0;
    return (minute + 1) * MINUTE_MS - now + 1;
  }
}
