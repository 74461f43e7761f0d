/** What a {@link RetryPolicy} is told about the failure it decides on. */
export interface RetryInfo {
  /** Consecutive failures so far (1 on the first), reset once a connection works again. */
  readonly fails: number;
  /** The failure itself (a `SocketClosedError`, `StaleStreamError`, …). */
  readonly error: unknown;
}

/** A {@link RetryPolicy}'s verdict. */
export interface RetryDecision {
  /** Give up: the affected streams error with `StreamAbandonedError`. */
  readonly abandon: boolean;
  /** Wait this long before the next attempt. */
  readonly delayMs: number;
}

/**
 * Decides, after each connection failure, whether and when to reconnect.
 *
 * @example
 * ```ts
 * import { SpotClient, type RetryPolicy } from 'binance-rx';
 * const fiveTries: RetryPolicy = ({ fails }) => ({ abandon: fails > 5, delayMs: 1000 });
 * new SpotClient({ retryPolicy: fiveTries });
 * ```
 */
export type RetryPolicy = (info: RetryInfo) => RetryDecision;

/** Options of {@link backoffPolicy}. */
export interface BackoffOptions {
  /** Upper bound of the first delay. Default 500. */
  readonly initialMs?: number;
  /** Upper bound of every delay. Default 30000. */
  readonly maxMs?: number;
  /** Uniform random source in [0, 1). Default `Math.random`; pass a seeded one in tests. */
  readonly random?: () => number;
}

/**
 * Full-jitter exponential backoff that never gives up: the n-th consecutive failure waits a
 * uniformly random time in `[0, min(maxMs, initialMs · 2^(n-1))]`, so clients that lost the
 * same server do not come back in lockstep.
 *
 * @param options - bounds and random source
 * @returns the policy (the client default)
 *
 * @example
 * ```ts
 * import { SpotClient, backoffPolicy } from 'binance-rx';
 * new SpotClient({ retryPolicy: backoffPolicy({ initialMs: 1000, maxMs: 60_000 }) });
 * ```
 */
export function backoffPolicy(options: BackoffOptions = {}): RetryPolicy {
  const initialMs = options.initialMs ?? 500;
  const maxMs = options.maxMs ?? 30_000;
  const random = options.random ?? Math.random;
  return ({ fails }) => {
    const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(Math.max(fails - 1, 0), 30));
    return { abandon: false, delayMs: Math.floor(random() * ceiling) };
  };
}

/**
 * A policy that abandons at the first failure: streams error with `StreamAbandonedError`.
 *
 * @example
 * ```ts
 * import { SpotClient, noRetryPolicy } from 'binance-rx';
 * new SpotClient({ retryPolicy: noRetryPolicy });
 * ```
 */
export const noRetryPolicy: RetryPolicy = () => ({ abandon: true, delayMs: 0 });
