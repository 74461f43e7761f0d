import { catchError, defer, map, type Observable, of, switchMap, throwError, timeout } from 'rxjs';
import type { TimeUnit } from '../../client/client-options.js';
import type { FetchLike } from '../../client/platform.js';
import type { ServerClock } from '../../client/server-clock.js';
import { HttpError, TimeoutError } from '../../errors/request-errors.js';
import { redact } from '../../internal/redact.js';
import { isTimestampRejection, surfaceError, unwrapAnswer } from '../../requests/answer.js';
import type { HttpVerb } from '../../requests/endpoint.js';
import type { RequestMeter } from '../../requests/request-meter.js';
import type { RequestSpec } from '../../requests/request-spec.js';
import { isSigned, needsApiKey } from '../../requests/security-type.js';
import { serverTimeSpec } from '../../requests/server-time-spec.js';
import { toTextPairs, type WireParams } from '../../requests/serialize-params.js';
import type { Credentials } from '../../signing/credentials.js';
import { toQueryString } from '../../signing/query-string.js';
import { fetchRequest, type HttpReply } from './fetch-request.js';

/** What a {@link RestRequester} needs. @internal */
export interface RestRequesterConfig {
  /** Origin without a path, e.g. `https://api.binance.com`. */
  readonly restHost: string;
  readonly fetch: FetchLike;
  readonly clock: ServerClock;
  readonly credentials: Credentials | undefined;
  readonly recvWindowMs: number | undefined;
  readonly requestTimeoutMs: number;
  readonly timeUnit: TimeUnit;
  readonly now: () => number;
  /** The server-time path of this market, e.g. `/api/v3/time`. */
  readonly timePath: string;
  /** Every reply's headers (`X-MBX-USED-WEIGHT-*`, `X-MBX-ORDER-COUNT-*`), for the rate limiter. */
  onHeaders(headers: HttpReply['headers']): void;
  /** Admits the server-time requests the requester makes on its own through the rate limits. */
  readonly meter?: RequestMeter;
}

/**
 * The only path to HTTP (STYLE §7): signs exactly the percent-encoded bytes it sends, adds
 * `X-MBX-APIKEY`, `timestamp` and `recvWindow`, maps errors, decodes the body.
 *
 * @remarks
 * GET sends its params in the query string; POST, PUT and DELETE in an
 * `application/x-www-form-urlencoded` body. The signature covers that string and is appended
 * last (`spec/signing.md` §2). Cold and abortable: unsubscribing aborts the fetch. Signed
 * requests resync the clock and retry once on `-1021`; order requests whose outcome is unknown
 * fail with `ExecutionStatusUnknownError` and are never retried.
 *
 * @internal
 */
export class RestRequester {
  readonly #config: RestRequesterConfig;

  constructor(config: RestRequesterConfig) {
    this.#config = config;
  }

  /**
   * One request: nothing is sent before subscribe; each subscription sends once.
   *
   * @param verb - the HTTP method
   * @param path - `/api/v3/…` or a full URL
   * @param spec - name, security, result codec
   * @param params - checked wire params
   * @param onReply - called as each reply arrives, before its weight headers are recorded (the
   *   rate limiter takes the call out of its in-flight count there: the headers count it)
   */
  call<R>(verb: HttpVerb, path: string, spec: RequestSpec<R>, params: WireParams, onReply?: () => void): Observable<R> {
    return defer(() => this.#attempt(verb, path, spec, params, false, onReply));
  }

  #attempt<R>(verb: HttpVerb, path: string, spec: RequestSpec<R>, params: WireParams, isRetry: boolean, onReply?: () => void): Observable<R> {
    const { requestTimeoutMs, now } = this.#config;
    let sent = false;
    const url = /^https?:\/\//i.test(path) ? path : `${this.#config.restHost}${path}`;
    return this.#payload(spec, params).pipe(
      switchMap((payload) => {
        const inQuery = verb === 'GET';
        const request = {
          url: inQuery && payload !== '' ? `${url}?${payload}` : url,
          method: verb,
          headers: this.#headers(spec, inQuery),
          ...(inQuery ? {} : { body: payload }),
        };
        sent = true;
        return fetchRequest(this.#config.fetch, request);
      }),
      timeout({ first: requestTimeoutMs, with: () => throwError(() => new TimeoutError(spec.name, requestTimeoutMs)) }),
      map((reply) => {
        onReply?.();
        this.#config.onHeaders(reply.headers);
        return unwrapAnswer(spec, answerOf(reply, url), now());
      }),
      catchError((error: unknown) => {
        // recover deliberately: -1021 means rejected, so one retry with a fresh offset is safe
        if (!isRetry && isSigned(spec.security) && isTimestampRejection(error)) {
          return this.#config.clock.resync(this.#serverTime$()).pipe(switchMap(() => this.#attempt(verb, path, spec, params, true, onReply)));
        }
        // translate: an order that may have executed must not look like a plain failure
        return throwError(() => surfaceError(spec, error, sent));
      }),
    );
  }

  /** The percent-encoded params, with `timestamp`, `recvWindow` and the signature last for signed calls. */
  #payload(spec: RequestSpec<unknown>, params: WireParams): Observable<string> {
    const { credentials, clock, recvWindowMs } = this.#config;
    const pairs = toTextPairs(params);
    if (!isSigned(spec.security) || credentials === undefined) return of(toQueryString(pairs));
    return clock.ensureSynced(this.#serverTime$()).pipe(
      switchMap(() => {
        if (recvWindowMs !== undefined && !('recvWindow' in params)) pairs.push(['recvWindow', String(recvWindowMs)]);
        pairs.push(['timestamp', String(clock.serverNow())]);
        const payload = toQueryString(pairs);
        return credentials.sign(payload).pipe(map((signature) => `${payload}&${toQueryString([['signature', signature]])}`));
      }),
    );
  }

  #headers(spec: RequestSpec<unknown>, inQuery: boolean): Record<string, string> {
    const { credentials, timeUnit } = this.#config;
    return {
      ...(inQuery ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }),
      ...(needsApiKey(spec.security) && credentials !== undefined ? { 'X-MBX-APIKEY': credentials.apiKey } : {}),
      ...(timeUnit === 'microsecond' ? { 'X-MBX-TIME-UNIT': 'MICROSECOND' } : {}),
    };
  }

  #serverTime$(): Observable<number> {
    const spec = serverTimeSpec(`GET ${this.#config.timePath}`);
    const scale = this.#config.timeUnit === 'microsecond' ? 1000 : 1;
    const time$ = this.#attempt('GET', this.#config.timePath, spec, {}, true);
    // spec/rest.md §7: weight 1
    return (this.#config.meter === undefined ? time$ : this.#config.meter(spec.name, 1, time$)).pipe(map(({ serverTime }) => serverTime / scale));
  }
}

/** The body as JSON, and Binance's `{code,msg}` if it is one; a non-JSON body is an {@link HttpError}. */
function answerOf(reply: HttpReply, url: string): { status: number; error: { code: number; msg: string } | undefined; body: unknown; retryAfterHeader: string | null } {
  let body: unknown;
  try {
    body = reply.text === '' ? undefined : JSON.parse(reply.text);
  } catch (cause) {
    throw new HttpError(`The exchange answered HTTP ${reply.status} with a body that is not JSON (${reply.contentType || 'no content type'}).`, url, reply.status, {
      cause,
      details: redact(reply.text.slice(0, 200)),
    });
  }
  const error = reply.status >= 400 && isErrorBody(body) ? { code: body.code, msg: body.msg } : undefined;
  return { status: reply.status, error, body, retryAfterHeader: reply.headers.get('retry-after') };
}

function isErrorBody(body: unknown): body is { code: number; msg: string } {
  return typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'number' && typeof (body as { msg?: unknown }).msg === 'string';
}
