import * as t from 'io-ts';
import { catchError, defer, map, type Observable, of, ReplaySubject, share, switchMap, take, throwError, timeout } from 'rxjs';
import { type RequestMeter, unmetered } from '../requests/request-meter.js';
import { ConfigError } from '../errors/config-error.js';
import type { ServerClock } from '../client/server-clock.js';
import type { TimeUnit } from '../client/client-options.js';
import { TimeoutError } from '../errors/request-errors.js';
import { isTimestampRejection, surfaceError, unwrapAnswer } from '../requests/answer.js';
import type { RequestSpec } from '../requests/request-spec.js';
import { isSigned, needsApiKey, SecurityType } from '../requests/security-type.js';
import { serverTimeSpec } from '../requests/server-time-spec.js';
import type { WireParams } from '../requests/serialize-params.js';
import type { Credentials } from '../signing/credentials.js';
import { wsApiPayload } from '../signing/ws-api-payload.js';
import type { WsApiConnection } from './ws-api-connection.js';
import type { WsApiResponse } from './ws-api-frame.js';
import type { WsApiSession } from './ws-api-session.js';

/** What a {@link WsApiRequester} needs. @internal */
export interface WsApiRequesterConfig {
  readonly connection: WsApiConnection;
  readonly clock: ServerClock;
  readonly credentials: Credentials | undefined;
  readonly recvWindowMs: number | undefined;
  readonly requestTimeoutMs: number;
  readonly timeUnit: TimeUnit;
  readonly now: () => number;
  /** Admits the requests the requester makes on its own (`time`, `session.logon`) through the rate limits. */
  readonly meter?: RequestMeter;
}

const TIME = serverTimeSpec('time');
const LOGON: RequestSpec<unknown> = { name: 'session.logon', security: SecurityType.Trade, ordersEffect: false, result: t.unknown };

/**
 * Sends WebSocket-API requests as cold observables: authenticates them (`spec/signing.md` §3),
 * matches the answer, maps errors, decodes the result.
 *
 * @remarks
 * Signed requests sync the server-time offset first, and on `-1021` resync once and retry once
 * (the exchange rejected the request, so retrying cannot duplicate it). Ed25519 credentials log
 * each connection on with `session.logon` (again after every reconnect) and then send signed
 * requests without `apiKey`/`signature`; HMAC and RSA sign every request. Order requests whose
 * outcome is unknown fail with `ExecutionStatusUnknownError` and are never retried.
 *
 * @internal
 */
export class WsApiRequester {
  readonly #config: WsApiRequesterConfig;

  constructor(config: WsApiRequesterConfig) {
    this.#config = config;
  }

  /**
   * One request: nothing happens before subscribe; each subscription sends once.
   *
   * @param spec - the method, its security, and the result codec
   * @param params - checked wire params (without `apiKey`/`timestamp`/`signature`)
   */
  call<R>(spec: RequestSpec<R>, params: WireParams): Observable<R> {
    return defer(() => this.#attempt(spec, params, false, this.#config.connection.session$()));
  }

  /**
   * {@link WsApiRequester.call} on one given session (socket): for requests that belong to it,
   * such as a user-data subscription and its unsubscription.
   *
   * @param session - the session to send on
   * @param spec - the method, its security, and the result codec
   * @param params - checked wire params
   */
  callOn<R>(session: WsApiSession, spec: RequestSpec<R>, params: WireParams): Observable<R> {
    return defer(() => this.#attempt(spec, params, false, of(session)));
  }

  #attempt<R>(spec: RequestSpec<R>, params: WireParams, isRetry: boolean, session$: Observable<WsApiSession>): Observable<R> {
    const { requestTimeoutMs, now } = this.#config;
    let sent = false;
    return session$.pipe(
      switchMap((session) =>
        this.#prepare(spec, params, session).pipe(
          switchMap((final) =>
            session.call(spec.name, final, () => {
              sent = true;
            }),
          ),
        ),
      ),
      take(1),
      timeout({ first: requestTimeoutMs, with: () => throwError(() => new TimeoutError(spec.name, requestTimeoutMs)) }),
      map((response) => unwrapAnswer(spec, answerOf(response), now())),
      catchError((error: unknown) => {
        // recover deliberately: -1021 means rejected, so one retry with a fresh offset is safe
        if (!isRetry && isSigned(spec.security) && isTimestampRejection(error)) {
          return this.#config.clock.resync(this.#serverTime$()).pipe(switchMap(() => this.#attempt(spec, params, true, session$)));
        }
        // translate: an order that may have executed must not look like a plain failure
        return throwError(() => surfaceError(spec, error, sent));
      }),
    );
  }

  /** The final params: `apiKey` for keyed methods; `timestamp`, `recvWindow`, `signature` for signed ones. */
  #prepare(spec: RequestSpec<unknown>, params: WireParams, session: WsApiSession): Observable<Readonly<Record<string, unknown>>> {
    const credentials = this.#config.credentials;
    if (spec.authentication === 'logon') {
      if (credentials?.keyType !== 'ed25519') return throwError(() => new ConfigError(`${spec.name} needs a session logged on with an Ed25519 key.`, 'credentials'));
      return this.#config.clock.ensureSynced(this.#serverTime$()).pipe(
        switchMap(() => this.#logon(session, credentials)),
        map(() => params),
      );
    }
    if (!needsApiKey(spec.security) || credentials === undefined) return of(params);
    if (!isSigned(spec.security)) return of({ ...params, apiKey: credentials.apiKey });
    return this.#config.clock.ensureSynced(this.#serverTime$()).pipe(
      switchMap(() => this.#logon(session, credentials)),
      switchMap((loggedOn) => {
        const timed = this.#timed(params);
        return loggedOn ? of(timed) : this.#sign({ ...timed, apiKey: credentials.apiKey }, credentials);
      }),
    );
  }

  #timed(params: WireParams): Record<string, unknown> {
    const { recvWindowMs, clock } = this.#config;
    return {
      ...params,
      ...(recvWindowMs === undefined || 'recvWindow' in params ? {} : { recvWindow: recvWindowMs }),
      timestamp: clock.serverNow(),
    };
  }

  #sign(params: Record<string, unknown>, credentials: Credentials): Observable<Record<string, unknown>> {
    const payload = wsApiPayload(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, textOf(v)])));
    return credentials.sign(payload).pipe(map((signature) => ({ ...params, signature })));
  }

  /** Ed25519 only (`spec/spot-ws-api.md` §5): logs the session on once, shared by its requests. */
  #logon(session: WsApiSession, credentials: Credentials): Observable<boolean> {
    if (credentials.keyType !== 'ed25519') return of(false);
    session.logon$ ??= defer(() => this.#sign({ ...this.#timed({}), apiKey: credentials.apiKey }, credentials)).pipe(
      // spec/spot-ws-api.md §6.3: weight 2
      switchMap((params) => (this.#config.meter ?? unmetered)('session.logon', 2, session.call('session.logon', params))),
      map((response) => {
        unwrapAnswer(LOGON, answerOf(response), this.#config.now());
      }),
      share({ connector: () => new ReplaySubject<void>(1), resetOnError: true, resetOnComplete: false, resetOnRefCountZero: false }),
    );
    return session.logon$.pipe(map(() => true));
  }

  /** The exchange's time in ms (µs when `timeUnit` is microsecond), for the clock. */
  #serverTime$(): Observable<number> {
    const scale = this.#config.timeUnit === 'microsecond' ? 1000 : 1;
    return (this.#config.meter ?? unmetered)('time', 1, this.#attempt(TIME, {}, true, this.#config.connection.session$())).pipe(map(({ serverTime }) => serverTime / scale));
  }
}

function answerOf(response: WsApiResponse): { status: number; error: WsApiResponse['error']; body: unknown; requestId: string | number | undefined } {
  return { status: response.status, error: response.error, body: response.result, requestId: response.id ?? undefined };
}

function textOf(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
