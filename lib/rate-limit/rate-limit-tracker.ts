/** One limiter's usage as the exchange last reported it. @internal */
export interface RateLimitUsage {
  /** `REQUEST_WEIGHT`, `ORDERS`, `RAW_REQUESTS`. */
  readonly rateLimitType: string;
  /** `SECOND`, `MINUTE`, `HOUR`, `DAY`. */
  readonly interval: string;
  readonly intervalNum: number;
  /** Known from WS-API `rateLimits`; REST headers carry no limit. */
  readonly limit: number | undefined;
  readonly count: number;
  /** When it was reported (client clock, epoch ms). */
  readonly at: number;
  readonly source: 'wsApi' | 'header';
}

const INTERVALS: Readonly<Record<string, string>> = { S: 'SECOND', M: 'MINUTE', H: 'HOUR', D: 'DAY' };
const HEADER = /^x-mbx-(used-weight|order-count)-(\d+)([smhd])$/i;

/**
 * Keeps the latest usage the exchange reported, per limiter: WS-API `rateLimits[]`
 * (`spec/spot-ws-api.md` §3) and REST `X-MBX-USED-WEIGHT-*` / `X-MBX-ORDER-COUNT-*` headers
 * (`spec/rest.md` §3). The rate-limit guard builds on it.
 *
 * @internal
 */
export class RateLimitTracker {
  readonly #usage = new Map<string, RateLimitUsage>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** The latest usage of every limiter seen so far. */
  usage(): readonly RateLimitUsage[] {
    return [...this.#usage.values()];
  }

  /** The latest `REQUEST_WEIGHT` per-minute usage the exchange reported, if any. */
  requestWeightPerMinute(): RateLimitUsage | undefined {
    return this.#usage.get(keyOf('REQUEST_WEIGHT', 'MINUTE', 1));
  }

  /** Records a WS-API response's `rateLimits`; malformed entries are skipped. */
  recordWsApi(rateLimits: readonly unknown[]): void {
    for (const entry of rateLimits) {
      if (!isRateLimitEntry(entry)) continue;
      this.#put({ ...entry, at: this.#now(), source: 'wsApi' });
    }
  }

  /** Records the usage headers of a REST reply. */
  recordHeaders(headers: { forEach(fn: (value: string, name: string) => void): void }): void {
    headers.forEach((value, name) => {
      const match = HEADER.exec(name);
      if (match === null || !/^\d+$/.test(value.trim())) return;
      const [, kind, num, unit] = match as unknown as [string, string, string, string];
      const rateLimitType = kind.toLowerCase() === 'used-weight' ? 'REQUEST_WEIGHT' : 'ORDERS';
      const interval = INTERVALS[unit.toUpperCase()] ?? unit;
      const known = this.#usage.get(keyOf(rateLimitType, interval, Number(num)));
      this.#put({ rateLimitType, interval, intervalNum: Number(num), limit: known?.limit, count: Number(value.trim()), at: this.#now(), source: 'header' });
    });
  }

  #put(usage: RateLimitUsage): void {
    this.#usage.set(keyOf(usage.rateLimitType, usage.interval, usage.intervalNum), usage);
  }
}

function keyOf(type: string, interval: string, num: number): string {
  return `${type}/${num}${interval}`;
}

function isRateLimitEntry(u: unknown): u is { rateLimitType: string; interval: string; intervalNum: number; limit: number; count: number } {
  if (typeof u !== 'object' || u === null) return false;
  const r = u as Record<string, unknown>;
  return typeof r['rateLimitType'] === 'string' && typeof r['interval'] === 'string' && typeof r['intervalNum'] === 'number' && typeof r['limit'] === 'number' && typeof r['count'] === 'number';
}
