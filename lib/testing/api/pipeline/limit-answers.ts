import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiError } from '../fake-api-types.js';
import { FakeRateLimiter, type FakeRateLimitEntry } from '../limits/fake-rate-limiter.js';
import type { FakeApiAnswer } from './fake-api-answer.js';

/**
 * The 429 / 418 answer of a rate-limit refusal: over the WS-API `error.data` carries `serverTime`
 * and `retryAfter` (epoch ms, `spec/spot-ws-api.md` §3); REST sends `{code,msg}` and the
 * `Retry-After` header in whole seconds, at least 1 (`spec/rest.md` §3).
 *
 * @param status - 429 or 418
 * @param error - the `{code,msg}`
 * @param now - the server time, epoch ms
 * @param retryAfter - when the client may try again, epoch ms
 * @param rateLimits - the REQUEST_WEIGHT entry to report
 * @returns the answer, with the usage headers
 *
 * @internal
 */
export function refusalAnswer(status: 429 | 418, error: FakeApiError, now: number, retryAfter: number, rateLimits: readonly FakeRateLimitEntry[]): FakeApiAnswer {
  return withWeightHeaders({
    status,
    body: { error: { ...error, data: { serverTime: now, retryAfter } }, restError: error },
    rateLimits,
    headers: { 'Retry-After': String(Math.max(1, Math.ceil((retryAfter - now) / 1000))) },
  });
}

/**
 * The 418 of a banned IP: -1003 "Way too much request weight used; IP banned until <ms>…".
 *
 * @param now - the server time, epoch ms
 * @param bannedUntil - when the ban ends, epoch ms
 * @param rateLimits - the REQUEST_WEIGHT entry to report
 * @returns the answer
 *
 * @internal
 */
export function bannedAnswer(now: number, bannedUntil: number, rateLimits: readonly FakeRateLimitEntry[]): FakeApiAnswer {
  return refusalAnswer(418, FAKE_API_ERRORS.banned(bannedUntil), now, bannedUntil, rateLimits);
}

/**
 * Adds the REST headers of `spec/rest.md` §3: `X-MBX-USED-WEIGHT-<n><unit>` on every response,
 * `X-MBX-ORDER-COUNT-10S` / `-1D` on successful order requests only.
 *
 * @param answer - the answer
 * @returns the answer with the headers (its own headers win)
 *
 * @internal
 */
export function withWeightHeaders(answer: FakeApiAnswer): FakeApiAnswer {
  const counted = answer.status < 400 ? answer.rateLimits : answer.rateLimits.filter((e) => e.rateLimitType === 'REQUEST_WEIGHT');
  return { ...answer, headers: { ...FakeRateLimiter.headersOf(counted), ...answer.headers } };
}
