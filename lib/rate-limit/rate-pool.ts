import type { RateLimitScope, RateLimitType, RateLimitWindow } from './rate-limit-snapshot.js';

/** How soon a call held back only by the last window's calls in flight looks again. */
const IN_FLIGHT_RECHECK_MS = 25;

/**
 * How long after a window starts a call's count may still be the last window's: the
 * server-aligned clock is only as good as its sync (half a round trip), so a call sent in
 * the first moments of a window may reach the exchange before its window turns.
 */
const CLOCK_MARGIN_MS = 100;

/** How a pool's window moves. @internal */
export type WindowKind =
  /** Binance's own limits: fixed windows aligned to the calendar (a minute starts at :00). */
  | 'calendar'
  /** Any span of the interval: for limits whose alignment Binance does not state (connection attempts). */
  | 'sliding';

/** What makes a pool. @internal */
export interface RatePoolSpec {
  readonly scope: RateLimitScope;
  readonly type: RateLimitType;
  readonly intervalMs: number;
  /** The exchange's limit per interval. */
  readonly limit: number;
  /** Share of `limit` the client lets itself use (0.9: stop at 90%). */
  readonly budgetShare: number;
  readonly kind: WindowKind;
}

/**
 * One rate-limit window: what the client has used in it, raised to what the exchange reports,
 * and how long a call of a given cost must wait for room.
 *
 * @remarks Pure bookkeeping on times it is given (no clock, no timers), so every rule runs in
 * virtual time. Calendar windows reset at their boundary, which is also when a count reported
 * by the exchange expires: it was a count of the window it was reported in. Sliding windows
 * keep each charge for one interval.
 *
 * @internal
 */
export class RatePool {
  readonly spec: RatePoolSpec;
  readonly label: string;
  /** Calls waiting for room here. */
  pending = 0;
  #window = -1;
  /** Calendar windows: what the client charged in the current window. */
  #own = 0;
  /**
   * Calendar windows: the exchange's last count in the current window plus what was in flight
   * then and charged since (0 before any count): the exchange's view, with what it has not seen.
   */
  #reported = 0;
  /** Sliding windows: charges as [time, cost], oldest first. */
  readonly #charges: [number, number][] = [];
  /** Calendar windows: cost still unanswered, by the window it was charged in. */
  readonly #unanswered = new Map<number, number>();

  constructor(spec: RatePoolSpec) {
    this.spec = spec;
    this.label = intervalLabel(spec.intervalMs);
  }

  /** What the client may use per interval. */
  get budget(): number {
    return Math.max(1, Math.floor(this.spec.limit * this.spec.budgetShare));
  }

  /** Used in the window of `now`. */
  used(now: number): number {
    if (this.spec.kind === 'sliding') {
      this.#expire(now);
      let sum = 0;
      for (const [, cost] of this.#charges) sum += cost;
      return sum;
    }
    this.#roll(now);
    return Math.max(this.#own, this.#reported);
  }

  /**
   * How long a call of `cost` must wait for room: 0 when it fits now. A cost larger than the
   * whole budget goes alone in a fresh window rather than never.
   */
  waitMs(cost: number, now: number): number {
    if (cost <= 0) return 0;
    if (this.spec.kind === 'sliding') return this.#slidingWaitMs(cost, now);
    this.#roll(now);
    const own = this.#own;
    const used = Math.max(own + this.#carried(now), this.#reported);
    if (used + cost <= this.budget || used === 0) return 0;
    // only calls in flight stand in the way (the exchange may count them in a past window): look again soon
    if (this.#inFlight() > 0 && (own + cost <= this.budget || own === 0)) return IN_FLIGHT_RECHECK_MS;
    return this.#windowEnd(now) - now;
  }

  /** Sliding windows: until enough of the oldest charges leave the window. */
  #slidingWaitMs(cost: number, now: number): number {
    const used = this.used(now);
    if (used + cost <= this.budget || used === 0) return 0;
    let freed = 0;
    for (const [at, charge] of this.#charges) {
      freed += charge;
      if (used - freed + cost <= this.budget || used - freed === 0) return at + this.spec.intervalMs - now;
    }
    return this.spec.intervalMs;
  }

  /**
   * Counts `cost` at `now`.
   *
   * @returns for calendar windows, the window it was charged in: pass it to
   * {@link RatePool.answered} when the call is answered (until then, the exchange may count it
   * in a later window than ours: a call sent at the end of a minute arrives in the next)
   */
  charge(cost: number, now: number): number | undefined {
    if (cost <= 0) return undefined;
    if (this.spec.kind === 'sliding') {
      this.#expire(now);
      this.#charges.push([now, cost]);
      return undefined;
    }
    this.#roll(now);
    this.#own += cost;
    if (this.#reported > 0) this.#reported += cost;
    this.#unanswered.set(this.#window, (this.#unanswered.get(this.#window) ?? 0) + cost);
    return this.#window;
  }

  /**
   * Starts this pool (which replaces `from`, a pool of the same limit type with another limit)
   * from what `from` counts in the window of `now`, as answered: calls in flight there are
   * answered to `from`.
   */
  carryOver(from: RatePool, now: number): void {
    if (this.spec.kind === 'sliding') {
      this.charge(from.used(now), now);
      return;
    }
    this.#roll(now);
    this.#own += from.used(now);
  }

  /**
   * A call charged in `window` (what {@link RatePool.charge} returned) was answered at `now`.
   * Answered in a later window than it was charged in, the exchange may have counted it in
   * either: it stays counted in the window of `now` (where it was budgeted while in flight).
   */
  answered(window: number, cost: number, now: number): void {
    const left = (this.#unanswered.get(window) ?? 0) - cost;
    if (left > 0) this.#unanswered.set(window, left);
    else this.#unanswered.delete(window);
    this.#roll(now);
    if (window < this.#window) this.#own += cost;
  }

  /**
   * The exchange's own count for the window of `now` (a header, a `rateLimits` entry), taken
   * after the call it came with was {@link RatePool.answered}: the window then counts at least
   * that count plus every call still in flight (the exchange has not counted those yet). The
   * client's own charges stay the floor, so a count never lowers them.
   *
   * @param sentAt - when the call that brought the count was charged, if known. A call sent
   *   before this window began (or in its first moments, within the clock's uncertainty) may
   *   have been counted in the last window: its count is not this window's and is ignored
   *   (the next answer to a call sent in this window brings this window's count).
   *
   * @remarks The latest count replaces the one before: answers on one connection come in the
   * order the exchange counted them, and a lower count means its window rolled over.
   */
  reconcile(count: number, now: number, sentAt?: number): void {
    if (this.spec.kind === 'sliding') return;
    this.#roll(now);
    if (sentAt !== undefined && sentAt < this.#windowStart(now) + Math.min(CLOCK_MARGIN_MS, this.spec.intervalMs / 10)) return;
    this.#reported = Math.max(0, count) + this.#inFlight();
  }

  /** When the count next changes by itself (window end, oldest sliding charge leaving), if it is not 0. */
  nextChangeAt(now: number): number | undefined {
    if (this.used(now) === 0) return undefined;
    if (this.spec.kind === 'calendar') return this.#windowEnd(now);
    const oldest = this.#charges[0];
    return oldest === undefined ? undefined : oldest[0] + this.spec.intervalMs;
  }

  /** The window as the snapshot shows it. */
  view(now: number): RateLimitWindow {
    const used = this.used(now);
    const { limit, scope, type } = this.spec;
    return {
      scope,
      type,
      interval: this.label,
      used,
      limit,
      remaining: Math.max(0, limit - used),
      utilization: limit > 0 ? used / limit : 0,
      pending: this.pending,
      source: this.spec.kind === 'calendar' && this.#reported > this.#own ? 'header' : 'client',
    };
  }

  /** Calendar windows: cost charged and not answered yet, whatever window it was charged in. */
  #inFlight(): number {
    let sum = 0;
    for (const cost of this.#unanswered.values()) sum += cost;
    return sum;
  }

  /**
   * Cost charged in earlier windows and not answered yet: the exchange may still count it in
   * this one, so it is budgeted here too.
   */
  #carried(now: number): number {
    if (this.#unanswered.size === 0) return 0;
    const current = Math.floor(now / this.spec.intervalMs);
    let carried = 0;
    for (const [window, cost] of this.#unanswered) if (window < current) carried += cost;
    return carried;
  }

  #roll(now: number): void {
    const window = Math.floor(now / this.spec.intervalMs);
    if (window === this.#window) return;
    this.#window = window;
    this.#own = 0;
    this.#reported = 0;
  }

  #windowStart(now: number): number {
    return Math.floor(now / this.spec.intervalMs) * this.spec.intervalMs;
  }

  #windowEnd(now: number): number {
    return this.#windowStart(now) + this.spec.intervalMs;
  }

  #expire(now: number): void {
    const charges = this.#charges;
    while (charges.length > 0 && (charges[0] as [number, number])[0] + this.spec.intervalMs <= now) charges.shift();
  }
}

const UNITS: readonly [number, string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'm'],
  [1000, 's'],
];

/**
 * An interval as Binance's headers write it: 60000 → `'1m'`, 10000 → `'10s'`, 86400000 → `'1d'`.
 *
 * @internal
 */
export function intervalLabel(ms: number): string {
  for (const [unit, letter] of UNITS) if (ms % unit === 0) return `${ms / unit}${letter}`;
  return `${ms}ms`;
}
