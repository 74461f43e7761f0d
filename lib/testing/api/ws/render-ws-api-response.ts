import type { FakeApiError } from '../fake-api-types.js';
import type { FakeRateLimitEntry } from '../limits/fake-rate-limiter.js';
import type { FakeApiAnswer } from '../pipeline/fake-api-answer.js';
import { inTimeUnit, type FakeApiTimeUnit } from '../time-unit.js';

/** A response frame: its text, and the same as a JSON value for the log. @internal */
export interface RenderedWsApiResponse {
  readonly text: string;
  readonly body: unknown;
}

/**
 * Renders a response envelope (`spec/spot-ws-api.md` §3): `{"id","status","result"|"error",
 * "rateLimits"?}` in that order; a raw scripted body is sent as it is.
 *
 * @param idJson - the request id as JSON text (digits as sent, beyond 2^53 too)
 * @param id - the same id as a value, for the log
 * @param answer - the pipeline's answer
 * @param withRateLimits - whether to add `rateLimits`
 * @param timeUnit - the connection's timestamp unit, applied to `result`
 * @returns the frame
 *
 * @internal
 */
export function renderWsApiResponse(
  idJson: string,
  id: number | string | null | undefined,
  answer: FakeApiAnswer,
  withRateLimits: boolean,
  timeUnit: FakeApiTimeUnit,
): RenderedWsApiResponse {
  const { body } = answer;
  if ('rawBody' in body) return { text: body.rawBody, body: body.rawBody };
  const rateLimits = withRateLimits ? answer.rateLimits : undefined;
  if ('error' in body) return renderWsApiError(idJson, id, answer.status, body.error, rateLimits);
  const result = inTimeUnit(body.result, timeUnit);
  return {
    text: `{"id":${idJson},"status":${answer.status},"result":${JSON.stringify(result) ?? 'null'}${rateLimitsJson(rateLimits)}}`,
    body: { id: id ?? null, status: answer.status, result, ...(rateLimits === undefined ? {} : { rateLimits }) },
  };
}

/**
 * Renders an error envelope.
 *
 * @internal
 */
export function renderWsApiError(
  idJson: string,
  id: number | string | null | undefined,
  status: number,
  error: FakeApiError,
  rateLimits?: readonly FakeRateLimitEntry[],
): RenderedWsApiResponse {
  return {
    text: `{"id":${idJson},"status":${status},"error":${JSON.stringify(error)}${rateLimitsJson(rateLimits)}}`,
    body: { id: id ?? null, status, error, ...(rateLimits === undefined ? {} : { rateLimits }) },
  };
}

function rateLimitsJson(rateLimits: readonly FakeRateLimitEntry[] | undefined): string {
  return rateLimits === undefined ? '' : `,"rateLimits":${JSON.stringify(rateLimits)}`;
}
