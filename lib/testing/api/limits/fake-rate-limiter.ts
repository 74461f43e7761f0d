import type { FakeSpotApiLimits } from '../fake-api-options.js';
import { CalendarCounter } from './calendar-counter.js';
import { intervalMs, intervalText, type FakeRateLimitUnit } from './rate-limit-interval.js';

/** One entry of a WS-API `rateLimits` array (`spec/spot-ws-api.md` §3). @internal */
export interface FakeRateLimitEntry {
  readonly rateLimitType: 'REQUEST_WEIGHT' | 'ORDERS';
  readonly interval: FakeRateLimitUnit;
  readonly intervalNum: number;
  readonly limit: number;
  readonly count: number;
}

const TEN_SECONDS_MS = 10_000;
const DAY_MS = 86_400_000;

interface OrderCounters {
  readonly tenSeconds: CalendarCounter;
  readonly day: CalendarCounter;
}

/**
 * The fake's rate-limit accounting (`spec/spot-ws-api.md` §3, `spec/rest.md` §3, §6): one
 * REQUEST_WEIGHT pool per `requestWeightInterval` (a minute by default) for the IP (every client of the fake is 127.0.0.1, so one pool,
 * shared by WS-API and REST), and ORDERS per account per 10 s and per day.
 *
 * @remarks
 * Windows follow the fake's clock (with its offset), aligned to the calendar.
 *
 * @internal
 */
export class FakeRateLimiter {
  readonly #limits: FakeSpotApiLimits;
  readonly #weight: CalendarCounter;
  readonly #orders = new Map<string, OrderCounters>();

  /** @param limits - the configured limits */
  constructor(limits: FakeSpotApiLimits) {
    this.#limits = limits;
    this.#weight = new CalendarCounter(intervalMs(limits.requestWeightInterval));
  }

  /** The weight used in the window of `now`. */
  usedWeight(now: number): number {
    return this.#weight.count(now);
  }

  /** Adds weight; returns whether the pool is now over its limit. */
  chargeWeight(weight: number, now: number): boolean {
    return this.#weight.add(weight, now) > this.#limits.requestWeightPerMinute;
  }

  /** Whether `weight` more would go over the limit (without charging it). */
  wouldExceed(weight: number, now: number): boolean {
    return this.#weight.count(now) + weight > this.#limits.requestWeightPerMinute;
  }

  /** When the current weight window ends, epoch ms (`retryAfter`). */
  weightWindowEnd(now: number): number {
    return this.#weight.windowEnd(now);
  }

  /** The ORDERS limit an account has used up, as `'<n> SECOND'`-style text with its limit, if any. */
  ordersExhausted(account: string, now: number): { readonly limit: number; readonly interval: string } | undefined {
    const counters = this.#countersOf(account);
    if (counters.day.count(now) >= this.#limits.ordersPerDay) return { limit: this.#limits.ordersPerDay, interval: '1 DAY' };
    if (counters.tenSeconds.count(now) >= this.#limits.ordersPer10s) return { limit: this.#limits.ordersPer10s, interval: '10 SECOND' };
    return undefined;
  }

  /** An account's ORDERS counts in the current 10 s and UTC day. */
  orderCounts(account: string, now: number): { readonly tenSeconds: number; readonly day: number } {
    const counters = this.#countersOf(account);
    return { tenSeconds: counters.tenSeconds.count(now), day: counters.day.count(now) };
  }

  /** Counts one order of an account. */
  countOrder(account: string, now: number): void {
    const counters = this.#countersOf(account);
    counters.tenSeconds.add(1, now);
    counters.day.add(1, now);
  }

  /**
   * The `rateLimits` of a response: ORDERS (when the request concerns an account's orders),
   * then REQUEST_WEIGHT, as in Binance's examples.
   */
  rateLimits(now: number, ordersOf: string | undefined): FakeRateLimitEntry[] {
    const entries: FakeRateLimitEntry[] = [];
    if (ordersOf !== undefined) {
      const counters = this.#countersOf(ordersOf);
      entries.push(
        { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: this.#limits.ordersPer10s, count: counters.tenSeconds.count(now) },
        { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: this.#limits.ordersPerDay, count: counters.day.count(now) },
      );
    }
    entries.push({
      rateLimitType: 'REQUEST_WEIGHT',
      interval: this.#limits.requestWeightInterval.interval,
      intervalNum: this.#limits.requestWeightInterval.intervalNum,
      limit: this.#limits.requestWeightPerMinute,
      count: this.#weight.count(now),
    });
    return entries;
  }

  /** The REST headers of `spec/rest.md` §3 for these entries (`X-MBX-USED-WEIGHT-1M`, `X-MBX-ORDER-COUNT-10S`, …). */
  static headersOf(entries: readonly FakeRateLimitEntry[]): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const e of entries) {
      const name = e.rateLimitType === 'REQUEST_WEIGHT' ? 'X-MBX-USED-WEIGHT' : 'X-MBX-ORDER-COUNT';
      headers[`${name}-${intervalText(e, 'header')}`] = String(e.count);
    }
    return headers;
  }

  /** Forgets every count. */
  reset(): void {
    this.#weight.reset();
    this.#orders.clear();
  }

  #countersOf(account: string): OrderCounters {
    let counters = this.#orders.get(account);
    if (counters === undefined) {
      counters = { tenSeconds: new CalendarCounter(TEN_SECONDS_MS), day: new CalendarCounter(DAY_MS) };
      this.#orders.set(account, counters);
    }
    return counters;
  }
}
