import { redact } from '../internal/redact.js';
import { BinanceError } from './binance-error.js';
import { ERROR_CODE_NAMES, ERROR_CODES_DOCS_URL } from './error-codes.js';

/** What the exchange said, and where. */
export interface ApiErrorInit {
  /** Binance's error code, e.g. `-1121`. */
  readonly code: number;
  /** Binance's error text. */
  readonly msg: string;
  /** The HTTP status, or the WS-API response's `status`. */
  readonly status: number;
  /** The WS-API method (`order.place`) or REST `VERB /path` that failed. */
  readonly endpoint: string;
  /** The WS-API request id, if the request went over the WebSocket API. */
  readonly requestId?: string | number;
  /** Binance's `error.data`, if any (ban times, cancel-replace sub-results). */
  readonly data?: unknown;
}

/**
 * The exchange answered with an error `{code, msg}` (REST body or WS-API `error`).
 *
 * @remarks Subclasses: {@link RateLimitError} (429 / -1003) and {@link IpBannedError} (418).
 *
 * @example
 * ```ts
 * import { BinanceApiError } from 'binance-rx';
 * spot.getOrder({ symbol: 'BTCUSDT', orderId: 1 }).subscribe({
 *   error: (e) => { if (e instanceof BinanceApiError && e.code === -2013) console.log('no such order'); },
 * });
 * ```
 */
export class BinanceApiError extends BinanceError {
  override readonly name: string = 'BinanceApiError';
  /** Binance's code, e.g. `-2010`. */
  readonly code: number;
  /** Binance's name of the code (`'NEW_ORDER_REJECTED'`), when known. */
  readonly codeName: string | undefined;
  /** Binance's text. */
  readonly msg: string;
  /** HTTP status, or the WS-API `status`. */
  readonly status: number;
  /** The WS-API method or REST `VERB /path`. */
  readonly endpoint: string;
  /** The WS-API request id. */
  readonly requestId: string | number | undefined;
  /** Binance's `error.data`, e.g. the sub-results of a failed cancel-replace. */
  readonly data: unknown;

  /**
   * @param init - code, text, status and endpoint
   * @param options - extra meta lines and the cause
   */
  constructor(init: ApiErrorInit, options: { readonly metaMessages?: readonly string[]; readonly cause?: unknown } = {}) {
    const codeName = ERROR_CODE_NAMES[init.code];
    const msg = redact(init.msg);
    super(`Binance rejected ${init.endpoint}: ${msg}`, {
      cause: options.cause,
      docsUrl: ERROR_CODES_DOCS_URL,
      metaMessages: [
        `Code: ${init.code}${codeName === undefined ? '' : ` (${codeName})`}`,
        `Status: ${init.status}`,
        ...(init.requestId === undefined ? [] : [`Request id: ${init.requestId}`]),
        ...(options.metaMessages ?? []),
      ],
    });
    this.code = init.code;
    this.codeName = codeName;
    this.msg = msg;
    this.status = init.status;
    this.endpoint = init.endpoint;
    this.requestId = init.requestId;
    this.data = init.data;
  }
}

/**
 * Too much request weight or too many orders: HTTP 429 or code `-1003`. Continuing leads to an
 * IP ban ({@link IpBannedError}).
 *
 * @example
 * ```ts
 * import { RateLimitError } from 'binance-rx';
 * spot.getAccount().subscribe({ error: (e) => e instanceof RateLimitError && console.log(`retry in ${e.retryAfterMs} ms`) });
 * ```
 */
export class RateLimitError extends BinanceApiError {
  override readonly name: string = 'RateLimitError';
  /** How long to wait from now, from `Retry-After` or `error.data.retryAfter`; `undefined` if Binance said nothing. */
  readonly retryAfterMs: number | undefined;

  /**
   * @param init - code, text, status and endpoint
   * @param retryAfterMs - the wait Binance asked for
   */
  constructor(init: ApiErrorInit, retryAfterMs: number | undefined, options: { readonly cause?: unknown } = {}) {
    super(init, { ...options, metaMessages: retryAfterMs === undefined ? [] : [`Retry after: ${retryAfterMs} ms`] });
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * The IP is banned (HTTP 418) for continuing past 429s; bans last from 2 minutes to 3 days.
 *
 * @example
 * ```ts
 * import { IpBannedError } from 'binance-rx';
 * spot.getAccount().subscribe({ error: (e) => e instanceof IpBannedError && console.log(new Date(e.bannedUntil ?? 0)) });
 * ```
 */
export class IpBannedError extends BinanceApiError {
  override readonly name: string = 'IpBannedError';
  /** How long the ban still lasts from now, if Binance said. */
  readonly retryAfterMs: number | undefined;
  /** When the ban ends (epoch ms, the client's clock), if Binance said. */
  readonly bannedUntil: number | undefined;

  /**
   * @param init - code, text, status and endpoint
   * @param retryAfterMs - the ban's remaining time
   * @param now - the client's clock, to compute `bannedUntil`
   */
  constructor(init: ApiErrorInit, retryAfterMs: number | undefined, now: number, options: { readonly cause?: unknown } = {}) {
    super(init, { ...options, metaMessages: retryAfterMs === undefined ? [] : [`Banned for: ${retryAfterMs} ms`] });
    this.retryAfterMs = retryAfterMs;
    this.bannedUntil = retryAfterMs === undefined ? undefined : now + retryAfterMs;
  }
}
