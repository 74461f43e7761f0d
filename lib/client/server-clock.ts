import { defer, map, type Observable, of, share, tap } from 'rxjs';

/**
 * The offset between the exchange's clock and this machine's, for the `timestamp` of signed
 * requests (`spec/signing.md` §2 timing rules: Binance rejects a timestamp 1 s ahead of its
 * clock or older than `recvWindow`).
 *
 * @remarks Synced lazily before the first signed request, and again on `-1021`. Concurrent
 * syncs share one request. The offset assumes the server read its clock half-way through the
 * round trip. One per client; instance state only.
 *
 * @internal
 */
export class ServerClock {
  readonly #now: () => number;
  #offsetMs: number | undefined;
  #sync$: Observable<number> | undefined;

  /** @param now - the local clock (epoch ms) */
  constructor(now: () => number) {
    this.#now = now;
  }

  /** Whether an offset has been measured. */
  get synced(): boolean {
    return this.#offsetMs !== undefined;
  }

  /** The exchange's time now (epoch ms), as best known; the local clock before any sync. */
  serverNow(): number {
    return Math.round(this.#now() + (this.#offsetMs ?? 0));
  }

  /**
   * Syncs if never synced, else emits at once.
   *
   * @param serverTime$ - asks the exchange for its time (epoch ms)
   */
  ensureSynced(serverTime$: Observable<number>): Observable<number> {
    return defer(() => (this.#offsetMs === undefined ? this.resync(serverTime$) : of(this.#offsetMs)));
  }

  /**
   * Measures the offset again (after `-1021`); concurrent callers share one measurement.
   *
   * @param serverTime$ - asks the exchange for its time (epoch ms)
   * @returns the new offset
   */
  resync(serverTime$: Observable<number>): Observable<number> {
    return defer(() => {
      this.#sync$ ??= defer(() => {
        const sentAt = this.#now();
        return serverTime$.pipe(
          map((serverTime) => serverTime - (sentAt + this.#now()) / 2),
          tap({
            next: (offset) => {
              this.#offsetMs = offset;
            },
            finalize: () => {
              this.#sync$ = undefined;
            },
          }),
        );
      }).pipe(share());
      return this.#sync$;
    });
  }
}
