import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { BinanceApiError } from '../errors/api-error.js';
import { DecodeError } from '../errors/decode-error.js';
import { STATUS_UNKNOWN_CODES } from '../errors/error-codes.js';
import { HttpError, TimeoutError } from '../errors/request-errors.js';
import { SocketClosedError } from '../errors/transport-errors.js';
import { ExecutionStatusUnknownError } from '../errors/request-errors.js';
import { toApiError } from '../errors/to-api-error.js';
import type { RequestSpec } from './request-spec.js';

/** An exchange answer from either transport, before decoding. @internal */
export interface RawAnswer {
  readonly status: number;
  /** `{code, msg, data?}` if the exchange said one. */
  readonly error?: { readonly code: number; readonly msg: string; readonly data?: unknown } | undefined;
  readonly body: unknown;
  readonly requestId?: string | number | undefined;
  readonly retryAfterHeader?: string | null | undefined;
}

/**
 * Turns an answer into the decoded result, or throws the mapped error (`toApiError`) or a
 * {@link DecodeError}.
 *
 * @internal
 */
export function unwrapAnswer<R>(spec: RequestSpec<R>, answer: RawAnswer, now: number): R {
  if (answer.status >= 400 || answer.error !== undefined) {
    const error = answer.error ?? { code: 0, msg: `HTTP ${answer.status} without an error body` };
    throw toApiError({
      code: error.code,
      msg: error.msg,
      status: answer.status,
      endpoint: spec.name,
      ...(answer.requestId === undefined ? {} : { requestId: answer.requestId }),
      ...(error.data === undefined ? {} : { data: error.data }),
      retryAfterHeader: answer.retryAfterHeader,
      now,
    });
  }
  const decoded = spec.result.decode(answer.body);
  if (decoded._tag === 'Right') return decoded.right;
  throw new DecodeError(spec.result.name, answer.body, PathReporter.report(decoded));
}

/**
 * Whether an order request that failed this way may still have executed (`spec/rest.md` §4:
 * 5xx is "execution status UNKNOWN"; codes -1006/-1007; a timeout or a cut connection after
 * the request left).
 *
 * @internal
 */
export function isUnknownOutcome(error: unknown): boolean {
  if (error instanceof TimeoutError || error instanceof SocketClosedError) return true;
  if (error instanceof HttpError) return error.status === undefined || error.status >= 500;
  return error instanceof BinanceApiError && (error.status >= 500 || STATUS_UNKNOWN_CODES.has(error.code));
}

/**
 * The error a failed request surfaces: for order requests that were sent and whose outcome is
 * unknown, an {@link ExecutionStatusUnknownError} wrapping the original; otherwise the original.
 *
 * @internal
 */
export function surfaceError(spec: RequestSpec<unknown>, error: unknown, sent: boolean): unknown {
  return spec.ordersEffect && sent && isUnknownOutcome(error) ? new ExecutionStatusUnknownError(spec.name, error) : error;
}

/** Whether the exchange rejected the timestamp (`-1021`): resync the clock and retry once. @internal */
export function isTimestampRejection(error: unknown): boolean {
  return error instanceof BinanceApiError && error.code === -1021;
}
