import { asyncScheduler, defer, type Observable, Subject, throwError } from 'rxjs';
import { clientClosedError, ConfigError } from '../errors/config-error.js';
import { RateLimitTracker } from '../rate-limit/rate-limit-tracker.js';
import type { HttpVerb } from '../requests/endpoint.js';
import type { RequestSpec } from '../requests/request-spec.js';
import type { WireParams } from '../requests/serialize-params.js';
import type { ConnectionEvent } from '../streams/connection-event.js';
import { RestRequester } from '../transport/http/rest-requester.js';
import type { WebSocketCtor } from '../transport/socket/web-socket-like.js';
import { WsApiConnection } from '../ws-api/ws-api-connection.js';
import { WsApiRequester } from '../ws-api/ws-api-requester.js';
import type { ResolvedOptions } from './resolve-options.js';
import { ServerClock } from './server-clock.js';

/** Where a market's requests go. @internal */
export interface RequestRoutes {
  /** Connection-id label of the WS-API socket, e.g. `spot/ws-api`. */
  readonly wsApiLabel: string;
  /** The server-time path for REST-only clock syncs, e.g. `/api/v3/time`. */
  readonly timePath: string;
}

/**
 * A client's request machinery: one server clock, one rate-limit tracker, the lazily opened
 * WebSocket-API connection and the REST requester, sharing the clock and the tracker.
 *
 * @internal
 */
export class RequestHub {
  readonly clock: ServerClock;
  readonly rateLimits: RateLimitTracker;
  /** Connection events of the WS-API socket. */
  readonly events$: Observable<ConnectionEvent>;
  readonly #eventsSubject$ = new Subject<ConnectionEvent>();
  readonly #options: ResolvedOptions;
  readonly #connection: WsApiConnection;
  readonly #wsApi: WsApiRequester;
  readonly #rest: RestRequester | undefined;
  #closed = false;

  constructor(options: ResolvedOptions, routes: RequestRoutes, missingWebSocket: WebSocketCtor) {
    const now = (): number => asyncScheduler.now();
    this.#options = options;
    this.clock = new ServerClock(now);
    this.rateLimits = new RateLimitTracker(now);
    this.events$ = this.#eventsSubject$.asObservable();
    const query = options.timeUnit === 'microsecond' ? `${options.wsApiHost.includes('?') ? '&' : '?'}timeUnit=MICROSECOND` : '';
    this.#connection = new WsApiConnection({
      label: routes.wsApiLabel,
      url: `${options.wsApiHost}${query}`,
      webSocket: options.webSocket ?? missingWebSocket,
      lingerMs: options.connectionLingerMs,
      now,
      emit: (event) => this.#eventsSubject$.next(event),
      onResponse: (response) => {
        if (response.rateLimits !== undefined) this.rateLimits.recordWsApi(response.rateLimits);
      },
      onRevoked: (session) => {
        // the key was revoked mid-session (§3): the next signed request logs on again and fails typed
        session.logon$ = undefined;
      },
    });
    const shared = {
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
            onHeaders: (headers) => this.rateLimits.recordHeaders(headers),
          });
  }

  /** A WebSocket-API request (cold). */
  wsApi<R>(spec: RequestSpec<R>, params: WireParams): Observable<R> {
    if (this.#options.webSocket === undefined) {
      throw new ConfigError('No WebSocket implementation: this runtime has no global WebSocket; pass the `webSocket` option.', 'webSocket');
    }
    return this.#wsApi.call(spec, params);
  }

  /** A REST request (cold). */
  rest<R>(verb: HttpVerb, path: string, spec: RequestSpec<R>, params: WireParams): Observable<R> {
    if (this.#rest === undefined) throw new ConfigError('No fetch implementation: this runtime has no global fetch; pass the `fetch` option.', 'fetch');
    const rest = this.#rest;
    return defer(() => (this.#closed ? throwError(clientClosedError) : rest.call(verb, path, spec, params)));
  }

  /**
   * Closes the WS-API connection once its requests in flight are answered (or time out) and
   * completes `events$`. REST requests in flight run to their end; requests subscribed after this
   * call fail with `ConfigError`.
   */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#connection.close();
    this.#eventsSubject$.complete();
  }
}
