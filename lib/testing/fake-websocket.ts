import type { WebSocketCtor, WebSocketEventLike, WebSocketLike } from '../transport/socket/web-socket-like.js';

type Listener = (event: WebSocketEventLike) => void;

/**
 * An in-memory WebSocket for unit and marble tests: no network, fully synchronous. It records
 * what the client sends and lets the test play the server.
 *
 * @example
 * ```ts
 * import { fakeWebSocketFactory } from 'binance-rx/testing';
 * const { WebSocket, sockets } = fakeWebSocketFactory();
 * const spot = new SpotClient({ webSocket: WebSocket });
 * spot.rawStream$('btcusdt@trade').subscribe();
 * sockets[0].open();
 * ```
 */
export class FakeWebSocket implements WebSocketLike {
  readonly url: string;
  readyState = 0;
  binaryType = 'blob';
  /** Every text frame the client sent, in order. */
  readonly sent: string[] = [];
  /** Close codes the client asked for. */
  readonly closeCalls: (number | undefined)[] = [];
  readonly #listeners = new Map<string, Set<Listener>>();

  constructor(url: string) {
    this.url = url;
  }

  /** The sent frames parsed as JSON. */
  get sentJson(): unknown[] {
    return this.sent.map((s) => JSON.parse(s) as unknown);
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error(`FakeWebSocket: send() in readyState ${this.readyState}`);
    this.sent.push(data);
  }

  close(code?: number, reason?: string): void {
    this.closeCalls.push(code);
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.#dispatch('close', { code: code ?? 1005, reason: reason ?? '', wasClean: true });
  }

  addEventListener(type: string, listener: Listener): void {
    let set = this.#listeners.get(type);
    if (set === undefined) this.#listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.#listeners.get(type)?.delete(listener);
  }

  /** Number of listeners still attached (teardown checks). */
  get listenerCount(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }

  /** Server side: completes the handshake. */
  open(): void {
    this.readyState = 1;
    this.#dispatch('open', {});
  }

  /** Server side: sends a text frame (objects are JSON-encoded). */
  message(data: string | object): void {
    this.#dispatch('message', { data: typeof data === 'string' ? data : JSON.stringify(data) });
  }

  /** Server side: closes the connection (1006 with `wasClean: false` is an abrupt drop). */
  serverClose(code = 1006, reason = '', wasClean = code !== 1006): void {
    this.readyState = 3;
    this.#dispatch('close', { code, reason, wasClean });
  }

  /** Server side: an error event (a close event should follow, as in browsers). */
  error(message = 'fake error'): void {
    this.#dispatch('error', { message });
  }

  #dispatch(type: string, event: WebSocketEventLike): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) listener(event);
  }
}

/**
 * A `webSocket` option that creates {@link FakeWebSocket}s and collects them.
 *
 * @returns the constructor to pass as `webSocket`, and the sockets it created, oldest first
 */
export function fakeWebSocketFactory(): { WebSocket: WebSocketCtor; sockets: FakeWebSocket[] } {
  const sockets: FakeWebSocket[] = [];
  class CollectedFakeWebSocket extends FakeWebSocket {
    constructor(url: string) {
      super(url);
      sockets.push(this);
    }
  }
  return { WebSocket: CollectedFakeWebSocket, sockets };
}
