import { Observable, ReplaySubject, Subject } from 'rxjs';
import type { FrameSink, SocketHandle } from '../transport/socket/socket.js';
import { parseWsApiFrame, type WsApiEventFrame, type WsApiResponse } from './ws-api-frame.js';

/** What a session reports to its connection. @internal */
export interface WsApiSessionHooks {
  /** Every response envelope (its `rateLimits` feed the tracker). */
  response(response: WsApiResponse): void;
  /** A response whose `id` matches no pending request, or a frame that is no response nor event. */
  unmatched(payload: unknown): void;
  /** `{"id":null,"status":401,…}`: the server revoked the session's API key (§3). */
  revoked(response: WsApiResponse): void;
  /** An event frame (`serverShutdown`, user data). */
  event(session: WsApiSession, frame: WsApiEventFrame): void;
}

/**
 * One open WebSocket-API socket: request ids unique on it, responses matched by id.
 *
 * @remarks A request is pending from `send` until its response, until its subscriber leaves
 * (which only drops the entry: nothing is sent to cancel anything), or until the socket closes
 * ({@link WsApiSession.close}: it fails with the socket's error, and so does every later call on
 * the session). Frames arrive by plain call from the socket (it is the socket's {@link FrameSink}).
 *
 * @internal
 */
export class WsApiSession implements FrameSink {
  /** Names this socket in events, e.g. `spot/ws-api#2`. */
  readonly id: string;
  /** The session's `session.logon`, shared by the signed requests on it; set by the client. */
  logon$: Observable<void> | undefined;
  /** Set when the server announced `serverShutdown`: new requests go elsewhere. */
  draining = false;
  /** User-data event frames that arrived on this socket (`{subscriptionId, event}`). */
  readonly events$: Observable<WsApiEventFrame>;
  /** Emits once when the server announced `serverShutdown` on this socket. */
  readonly draining$: Observable<void>;
  readonly #eventsSubject$ = new Subject<WsApiEventFrame>();
  readonly #drainingSubject$ = new ReplaySubject<void>(1);
  readonly #hooks: WsApiSessionHooks;
  readonly #pending = new Map<string, { readonly answer: (response: WsApiResponse) => void; readonly fail: (error: Error) => void }>();
  #handle: SocketHandle | undefined;
  #closedBy: Error | undefined;
  #nextId = 1;

  constructor(id: string, hooks: WsApiSessionHooks) {
    this.id = id;
    this.#hooks = hooks;
    this.events$ = this.#eventsSubject$.asObservable();
    this.draining$ = this.#drainingSubject$.asObservable();
  }

  /** Hands a user-data event frame to this session's listeners. */
  deliverEvent(frame: WsApiEventFrame): void {
    this.#eventsSubject$.next(frame);
  }

  /** The server announced `serverShutdown`: new requests go to another socket. */
  drain(): void {
    if (this.draining) return;
    this.draining = true;
    this.#drainingSubject$.next();
    this.#drainingSubject$.complete();
  }

  /** Binds the open socket. */
  attach(handle: SocketHandle): this {
    this.#handle = handle;
    return this;
  }

  /**
   * The socket closed: every pending request errors with `error`, and so does every later call
   * (a request sent on a closed socket would only wait for its timeout).
   *
   * @param error - why, e.g. a `SocketClosedError`
   */
  close(error: Error): void {
    if (this.#closedBy !== undefined) return;
    this.#closedBy = error;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const request of pending) request.fail(error);
  }

  /** How many requests wait for an answer. */
  get pending(): number {
    return this.#pending.size;
  }

  /**
   * Sends one request on subscribe and emits its response envelope, then completes.
   *
   * @param method - the WS-API method
   * @param params - wire params (omitted from the frame when empty)
   * @param onSent - called once the frame is handed to the socket
   */
  call(method: string, params: Readonly<Record<string, unknown>>, onSent?: () => void): Observable<WsApiResponse> {
    return new Observable<WsApiResponse>((subscriber) => {
      const handle = this.#handle;
      if (handle === undefined) throw new Error('unreachable: a session is emitted only once attached');
      if (this.#closedBy !== undefined) {
        subscriber.error(this.#closedBy);
        return undefined;
      }
      const id = String(this.#nextId++);
      this.#pending.set(id, {
        answer: (response) => {
          this.#pending.delete(id);
          subscriber.next(response);
          subscriber.complete();
        },
        fail: (error) => subscriber.error(error),
      });
      const frame = Object.keys(params).length === 0 ? { id, method } : { id, method, params };
      handle.send(JSON.stringify(frame));
      onSent?.();
      return () => this.#pending.delete(id);
    });
  }

  /** @internal FrameSink: one text frame. */
  frame(text: string): void {
    const frame = parseWsApiFrame(text);
    switch (frame.kind) {
      case 'response': {
        const { id } = frame.response;
        const pending = id === null ? undefined : this.#pending.get(String(id));
        // the answer first: its request leaves the rate limiter's in-flight count before the
        // response's `rateLimits` (which count it) are recorded
        if (pending !== undefined) pending.answer(frame.response);
        else if (id === null && frame.response.status === 401) this.#hooks.revoked(frame.response);
        else this.#hooks.unmatched(frame.response);
        this.#hooks.response(frame.response);
        return;
      }
      case 'event':
        this.#hooks.event(this, frame.frame);
        return;
      default:
        this.#hooks.unmatched(frame.payload);
    }
  }

  /** @internal FrameSink: pings and pongs need nothing here (`ws` answers pings itself). */
  heartbeat(): void {
    // liveness of the WS-API socket is the request timeout's job
  }
}
