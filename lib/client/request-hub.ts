import { asyncScheduler, catchError, defer, type Observable, Subject, type Subscription, throwError } from 'rxjs';
import { IpBannedError, RateLimitError } from '../errors/api-error.js';
import { clientClosedError, ConfigError } from '../errors/config-error.js';
import { redactUrl } from '../internal/redact.js';
import type { Admission, RateLimiter } from '../rate-limit/rate-limiter.js';
import type { HttpVerb } from '../requests/endpoint.js';
import type { RequestMeter } from '../requests/request-meter.js';
import type { MeteredRequestSpec } from '../requests/request-spec.js';
import type { WireParams } from '../requests/serialize-params.js';
import type { ConnectionEvent } from '../streams/connection-event.js';
import { RestRequester } from '../transport/http/rest-requester.js';
import type { WebSocketCtor } from '../transport/socket/web-socket-like.js';
import { WsApiConnection } from '../ws-api/ws-api-connection.js';
import { WsApiRequester } from '../ws-api/ws-api-requester.js';
import type { WsApiSession } from '../ws-api/ws-api-session.js';
import type { ResolvedOptions } from './resolve-options.js';
import { ServerClock } from './server-clock.js';

/** Where a market's requests go. @internal */
export interface RequestRoutes {
  /** Connection-id label of the WS-API socket, e.g. `spot/ws-api`. */
  readonly wsApiLabel: string;
  /** The server-time path for REST-only clock syncs, e.g. `/api/v3/time`. */
  readonly timePath: string;
  /** Request weight of opening a WebSocket-API connection. */
  readonly wsApiConnectWeight: number;
}

/**
 * A client's request machinery: one server clock, the rate limiter, the lazily opened
 * WebSocket-API connection and the REST requester, sharing the clock and the limiter. Every
 * request (and WebSocket-API connection attempt) is admitted by the limiter before it goes; the
 * exchange's counts and 429/418 answers are fed back to it.
 *
 * @internal
 */
export class RequestHub {
  readonly clock: ServerClock;
  readonly #limiter: RateLimiter;
  /** Names the requests' side in events (the WS-API connection label). */
  readonly #label: string;
  readonly #url: string;
  /** Connection events of the WS-API socket. */
  readonly events$: Observable<ConnectionEvent>;
  readonly #eventsSubject$ = new Subject<ConnectionEvent>();
  readonly #options: ResolvedOptions;
  readonly #connection: WsApiConnection;
  readonly #wsApi: WsApiRequester;
  readonly #rest: RestRequester | undefined;
  /** Reports the limiter's blocks, whichever client sharing it took the 429/418. */
  readonly #blocks: Subscription;
  #closed = false;

  constructor(options: ResolvedOptions, routes: RequestRoutes, limiter: RateLimiter, missingWebSocket: WebSocketCtor) {
    const now = (): number => asyncScheduler.now();
    this.#options = options;
    this.clock = new ServerClock(now);
    this.#limiter = limiter;
    this.#label = routes.wsApiLabel;
    this.#url = redactUrl(options.wsApiHost);
    this.events$ = this.#eventsSubject$.asObservable();
    this.#blocks = limiter.blocked$.subscribe(({ scope, retryAfterMs, banned, at }) =>
      this.#eventsSubject$.next({ type: 'rateLimited', retryAfterMs, scope, banned, connectionId: this.#label, url: this.#url, at }),
    );
    const query = options.timeUnit === 'microsecond' ? `${options.wsApiHost.includes('?') ? '&' : '?'}timeUnit=MICROSECOND` : '';
    this.#connection = new WsApiConnection({
      label: routes.wsApiLabel,
      url: `${options.wsApiHost}${query}`,
      webSocket: options.webSocket ?? missingWebSocket,
      lingerMs: options.connectionLingerMs,
      now,
      emit: (event) => this.#eventsSubject$.next(event),
      onResponse: (response) => {
        if (response.rateLimits !== undefined) limiter.recordWsApi(response.rateLimits);
      },
      // spec/spot-ws-api.md §1: an attempt counts against CONNECTIONS and costs request weight
      admitConnection: () =>
        limiter.admit$({ name: 'connect', charge: { connections: 1, requestWeight: routes.wsApiConnectWeight }, kind: 'request', guard: options.rateLimitGuard }),
      onRevoked: (session) => {
        // the key was revoked mid-session (§3): the next signed request logs on again and fails typed
        session.logon$ = undefined;
      },
    });
    const meter: RequestMeter = (name, weight, request$) =>
      limiter.run$({ name, charge: { requestWeight: weight, rawRequests: 1 }, kind: 'request', guard: options.rateLimitGuard }, request$);
    const shared = {
      meter,
      clock: this.clock,
      credentials: options.credentials,
      recvWindowMs: options.recvWindowMs,
      requestTimeoutMs: options.requestTimeoutMs,
      timeUnit: options.timeUnit,
      now,
    };
    this.#wsApi = new WsApiRequester({ ...shared, connection: this.#connection });
    const fetch = options.fetch;
    this.#rest =
      fetch === undefined
        ? undefined
        : new RestRequester({
            ...shared,
            fetch,
            restHost: options.restHost,
            timePath: routes.timePath,
            onHeaders: (headers) => limiter.recordHeaders(headers),
          });
  }

  /** A WebSocket-API request (cold). */
  wsApi<R>(spec: MeteredRequestSpec<R>, params: WireParams): Observable<R> {
    if (this.#options.webSocket === undefined) {
      throw new ConfigError('No WebSocket implementation: this runtime has no global WebSocket; pass the `webSocket` option.', 'webSocket');
    }
    return this.#admitted(spec, this.#wsApi.call(spec, params));
  }

  /** A REST request (cold). */
  rest<R>(verb: HttpVerb, path: string, spec: MeteredRequestSpec<R>, params: WireParams): Observable<R> {
    if (this.#rest === undefined) throw new ConfigError('No fetch implementation: this runtime has no global fetch; pass the `fetch` option.', 'fetch');
    const rest = this.#rest;
    return defer(() => (this.#closed ? throwError(clientClosedError) : this.#admitted(spec, (answered) => rest.call(verb, path, spec, params, answered))));
  }

  /**
   * The current WebSocket-API session: emits it once open, errors when its socket drops;
   * holding a subscription keeps it open (the user-data stream holds one).
   */
  wsApiSession$(): Observable<WsApiSession> {
    return this.#connection.session$();
  }

  /** A WebSocket-API request on one given session (cold), admitted by the rate limiter. */
  wsApiOn<R>(session: WsApiSession, spec: MeteredRequestSpec<R>, params: WireParams): Observable<R> {
    return this.#admitted(spec, this.#wsApi.callOn(session, spec, params));
  }

  /** Reports an event of the WebSocket-API side (user-data stream recovery) on `events$`. */
  emit(event: ConnectionEvent): void {
    this.#eventsSubject$.next(event);
  }

  /** `request$` once the limiter admits it; a 429/418 it earns blocks its scope in the limiter. */
  #admitted<R>(spec: MeteredRequestSpec<R>, request: Observable<R> | ((answered: () => void) => Observable<R>)): Observable<R> {
    const { weight, orders } = spec.cost;
    const admission: Admission = {
      name: spec.name,
      charge: { requestWeight: weight, rawRequests: 1, orders },
      kind: orders > 0 ? 'order' : spec.background === true ? 'background' : 'request',
      guard: this.#options.rateLimitGuard,
    };
    const refusalsNoted = (request$: Observable<R>): Observable<R> =>
      request$.pipe(
        catchError((error: unknown) => {
          this.#noteRefusal(error);
          return throwError(() => error);
        }),
      );
    return this.#limiter.run$(admission, typeof request === 'function' ? (answered) => refusalsNoted(request(answered)) : refusalsNoted(request));
  }

  /** The exchange said 429 or 418: nothing of that scope goes until the wait has passed. */
  #noteRefusal(error: unknown): void {
    if (!(error instanceof RateLimitError || error instanceof IpBannedError)) return;
    // -1015: too many orders (account); anything else: the IP's weight (spec/rest.md §5)
    const scope = error.code === -1015 ? 'account' : 'ip';
    const now = asyncScheduler.now();
    const windowMs = scope === 'account' ? 10_000 : 60_000;
    const waitMs = error.retryAfterMs ?? windowMs - (now % windowMs);
    const banned = error instanceof IpBannedError;
    // every client of the limiter reports it (this one too) on events$: see the constructor
    this.#limiter.block(scope, waitMs, banned);
  }

  /**
   * Closes the WS-API connection once its requests in flight are answered (or time out) and
   * completes `events$`. REST requests in flight run to their end; requests subscribed after this
   * call fail with `ConfigError`.
   */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#connection.close();
    this.#blocks.unsubscribe();
    this.#eventsSubject$.complete();
  }
}
