import { defer, map, type Observable, of, race, ReplaySubject, share, Subject, switchMap, throwError, timer } from 'rxjs';
import { clientClosedError } from '../errors/config-error.js';
import { DecodeError } from '../errors/decode-error.js';
import { SocketClosedError } from '../errors/transport-errors.js';
import { redactUrl } from '../internal/redact.js';
import type { ConnectionEvent } from '../streams/connection-event.js';
import { openSocket } from '../transport/socket/socket.js';
import type { WebSocketCtor } from '../transport/socket/web-socket-like.js';
import type { WsApiEventFrame, WsApiResponse } from './ws-api-frame.js';
import { WsApiSession } from './ws-api-session.js';

/** What a {@link WsApiConnection} needs. @internal */
export interface WsApiConnectionConfig {
  /** Names connections in events, e.g. `spot/ws-api`. */
  readonly label: string;
  readonly url: string;
  readonly webSocket: WebSocketCtor;
  /** How long an idle connection stays open for the next request. */
  readonly lingerMs: number;
  readonly now: () => number;
  emit(event: ConnectionEvent): void;
  /** Every response envelope, for the rate-limit tracker (`rateLimits`). */
  onResponse(response: WsApiResponse): void;
  /** The server revoked the session's API key (`id: null`, 401). */
  onRevoked(session: WsApiSession, response: WsApiResponse): void;
  /** User-data event frames (everything but `serverShutdown`). */
  onEvent?(frame: WsApiEventFrame): void;
  /** Admits one connection attempt (rate limits): emits when the socket may open. */
  admitConnection?(): Observable<void>;
}

/**
 * The client's one WebSocket-API connection: opened by the first request, shared by every
 * request in flight, closed `lingerMs` after the last one (so bursts reuse it), and opened
 * again by the next request after a drop.
 *
 * @remarks When the server announces `serverShutdown`, new requests open a fresh connection while
 * the old one finishes its pending requests and closes. A drop errors every pending request of
 * that socket with `SocketClosedError`.
 *
 * @internal
 */
export class WsApiConnection {
  readonly #config: WsApiConnectionConfig;
  readonly #closingSubject$ = new ReplaySubject<void>(1);
  readonly #allClosedSubject$ = new Subject<void>();
  #current$: Observable<WsApiSession>;
  /** Whether `#current$` has a socket (opening or open). */
  #currentLive: () => boolean = () => false;
  #ids = 0;
  #openSockets = 0;
  #closing = false;

  constructor(config: WsApiConnectionConfig) {
    this.#config = config;
    this.#current$ = this.#connection$();
  }

  /**
   * The current connection's session: emits it once open (at once if already open) and errors
   * with `SocketClosedError` if the socket drops. Holding a subscription keeps it open.
   *
   * Once `close()` was called, only a socket still serving requests is shared; nothing opens a
   * new one, and a request that would need one fails with `ConfigError`.
   */
  session$(): Observable<WsApiSession> {
    return defer(() => (this.#closing && !this.#currentLive() ? throwError(clientClosedError) : this.#current$));
  }

  /**
   * Closes idle sockets now and every other one as its last request ends (requests in flight get
   * their answers, or their timeout); resolves when all are closed.
   */
  close(): Promise<void> {
    this.#closing = true;
    this.#closingSubject$.next();
    if (this.#openSockets === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.#allClosedSubject$.subscribe(() => {
        sub.unsubscribe();
        resolve();
      });
    });
  }

  #connection$(): Observable<WsApiSession> {
    const config = this.#config;
    let draining = false;
    let live = false;
    const connection$ = defer(() => {
      live = true;
      const id = `${config.label}#${++this.#ids}`;
      const url = redactUrl(config.url);
      const base = (): { connectionId: string; url: string; at: number } => ({ connectionId: id, url, at: config.now() });
      const session = new WsApiSession(id, {
        unmatched: (payload) => config.emit({ ...base(), type: 'decodeError', stream: undefined, error: new DecodeError('WsApiResponse', payload, ['a frame that is neither a pending response nor an event']) }),
        response: (response) => config.onResponse(response),
        revoked: (response) => config.onRevoked(session, response),
        event: (s, frame) => {
          if (frame.event['e'] === 'serverShutdown') {
            // §4: a new connection serves new requests; this one drains
            draining = true;
            if (this.#current$ === connection$) {
              this.#current$ = this.#connection$();
            }
            // after the switch: whoever moves on draining$ gets the new connection
            s.drain();
          } else {
            s.deliverEvent(frame);
            config.onEvent?.(frame);
          }
        },
      });
      return (config.admitConnection?.() ?? of(undefined)).pipe(
        switchMap(() => {
          config.emit({ ...base(), type: 'connecting' });
          this.#openSockets++;
          return openSocket(config.url, config.webSocket, { frame: (text) => session.frame(text), heartbeat: () => undefined }, {
            onClosed: ({ code, reason, byClient }) => {
              live = false;
              // requests still pending on it, or sent on it from now on, get no answer
              session.close(new SocketClosedError(config.url, { opened: true, ...(code === undefined ? {} : { code }), ...(reason === undefined ? {} : { reason }) }));
              config.emit({ ...base(), type: 'closed', code, reason, byClient });
              if (--this.#openSockets === 0 && this.#closing) this.#allClosedSubject$.next();
            },
          });
        }),
        map((handle) => {
          config.emit({ ...base(), type: 'open' });
          return session.attach(handle);
        }),
      );
    }).pipe(
      share({
        connector: () => new ReplaySubject<WsApiSession>(1),
        resetOnError: true,
        resetOnComplete: true,
        resetOnRefCountZero: () => (draining || this.#closing ? of(0) : race(timer(config.lingerMs), this.#closingSubject$)),
      }),
    );
    this.#currentLive = () => live;
    return connection$;
  }
}
