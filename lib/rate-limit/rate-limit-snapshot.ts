/** Whom a limit counts: the IP (request weight, raw requests, connections), the account (orders) or one connection. */
export type RateLimitScope = 'ip' | 'account' | 'connection';

/** What a limit counts. */
export type RateLimitType = 'requestWeight' | 'rawRequests' | 'orders' | 'connections' | 'messages' | 'streams';

/**
 * One rate-limit window as the client sees it now.
 *
 * @example
 * ```ts
 * const weight = spot.rateLimitSnapshot().windows.find((w) => w.type === 'requestWeight');
 * console.log(`${weight?.used} of ${weight?.limit} per ${weight?.interval}`);
 * ```
 */
export interface RateLimitWindow {
  readonly scope: RateLimitScope;
  readonly type: RateLimitType;
  /** The window's length as Binance writes it: `'1m'`, `'10s'`, `'1d'`, `'5m'`; `'open'` for streams per connection (a count, not a rate). */
  readonly interval: string;
  /** Used in the current window (for `connection` scope: on the busiest connection). */
  readonly used: number;
  /** The exchange's limit for the window. */
  readonly limit: number;
  /** `limit - used`, never below 0. */
  readonly remaining: number;
  /** `used / limit`: a fraction, above 1 when the exchange says so. */
  readonly utilization: number;
  /** Calls waiting for room in this window. */
  readonly pending: number;
  /** `'header'` when the exchange's own count (headers, `rateLimits`) set `used` in this window; else `'client'`. */
  readonly source: 'header' | 'client';
}

/**
 * Where a client stands against Binance's limits: `client.rateLimitSnapshot()`, and on every
 * change `client.rateLimit$`.
 *
 * @example
 * ```ts
 * spot.rateLimit$.subscribe((s) => console.log(`${Math.round(s.maxUtilization * 100)}% used${s.throttled ? ', throttled' : ''}`));
 * ```
 */
export interface RateLimitSnapshot {
  readonly windows: readonly RateLimitWindow[];
  /** Calls waiting for room, in all windows. */
  readonly pending: number;
  /** Time left on a 429/418 block, ms; `undefined` when none is active. */
  readonly retryAfterMs: number | undefined;
  /** Whether anything waits or a 429/418 block is active. */
  readonly throttled: boolean;
  /** When the snapshot was taken (epoch ms, server-aligned clock). */
  readonly at: number;
  /** The highest `utilization` of all windows. */
  readonly maxUtilization: number;
}
