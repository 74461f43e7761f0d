import { asyncScheduler, defer, distinctUntilChanged, EMPTY, expand, finalize, map, Observable, of, startWith, Subject, switchMap, take, throwError, timer } from 'rxjs';
import { IpBannedError, RateLimitError } from '../errors/api-error.js';
import { RateLimitReachedError } from '../errors/rate-limit-reached-error.js';
import { ConnectionLimits, connectionWindows } from './connection-limits.js';
import { type ExchangeRateLimit, MARKET_RATE_LIMITS, type RateLimitMarket } from './market-rate-limits.js';
import type { RateLimitScope, RateLimitSnapshot, RateLimitWindow } from './rate-limit-snapshot.js';
import type { RatePool } from './rate-pool.js';
import { answer, type Charged, type RateCharge, RatePools } from './rate-pools.js';

export type { RateCharge } from './rate-pools.js';

/** How a call is admitted. @internal */
export interface Admission {
  /** The WS-API method, REST `VERB /path`, or `connect` (errors name it). */
  readonly name: string;
  readonly charge: RateCharge;
  /**
   * `'order'`: fails at once when an order window is full; `'background'` (order-book
   * snapshots): leaves the last 10% of the IP's limits to the user's own calls; `'request'`.
   */
  readonly kind: 'request' | 'order' | 'background';
  /** `false`: count only, never wait or fail (the client's `rateLimitGuard: false`). */
  readonly guard: boolean;
}

interface Block {
  readonly until: number;
  readonly banned: boolean;
}

/** What a 429 or 418 holds: the IP (request weight, bans) or the account's orders (-1015). @internal */
export type BlockScope = Exclude<RateLimitScope, 'connection'>;

/** A 429 or 418 the exchange answered, as told to every client of the limiter. @internal */
export interface RateLimitBlock {
  readonly scope: BlockScope;
  readonly retryAfterMs: number;
  readonly banned: boolean;
  /** Epoch ms. */
  readonly at: number;
}

/**
 * A market's rate-limit pools: request weight and raw requests per IP, orders per account,
 * connection attempts per IP, and messages and streams per connection, with Binance's defaults
 * (`spec/rest.md` §6, `spec/spot-ws-api.md` §1, §3, `spec/spot-streams.md` §2,
 * `spec/futures.md` §3) until the exchange says otherwise.
 *
 * @remarks
 * Every client has one (`client.rateLimiter`); clients of the same market can share one
 * (`new SpotClient({ rateLimiter: other.rateLimiter })`), so that together they stay under the
 * IP's limits. A limiter never serves two markets: passing a spot limiter to a futures client
 * is a `ConfigError`.
 *
 * - Requests wait (as an observable delay) until every window they count against has room
 *   within its budget: 90% of the IP's limits, all of an order window.
 * - Orders never wait: over budget, they fail at once with {@link RateLimitReachedError}.
 * - The exchange's counts (`X-MBX-USED-WEIGHT-*` / `X-MBX-ORDER-COUNT-*` headers, WS-API
 *   `rateLimits`) raise the local count, with the calls still in flight added on top (the
 *   exchange has not counted them yet); Binance's windows are calendar-aligned, so a count
 *   expires with its window. `exchangeInfo`'s `rateLimits` replace the defaults.
 * - A 429 or 418 with a wait blocks every call of its scope until the wait passes; calls made
 *   meanwhile fail with the same error class and the time left.
 *
 * Windows follow the client's clock; a skew of a second against Binance's is covered by the
 * 10% left unused.
 *
 * @example
 * ```ts
 * const spot = new SpotClient();
 * const other = new SpotClient({ rateLimiter: spot.rateLimiter }); // one budget for both
 * spot.rateLimiter.snapshot$.subscribe((s) => console.log(s.maxUtilization));
 * ```
 */
export class RateLimiter {
  /** The market whose limits this is. */
  readonly market: RateLimitMarket;
  /** The snapshot now, then on every change (and when a window rolls over). */
  readonly snapshot$: Observable<RateLimitSnapshot>;
  /**
   * Every 429 or 418 recorded by {@link RateLimiter.block}, whichever client took it: each client
   * sharing the limiter reports it on its `events$`.
   *
   * @internal
   */
  readonly blocked$: Observable<RateLimitBlock>;
  readonly #blocked$ = new Subject<RateLimitBlock>();
  readonly #pools: RatePools;
  readonly #connections = new Map<string, ConnectionLimits>();
  readonly #blocks = new Map<BlockScope, Block>();
  readonly #changed$ = new Subject<void>();
  readonly #now: () => number;
  #waiting = 0;
  /** The call answered last in this task, whose counts may be recorded next. */
  #answered: Charged | undefined;
  /** Background calls admitted and not yet answered. */
  #backgroundInFlight = 0;
  readonly #backgroundDone$ = new Subject<void>();
  /** Whether the exchange has told the request-weight limits (`rateLimits`, `exchangeInfo`). */
  #weightLimitKnown = false;

  /**
   * @param market - `'spot'`, `'usdm'` or `'coinm'`
   * @param options - `now`: the clock (default: RxJS's, virtual under `TestScheduler.run`)
   */
  constructor(market: RateLimitMarket, options: { readonly now?: () => number } = {}) {
    if (!(market in MARKET_RATE_LIMITS)) throw new TypeError(`Unknown market ${String(market)}`);
    this.market = market;
    this.#now = options.now ?? ((): number => asyncScheduler.now());
    this.#pools = new RatePools(market);
    this.blocked$ = this.#blocked$.asObservable();
    this.snapshot$ = this.#changed$.pipe(
      startWith(undefined),
      // after each change, once more whenever a window rolls over or a block ends
      switchMap(() =>
        of(undefined).pipe(
          expand(() => {
            const at = this.#nextChangeAt();
            return at === undefined ? EMPTY : timer(Math.max(0, at - this.#now()));
          }),
        ),
      ),
      map(() => this.snapshot()),
      distinctUntilChanged(sameState),
    );
  }

  /** Where the limits stand now. */
  snapshot(): RateLimitSnapshot {
    const now = this.#now();
    const windows: RateLimitWindow[] = this.#pools.views(now);
    const market = MARKET_RATE_LIMITS[this.market];
    windows.push(...connectionWindows(this.#connections.values(), market.messagesPerSecond, market.streamsPerConnection, now));
    const retryAfterMs = this.#retryAfterMs(now);
    let maxUtilization = 0;
    for (const w of windows) maxUtilization = Math.max(maxUtilization, w.utilization);
    return { windows, pending: this.#waiting, retryAfterMs, throttled: this.#waiting > 0 || retryAfterMs !== undefined, at: now, maxUtilization };
  }

  /**
   * Emits once (and completes) when the call may go, having counted it; waits while a window is
   * full; errors at once for a blocked scope or an order over budget.
   *
   * @internal
   */
  admit$(admission: Admission): Observable<void> {
    return this.#admit$(admission).pipe(
      map((charged) => {
        answer(charged, this.#now());
      }),
    );
  }

  /** Admits and charges; emits what was charged, to be {@link answer}ed when the call is answered. */
  #admit$(admission: Admission): Observable<Charged> {
    return defer(() => {
      const now = this.#now();
      if (!admission.guard) return of(this.#charge(admission.charge, now));
      const blocked = this.#blockedError(admission, now);
      if (blocked !== undefined) return throwError(() => blocked);
      const waits = this.#waits(admission, now);
      if (waits.ms <= 0) return of(this.#charge(admission.charge, now));
      if (admission.kind === 'order' && waits.orders !== undefined) {
        const pool = waits.orders;
        return throwError(() => new RateLimitReachedError(admission.name, `${pool.spec.type}/${pool.label}`, Math.ceil(pool.waitMs(admission.charge.orders ?? 0, now))));
      }
      return this.#wait$(admission, waits.pools, waits.ms);
    });
  }

  /**
   * Runs `request$` once admitted. Background calls are tracked while in flight: until the
   * exchange has told its request-weight limit (a WS-API `rateLimits` entry or `exchangeInfo`),
   * they go one at a time, so a client started against an exchange with lower limits than
   * Binance's defaults learns them from the first answer instead of overrunning them.
   *
   * @param admission - what the call charges, and how it waits
   * @param request - the call; or a function making it from `answered`, to call when the reply
   *   arrives, just before its counts are recorded in the same task (otherwise the call counts
   *   as in flight until it completes). Either way the counts recorded right after the answer
   *   are read as the exchange's count for the window the call was sent in: a call sent in an
   *   earlier window brings no count for this one.
   *
   * @internal
   */
  run$<T>(admission: Admission, request: Observable<T> | ((answered: () => void) => Observable<T>)): Observable<T> {
    const background = admission.kind === 'background' && admission.guard;
    return defer(() => {
      if (background && !this.#weightLimitKnown && this.#backgroundInFlight > 0) {
        return this.#backgroundDone$.pipe(
          take(1),
          switchMap(() => this.run$(admission, request)),
        );
      }
      return this.#admit$(admission).pipe(
        switchMap((charged) => {
          if (background) this.#backgroundInFlight++;
          let open = true;
          const answered = (): void => {
            if (!open) return;
            open = false;
            answer(charged, this.#now());
            this.#justAnswered(charged);
          };
          const request$ = typeof request === 'function' ? request(answered) : request;
          return request$.pipe(
            finalize(() => {
              answered();
              if (!background) return;
              this.#backgroundInFlight--;
              this.#backgroundDone$.next();
            }),
          );
        }),
      );
    });
  }

  /**
   * A 429 or 418 from the exchange: blocks `scope` for `retryAfterMs` (calls fail meanwhile).
   *
   * @internal
   */
  block(scope: BlockScope, retryAfterMs: number, banned: boolean): void {
    const now = this.#now();
    const until = now + Math.max(0, retryAfterMs);
    const current = this.#blocks.get(scope);
    if (current === undefined || current.until < until) {
      this.#blocks.set(scope, { until, banned: banned || (current?.banned ?? false) });
      this.#changed$.next();
    }
    this.#blocked$.next({ scope, retryAfterMs, banned, at: now });
  }

  /**
   * A WS-API response's `rateLimits` (`spec/spot-ws-api.md` §3): counts raise the local ones;
   * a limit not known yet (or changed) is adopted.
   *
   * @internal
   */
  recordWsApi(rateLimits: readonly unknown[]): void {
    const weight = this.#pools.recordWsApi(rateLimits, this.#now(), this.#takeAnswered());
    this.#changed$.next();
    if (weight) this.#learnedWeightLimit();
  }

  /**
   * A REST reply's `X-MBX-USED-WEIGHT-*` / `X-MBX-ORDER-COUNT-*` headers (`spec/rest.md` §3).
   *
   * @internal
   */
  recordHeaders(headers: { forEach(fn: (value: string, name: string) => void): void }): void {
    if (this.#pools.recordHeaders(headers, this.#now(), this.#takeAnswered())) this.#changed$.next();
  }

  /**
   * `exchangeInfo`'s `rateLimits` (`spec/rest.md` §6): they replace the pools they describe
   * (and the market defaults they leave out stay).
   *
   * @internal
   */
  applyExchangeLimits(rateLimits: readonly ExchangeRateLimit[]): void {
    const replaced = this.#pools.applyExchangeLimits(rateLimits, this.#now());
    if (replaced.size === 0) return;
    this.#changed$.next();
    if (replaced.has('requestWeight')) this.#learnedWeightLimit();
  }

  /**
   * Remembers, until the end of this task, the call just answered: the counts recorded next
   * (in the same task, see {@link RateLimiter.run$}) came with its reply, and when it was sent
   * tells which window they count.
   */
  #justAnswered(charged: Charged): void {
    this.#answered = charged;
    queueMicrotask(() => {
      if (this.#answered === charged) this.#answered = undefined;
    });
  }

  #takeAnswered(): Charged | undefined {
    const charged = this.#answered;
    this.#answered = undefined;
    return charged;
  }

  /** The request-weight limit is known now: background calls held one at a time may all go. */
  #learnedWeightLimit(): void {
    if (this.#weightLimitKnown) return;
    this.#weightLimitKnown = true;
    this.#backgroundDone$.next();
  }

  /**
   * The message and stream budget of one stream connection.
   *
   * @internal
   */
  connection(connectionId: string, messagesPerSecond: number, streamCap: number): ConnectionLimits {
    let limits = this.#connections.get(connectionId);
    if (limits === undefined) {
      limits = new ConnectionLimits(messagesPerSecond, streamCap, () => this.#changed$.next(), () => {
        this.#connections.delete(connectionId);
        this.#changed$.next();
      });
      this.#connections.set(connectionId, limits);
    }
    return limits;
  }

  #wait$(admission: Admission, pools: readonly RatePool[], ms: number): Observable<Charged> {
    return new Observable<Charged>((subscriber) => {
      this.#waiting++;
      for (const pool of pools) pool.pending++;
      this.#changed$.next();
      let done = false;
      const leave = (): void => {
        if (done) return;
        done = true;
        this.#waiting--;
        for (const pool of pools) pool.pending--;
        this.#changed$.next();
      };
      const retry = timer(ms)
        .pipe(
          switchMap(() => {
            leave();
            return this.#admit$(admission);
          }),
        )
        .subscribe(subscriber);
      return () => {
        retry.unsubscribe();
        leave();
      };
    });
  }

  #waits(admission: Admission, now: number): { ms: number; pools: readonly RatePool[]; orders: RatePool | undefined } {
    return this.#pools.waits(admission.charge, admission.kind === 'background', now);
  }

  #charge(charge: RateCharge, now: number): Charged {
    const charged = this.#pools.charge(charge, now);
    this.#changed$.next();
    return charged;
  }

  #blockedError(admission: Admission, now: number): Error | undefined {
    for (const [scope, block] of this.#blocks) {
      if (block.until <= now) {
        this.#blocks.delete(scope);
        continue;
      }
      const concerned = scope === 'account' ? (admission.charge.orders ?? 0) > 0 : true;
      if (!concerned) continue;
      const retryAfterMs = block.until - now;
      const init = {
        code: block.banned ? -1003 : scope === 'account' ? -1015 : -1003,
        msg: `Not sent: the exchange asked to wait ${retryAfterMs} ms more (binance-rx rate-limit guard).`,
        status: block.banned ? 418 : 429,
        endpoint: admission.name,
      };
      return block.banned ? new IpBannedError(init, retryAfterMs, now) : new RateLimitError(init, retryAfterMs);
    }
    return undefined;
  }

  #retryAfterMs(now: number): number | undefined {
    let until = 0;
    for (const block of this.#blocks.values()) until = Math.max(until, block.until);
    return until > now ? until - now : undefined;
  }

  #nextChangeAt(): number | undefined {
    const now = this.#now();
    let next: number | undefined;
    const consider = (at: number | undefined): void => {
      if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
    };
    consider(this.#pools.nextChangeAt(now));
    for (const limits of this.#connections.values()) consider(limits.nextChangeAt(now));
    for (const block of this.#blocks.values()) consider(block.until);
    return next;
  }

}

/** Equal but for the clock: a snapshot is emitted only when something a reader sees changed. */
function sameState(a: RateLimitSnapshot, b: RateLimitSnapshot): boolean {
  if (a.pending !== b.pending || a.throttled !== b.throttled || (a.retryAfterMs === undefined) !== (b.retryAfterMs === undefined) || a.windows.length !== b.windows.length) return false;
  return a.windows.every((w, i) => {
    const o = b.windows[i] as RateLimitWindow;
    return w.type === o.type && w.interval === o.interval && w.used === o.used && w.limit === o.limit && w.pending === o.pending && w.source === o.source;
  });
}
