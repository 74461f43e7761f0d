import { ConfigError } from '../../errors/config-error.js';

/**
 * The limits and timing of the fake's spot WebSocket API and REST. Durations in milliseconds;
 * `Infinity` turns a rule off.
 */
export interface FakeSpotApiLimits {
  /** REQUEST_WEIGHT per calendar minute, one pool for the IP shared by WS-API and REST. 6000. */
  readonly requestWeightPerMinute: number;
  /** ORDERS (unfilled order count) per account per calendar 10 s. 50. */
  readonly ordersPer10s: number;
  /** ORDERS per account per UTC day. 160000. */
  readonly ordersPerDay: number;
  /** How often the WS-API server sends a ping frame. 20000. */
  readonly pingIntervalMs: number;
  /** How long a ping may stay without its pong before the server closes. 60000. */
  readonly pongTimeoutMs: number;
  /** Age at which the server closes a WS-API connection. 24 h. */
  readonly maxConnectionAgeMs: number;
  /** How many request records `apiRequests` keeps (the oldest are dropped). 100000. */
  readonly apiLogLimit: number;
}

/** Overrides of {@link FakeSpotApiLimits}, e.g. `{ requestWeightPerMinute: 10 }` to hit 429 fast. */
export type FakeSpotApiOptions = Partial<FakeSpotApiLimits>;

/**
 * Binance's spot WS-API / REST limits (`spec/spot-ws-api.md` §1, §3; `spec/rest.md` §6).
 */
export const SPOT_API_LIMITS: FakeSpotApiLimits = {
  requestWeightPerMinute: 6000,
  ordersPer10s: 50,
  ordersPerDay: 160_000,
  pingIntervalMs: 20_000,
  pongTimeoutMs: 60_000,
  maxConnectionAgeMs: 24 * 60 * 60 * 1000,
  apiLogLimit: 100_000,
};

/**
 * Merges options over {@link SPOT_API_LIMITS} and checks them.
 *
 * @param options - the test's overrides
 * @returns the limits to enforce
 * @throws {@link ConfigError} when a count is not an integer ≥ 0 (or Infinity), or a duration not > 0
 *
 * @internal
 */
export function resolveSpotApiLimits(options: FakeSpotApiOptions = {}): FakeSpotApiLimits {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const limits: FakeSpotApiLimits = { ...SPOT_API_LIMITS, ...defined };
  for (const [name, value] of Object.entries(limits) as [keyof FakeSpotApiLimits, unknown][]) {
    if (!(name in SPOT_API_LIMITS)) throw new ConfigError(`Unknown spotApi option ${name}.`, name);
    const isDuration = name.endsWith('Ms');
    const valid =
      typeof value === 'number' &&
      (isDuration ? value > 0 : value >= 0) &&
      (isDuration || Number.isInteger(value) || value === Infinity);
    if (!valid) {
      const rule = isDuration ? 'a number > 0' : 'an integer ≥ 0 or Infinity';
      throw new ConfigError(`${name} must be ${rule}, got ${String(value)}.`, name);
    }
  }
  return limits;
}
