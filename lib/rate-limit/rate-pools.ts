import { type ExchangeRateLimit, MARKET_RATE_LIMITS, poolOfExchangeLimit, type RateLimitMarket, specOfExchangeLimit } from './market-rate-limits.js';
import type { RateLimitType, RateLimitWindow } from './rate-limit-snapshot.js';
import { RatePool, type RatePoolSpec } from './rate-pool.js';

/** What one call charges, per limit type (absent: 0). @internal */
export type RateCharge = Partial<Readonly<Record<RateLimitType, number>>>;

/** What one admission charged, per calendar pool, and when: answer it when the call is answered. @internal */
export type Charged = readonly { readonly pool: RatePool; readonly window: number; readonly cost: number; readonly at: number }[];

/** Where a call must wait: the longest wait, the pools that hold it, the order pool among them. @internal */
export interface PoolWaits {
  readonly ms: number;
  readonly pools: readonly RatePool[];
  /** The order window that holds the call longest (orders fail instead of waiting). */
  readonly orders: RatePool | undefined;
}

/** Share of a limit that background calls leave free for the user's own requests. */
const BACKGROUND_HEADROOM = 0.1;

const HEADER = /^x-mbx-(used-weight|order-count)-(\d+)([smhd])$/i;
const HEADER_UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * The IP and account windows of one market (request weight, raw requests, orders, connection
 * attempts), starting from Binance's defaults and following what the exchange reports: counts
 * from replies, limits from `exchangeInfo` and WS-API `rateLimits`.
 *
 * @remarks Bookkeeping on times it is given (no clock, no timers): the {@link RateLimiter}
 * decides when calls go. A pool whose limit changes is replaced, keeping its count.
 *
 * @internal
 */
export class RatePools {
  #pools: RatePool[];

  /** @param market - whose defaults to start from */
  constructor(market: RateLimitMarket) {
    this.#pools = MARKET_RATE_LIMITS[market].pools.map((spec) => new RatePool(spec));
  }

  /** The windows as the snapshot shows them. */
  views(now: number): RateLimitWindow[] {
    return this.#pools.map((pool) => pool.view(now));
  }

  /** The earliest time after `now` at which a count changes by itself. */
  nextChangeAt(now: number): number | undefined {
    let next: number | undefined;
    for (const pool of this.#pools) {
      const at = pool.nextChangeAt(now);
      if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
    }
    return next;
  }

  /**
   * How long a call charging `charge` must wait at `now`; background calls leave the last 10%
   * of the IP's limits free.
   */
  waits(charge: RateCharge, background: boolean, now: number): PoolWaits {
    let ms = 0;
    const pools: RatePool[] = [];
    let orders: RatePool | undefined;
    let ordersWait = 0;
    for (const pool of this.#pools) {
      const cost = charge[pool.spec.type] ?? 0;
      if (cost <= 0) continue;
      const headroom = background && pool.spec.scope === 'ip' ? Math.ceil(pool.spec.limit * BACKGROUND_HEADROOM) : 0;
      const wait = pool.waitMs(cost + headroom, now);
      if (wait <= 0) continue;
      pools.push(pool);
      if (pool.spec.type === 'orders' && wait > ordersWait) {
        orders = pool;
        ordersWait = wait;
      }
      ms = Math.max(ms, wait);
    }
    return { ms, pools, orders };
  }

  /** Counts a call in every window it concerns. */
  charge(charge: RateCharge, now: number): Charged {
    const charged: { pool: RatePool; window: number; cost: number; at: number }[] = [];
    for (const pool of this.#pools) {
      const cost = charge[pool.spec.type] ?? 0;
      const window = pool.charge(cost, now);
      if (window !== undefined) charged.push({ pool, window, cost, at: now });
    }
    return charged;
  }

  /**
   * A WS-API response's `rateLimits` (`spec/spot-ws-api.md` §3): counts raise the local ones;
   * a limit not known yet (or changed) is adopted.
   *
   * @param answered - what the call that brought them charged, if known (it tells when the call was sent)
   * @returns whether a request-weight limit was among them
   */
  recordWsApi(rateLimits: readonly unknown[], now: number, answered?: Charged): boolean {
    let weight = false;
    for (const entry of rateLimits) {
      if (!isCountedLimit(entry)) continue;
      const pool = this.#poolFor(entry, now) ?? this.#adopt(entry);
      pool?.reconcile(entry.count, now, sentAt(answered, pool));
      weight ||= pool?.spec.type === 'requestWeight';
    }
    return weight;
  }

  /**
   * A REST reply's `X-MBX-USED-WEIGHT-*` / `X-MBX-ORDER-COUNT-*` headers (`spec/rest.md` §3).
   *
   * @param answered - what the call that brought them charged, if known (it tells when the call was sent)
   * @returns whether any was a count
   */
  recordHeaders(headers: { forEach(fn: (value: string, name: string) => void): void }, now: number, answered?: Charged): boolean {
    let seen = false;
    headers.forEach((value, name) => {
      const match = HEADER.exec(name);
      if (match === null || !/^\d+$/.test(value.trim())) return;
      const [, kind, num, unit] = match as unknown as [string, string, string, string];
      const type: RateLimitType = kind.toLowerCase() === 'used-weight' ? 'requestWeight' : 'orders';
      const intervalMs = Number(num) * (HEADER_UNIT_MS[unit.toLowerCase()] ?? 0);
      const pool = this.#pools.find((p) => p.spec.type === type && p.spec.intervalMs === intervalMs);
      pool?.reconcile(Number(value.trim()), now, sentAt(answered, pool));
      seen = true;
    });
    return seen;
  }

  /**
   * `exchangeInfo`'s `rateLimits` (`spec/rest.md` §6): they replace the pools of the types they
   * describe (the market defaults of other types stay).
   *
   * @returns the limit types replaced
   */
  applyExchangeLimits(rateLimits: readonly ExchangeRateLimit[], now: number): ReadonlySet<RateLimitType> {
    const adopted: RatePool[] = [];
    for (const entry of rateLimits) {
      if (entry.limit === undefined) continue;
      const spec = specOfExchangeLimit({ ...entry, limit: entry.limit });
      if (spec !== undefined) adopted.push(this.#replacement(spec, now));
    }
    const types = new Set(adopted.map((p) => p.spec.type));
    if (types.size > 0) this.#pools = [...adopted, ...this.#pools.filter((p) => !types.has(p.spec.type))];
    return types;
  }

  #poolFor(entry: ExchangeRateLimit, now: number): RatePool | undefined {
    const key = poolOfExchangeLimit(entry);
    if (key === undefined) return undefined;
    const pool = this.#pools.find((p) => p.spec.type === key.type && p.spec.intervalMs === key.intervalMs);
    if (pool !== undefined && entry.limit !== undefined && entry.limit !== pool.spec.limit) {
      const replaced = this.#replacement({ ...pool.spec, limit: entry.limit }, now, pool);
      this.#pools = this.#pools.map((p) => (p === pool ? replaced : p));
      return replaced;
    }
    return pool;
  }

  #adopt(entry: ExchangeRateLimit & { readonly limit: number }): RatePool | undefined {
    const spec = specOfExchangeLimit(entry);
    if (spec === undefined) return undefined;
    const pool = new RatePool(spec);
    this.#pools.push(pool);
    return pool;
  }

  /** A pool for `spec`, carrying over the count and waiters of the pool it replaces. */
  #replacement(spec: RatePoolSpec, now: number, from = this.#pools.find((p) => p.spec.type === spec.type && p.spec.intervalMs === spec.intervalMs)): RatePool {
    const pool = new RatePool(spec);
    if (from !== undefined) {
      pool.carryOver(from, now);
      pool.pending = from.pending;
    }
    return pool;
  }
}

/** Tells the pools that the calls `charged` were answered at `now`. @internal */
export function answer(charged: Charged, now: number): void {
  for (const { pool, window, cost } of charged) pool.answered(window, cost, now);
}

/** When the call that charged `charged` was charged in `pool`, if it was. */
function sentAt(charged: Charged | undefined, pool: RatePool | undefined): number | undefined {
  return charged?.find((c) => c.pool === pool)?.at;
}

function isCountedLimit(u: unknown): u is ExchangeRateLimit & { readonly limit: number; readonly count: number } {
  if (typeof u !== 'object' || u === null) return false;
  const r = u as Record<string, unknown>;
  return typeof r['rateLimitType'] === 'string' && typeof r['interval'] === 'string' && typeof r['intervalNum'] === 'number' && typeof r['limit'] === 'number' && typeof r['count'] === 'number';
}
