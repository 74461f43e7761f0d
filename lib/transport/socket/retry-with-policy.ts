import { EMPTY, retry, throwError, timer, type MonoTypeOperatorFunction } from 'rxjs';
import { StreamAbandonedError } from '../../errors/stream-errors.js';
import { SocketClosedError, StaleStreamError } from '../../errors/transport-errors.js';
import type { RetryPolicy } from './retry-policy.js';

/** A reconnect about to be waited for. */
export interface ScheduledRetry {
  readonly fails: number;
  readonly delayMs: number;
  readonly error: unknown;
}

/**
 * Resubscribes the source after each transport failure as the policy says, and errors with
 * {@link StreamAbandonedError} once it abandons. The failure count restarts whenever the
 * source emits (the connection proved healthy).
 *
 * @param policy - decides whether and when to retry
 * @param onScheduled - told about every retry before its delay starts (for `events$`)
 * @param wanted - whether anything still needs the source; when not, a failure completes
 * the result instead of retrying (a lingering connection without streams just ends)
 * @returns the operator
 * @throws {@link StreamAbandonedError} when the policy abandons; any non-transport error as is
 *
 * @internal
 */
export function retryWithPolicy<T>(
  policy: RetryPolicy,
  onScheduled: (retry: ScheduledRetry) => void = () => undefined,
  wanted: () => boolean = () => true,
): MonoTypeOperatorFunction<T> {
  return retry({
    resetOnSuccess: true,
    delay: (error: unknown, fails: number) => {
      if (!isTransportFailure(error)) return throwError(() => error);
      if (!wanted()) return EMPTY;
      const decision = policy({ fails, error });
      if (decision.abandon) return throwError(() => new StreamAbandonedError(fails, error));
      const delayMs = Number.isFinite(decision.delayMs) ? Math.max(0, decision.delayMs) : 0;
      onScheduled({ fails, delayMs, error });
      return timer(delayMs);
    },
  });
}

function isTransportFailure(error: unknown): boolean {
  return error instanceof SocketClosedError || error instanceof StaleStreamError;
}
