import { BinanceApiError, IpBannedError, RateLimitError, type ApiErrorInit } from './api-error.js';

/** An error answer, from either transport. @internal */
export interface ErrorAnswer extends ApiErrorInit {
  /** REST `Retry-After` header: seconds. */
  readonly retryAfterHeader?: string | null | undefined;
  /** The client's clock, for turning Binance's epoch `retryAfter` into a wait. */
  readonly now: number;
}

/**
 * The single place that maps an exchange error answer to an error class (STYLE §5):
 * 418 → {@link IpBannedError}; 429 or `-1003` → {@link RateLimitError}; anything else →
 * {@link BinanceApiError}.
 *
 * @internal
 */
export function toApiError(answer: ErrorAnswer): BinanceApiError {
  const { retryAfterHeader, now, ...init } = answer;
  if (init.status === 418) return new IpBannedError(init, retryAfterMs(answer), now);
  if (init.status === 429 || init.code === -1003) return new RateLimitError(init, retryAfterMs(answer));
  return new BinanceApiError(init);
}

/**
 * The wait Binance asked for: `Retry-After` seconds (REST), else `data.retryAfter - data.serverTime`
 * (WS-API, epoch ms on Binance's clock, so the difference is clock-independent), else the
 * "banned until <epoch ms>" of the message against the client's clock.
 */
function retryAfterMs(answer: ErrorAnswer): number | undefined {
  const header = answer.retryAfterHeader;
  if (header !== undefined && header !== null && /^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const data = answer.data as { retryAfter?: unknown; serverTime?: unknown } | null | undefined;
  if (typeof data === 'object' && data !== null && typeof data.retryAfter === 'number') {
    const base = typeof data.serverTime === 'number' ? data.serverTime : answer.now;
    return Math.max(0, data.retryAfter - base);
  }
  const until = /banned until (\d{13})/.exec(answer.msg)?.[1];
  return until === undefined ? undefined : Math.max(0, Number(until) - answer.now);
}
