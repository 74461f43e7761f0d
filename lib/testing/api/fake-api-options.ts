import { ConfigError } from '../../errors/config-error.js';
import { checkInterval, type FakeRateLimitInterval } from './limits/rate-limit-interval.js';

/**
 * The limits and timing of the fake's spot WebSocket API and REST. Durations in milliseconds;
 * `Infinity` turns a count rule off.
 */
export interface FakeSpotApiLimits {
  /**
   * REQUEST_WEIGHT per window of `requestWeightInterval` (per calendar minute by default), one
   * pool for the IP shared by WS-API and REST. 6000. The option `requestWeight` is an alias.
   */
  readonly requestWeightPerMinute: number;
  /**
   * The REQUEST_WEIGHT window, calendar-aligned on the fake's clock: `{ interval: 'SECOND',
   * intervalNum: 1 }` lets a test reach and leave 429 without waiting a minute. It names the
   * `X-MBX-USED-WEIGHT-<n><unit>` header and the `rateLimits` / `exchangeInfo` entries.
   * `{ interval: 'MINUTE', intervalNum: 1 }`.
   */
  readonly requestWeightInterval: FakeRateLimitInterval;
  /** ORDERS (unfilled order count) per account per calendar 10 s. 50. */
  readonly ordersPer10s: number;
  /** ORDERS per account per UTC day. 160000. */
  readonly ordersPerDay: number;
  /**
   * Whether a request arriving before the `retryAfter` of a REQUEST_WEIGHT 429 bans the IP
   * (418, `spec/rest.md` §4). `true`.
   */
  readonly escalateToBan: boolean;
  /** How long such a ban lasts: Binance's shortest is 2 minutes (`spec/rest.md` §4). 120000. */
  readonly banMs: number;
  /** How often the WS-API server sends a ping frame. 20000. */
  readonly pingIntervalMs: number;
  /** How long a ping may stay without its pong before the server closes. 60000. */
  readonly pongTimeoutMs: number;
  /** Age at which the server closes a WS-API connection. 24 h. */
  readonly maxConnectionAgeMs: number;
  /** How many request records `apiRequests` keeps (the oldest are dropped). 100000. */
  readonly apiLogLimit: number;
  /**
   * User Data Stream subscription ids a WS-API connection may use in its lifetime; the next
   * subscription gets -2042 (`spec/spot-ws-api.md` §6.6). 65535.
   */
  readonly maxUserStreamSubscriptionIds: number;
}

/**
 * Overrides of {@link FakeSpotApiLimits}, e.g. `{ requestWeightPerMinute: 10 }` to hit 429 fast.
 *
 * @example
 * ```ts
 * import { FakeBinance } from 'binance-rx/testing';
 * // 20 weight per calendar second; no 418 escalation
 * const fake = await FakeBinance.start({
 *   spotApi: { requestWeight: 20, requestWeightInterval: { interval: 'SECOND', intervalNum: 1 }, escalateToBan: false },
 * });
 * ```
 */
export type FakeSpotApiOptions = Partial<FakeSpotApiLimits> & {
  /**
   * Alias of `requestWeightPerMinute` that reads right with any `requestWeightInterval`: the
   * REQUEST_WEIGHT limit per window. Giving both with different values is a `ConfigError`.
   */
  readonly requestWeight?: number;
};

/**
 * Binance's spot WS-API / REST limits (`spec/spot-ws-api.md` §1, §3; `spec/rest.md` §4, §6).
 */
export const SPOT_API_LIMITS: FakeSpotApiLimits = {
  requestWeightPerMinute: 6000,
  requestWeightInterval: { interval: 'MINUTE', intervalNum: 1 },
  ordersPer10s: 50,
  ordersPerDay: 160_000,
  escalateToBan: true,
  banMs: 120_000,
  pingIntervalMs: 20_000,
  pongTimeoutMs: 60_000,
  maxConnectionAgeMs: 24 * 60 * 60 * 1000,
  apiLogLimit: 100_000,
  maxUserStreamSubscriptionIds: 65_535,
};

/**
 * Merges options over {@link SPOT_API_LIMITS} and checks them.
 *
 * @param options - the test's overrides
 * @returns the limits to enforce
 * @throws {@link ConfigError} when a count is not an integer ≥ 0 (or Infinity), a duration not a
 * finite number > 0, `escalateToBan` not a boolean, `requestWeightInterval` malformed, an option
 * unknown, or `requestWeight` and `requestWeightPerMinute` disagree
 *
 * @internal
 */
export function resolveSpotApiLimits(options: FakeSpotApiOptions = {}): FakeSpotApiLimits {
  const { requestWeight, ...rest } = options;
  if (requestWeight !== undefined && rest.requestWeightPerMinute !== undefined && requestWeight !== rest.requestWeightPerMinute) {
    throw new ConfigError(`requestWeight (${requestWeight}) and requestWeightPerMinute (${rest.requestWeightPerMinute}) disagree.`, 'requestWeight');
  }
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  if (requestWeight !== undefined) defined['requestWeightPerMinute'] = requestWeight;
  const merged = { ...SPOT_API_LIMITS, ...defined };
  for (const [name, value] of Object.entries(merged)) {
    if (!(name in SPOT_API_LIMITS)) throw new ConfigError(`Unknown spotApi option ${name}.`, name);
    if (name === 'requestWeightInterval') continue;
    if (name === 'escalateToBan') {
      if (typeof value !== 'boolean') throw new ConfigError(`escalateToBan must be a boolean, got ${String(value)}.`, name);
      continue;
    }
    checkCount(name, value);
  }
  return { ...merged, requestWeightInterval: checkInterval('requestWeightInterval', merged.requestWeightInterval) };
}

/** Durations (`…Ms`) must be numbers > 0 (banMs finite), counts integers ≥ 0 or Infinity. */
function checkCount(name: string, value: unknown): void {
  const isDuration = name.endsWith('Ms');
  const valid =
    typeof value === 'number' &&
    (isDuration ? value > 0 : value >= 0) &&
    (name !== 'banMs' || Number.isFinite(value)) &&
    (isDuration || Number.isInteger(value) || value === Infinity);
  if (!valid) {
    const rule = name === 'banMs' ? 'a finite number > 0' : isDuration ? 'a number > 0' : 'an integer ≥ 0 or Infinity';
    throw new ConfigError(`${name} must be ${rule}, got ${String(value)}.`, name);
  }
}
