import { ConfigError } from '../../errors/config-error.js';

/**
 * The limits and timing a fake market-stream server enforces. Every duration is in milliseconds;
 * `Infinity` turns a rule off.
 */
export interface FakeStreamLimits {
  /** Incoming messages (JSON, PING and PONG frames) allowed per window; one more closes with 1008. Spot 5, futures 10. */
  readonly maxMessagesPerSecond: number;
  /** Length of the sliding window of `maxMessagesPerSecond`; 1000. */
  readonly messageWindowMs: number;
  /** Streams allowed on one connection (URL plus SUBSCRIBE); one more closes with 1008. 1024. */
  readonly maxStreamsPerConnection: number;
  /** How often the server sends a ping frame (with a payload). Spot 20000, futures 180000. */
  readonly pingIntervalMs: number;
  /** How long a ping may stay without a pong echoing its payload before the server closes. Spot 60000, futures 600000. */
  readonly pongTimeoutMs: number;
  /** Age at which the server closes a connection (code 1000). 24 h. */
  readonly maxConnectionAgeMs: number;
  /** How many inbound records the log keeps (the oldest are dropped). 100000. */
  readonly inboundLogLimit: number;
}

/** Overrides of {@link FakeStreamLimits}, e.g. a 50 ms ping interval for a fast test. */
export type FakeStreamOptions = Partial<FakeStreamLimits>;

/**
 * What makes a fake market-stream server spot, USDⓈ-M or COIN-M: the protocol is the same
 * (`spec/futures.md` §3), only paths, limits and stream names differ.
 *
 * @internal
 */
export interface FakeStreamMarketConfig {
  /** Market name, used in connection ids (`spot-1`) and connection info. */
  readonly market: string;
  /**
   * Path prefixes served in front of `/ws` and `/stream`: `['']` on spot, `['/public',
   * '/market']` on USDⓈ-M (`/public/ws/<stream>`, `/market/stream?streams=…`).
   */
  readonly pathPrefixes: readonly string[];
  /** The enforced limits. */
  readonly limits: FakeStreamLimits;
  /** Whether the server accepts a stream name on a connection opened under `pathPrefix`. */
  readonly isValidStreamName: (name: string, pathPrefix: string) => boolean;
}

/**
 * Merges options over a market's default limits and checks them.
 *
 * @param defaults - the market's limits
 * @param options - the test's overrides
 * @returns the limits to enforce
 * @throws {@link ConfigError} when an override is not a number ≥ 0 (durations > 0), or a count
 * is not an integer
 *
 * @internal
 */
export function resolveStreamLimits(defaults: FakeStreamLimits, options: FakeStreamOptions = {}): FakeStreamLimits {
  const limits: FakeStreamLimits = { ...defaults, ...definedOnly(options) };
  for (const [name, value] of Object.entries(limits) as [keyof FakeStreamLimits, unknown][]) {
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

function definedOnly(options: FakeStreamOptions): FakeStreamOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
