import { redactUrl } from '../internal/redact.js';
import { BinanceError } from './binance-error.js';

/**
 * A read-only request got no answer within `requestTimeout`. (Order placement and cancellation
 * fail with {@link ExecutionStatusUnknownError} instead, with this error as `cause`.)
 *
 * @example
 * ```ts
 * import { TimeoutError } from 'binance-rx';
 * spot.getAccount().subscribe({ error: (e) => e instanceof TimeoutError && console.log(e.afterMs) });
 * ```
 */
export class TimeoutError extends BinanceError {
  override readonly name = 'TimeoutError';
  /** The deadline that passed. */
  readonly afterMs: number;
  /** The WS-API method or REST `VERB /path`. */
  readonly endpoint: string;

  /**
   * @param endpoint - what was asked
   * @param afterMs - the deadline
   */
  constructor(endpoint: string, afterMs: number) {
    super(`No answer to ${endpoint} within ${afterMs} ms.`, { metaMessages: [`Endpoint: ${endpoint}`] });
    this.afterMs = afterMs;
    this.endpoint = endpoint;
  }
}

/**
 * An order placement, cancellation, replacement or amendment timed out, lost its connection
 * after being sent, or got a 5xx / `-1006` / `-1007`: **it may have executed**. Never retried by
 * the client; check with `getOrder` or the user-data stream.
 *
 * @example
 * ```ts
 * import { ExecutionStatusUnknownError } from 'binance-rx';
 * spot.createOrder(order).subscribe({
 *   error: (e) => { if (e instanceof ExecutionStatusUnknownError) reconcile(order.newClientOrderId); },
 * });
 * ```
 */
export class ExecutionStatusUnknownError extends BinanceError {
  override readonly name = 'ExecutionStatusUnknownError';
  /** The WS-API method or REST `VERB /path`. */
  readonly method: string;

  /**
   * @param method - what was sent
   * @param cause - what went wrong (a timeout, a closed socket, a 5xx)
   */
  constructor(method: string, cause: unknown) {
    super(`The outcome of ${method} is unknown: it may have executed. It was not retried.`, {
      cause,
      metaMessages: [`Method: ${method}`, `Cause: ${cause instanceof Error ? cause.message.split('\n', 1)[0] : String(cause)}`],
      details: 'Look the order up (getOrder with its clientOrderId) or follow the user-data stream.',
    });
    this.method = method;
  }
}

/**
 * A request argument is wrong: e.g. a JS `number` where Binance expects a decimal (give a
 * `string` or `Big`), or an empty symbol. Thrown synchronously, before anything is sent.
 *
 * @example
 * ```ts
 * import { InvalidParamError } from 'binance-rx';
 * try { spot.createOrder({ ...order, price: 30000.1 as never }); } catch (e) { if (e instanceof InvalidParamError) console.log(e.param); }
 * ```
 */
export class InvalidParamError extends BinanceError {
  override readonly name = 'InvalidParamError';
  /** The param at fault. */
  readonly param: string;

  /**
   * @param param - the param at fault
   * @param problem - what is wrong and how to fix it
   */
  constructor(param: string, problem: string) {
    super(`Invalid param "${param}": ${problem}`, { metaMessages: [`Param: ${param}`] });
    this.param = param;
  }
}

/**
 * An HTTP request failed without an exchange error: the network failed, the request was
 * aborted, or the body was not JSON (e.g. an HTML error page from a proxy).
 *
 * @example
 * ```ts
 * import { HttpError } from 'binance-rx';
 * spot.get('/api/v3/ping').subscribe({ error: (e) => e instanceof HttpError && console.log(e.status) });
 * ```
 */
export class HttpError extends BinanceError {
  override readonly name = 'HttpError';
  /** The URL, secrets redacted. */
  readonly url: string;
  /** The HTTP status, when a response arrived. */
  readonly status: number | undefined;

  /**
   * @param problem - what failed
   * @param url - the request URL (redacted here)
   * @param status - the response status, if any
   */
  constructor(problem: string, url: string, status: number | undefined, options: { readonly cause?: unknown; readonly details?: string } = {}) {
    const safeUrl = redactUrl(url);
    super(problem, {
      ...options,
      metaMessages: [`URL: ${safeUrl}`, ...(status === undefined ? [] : [`Status: ${status}`])],
    });
    this.url = safeUrl;
    this.status = status;
  }
}
