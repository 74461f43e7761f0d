/**
 * The part of the W3C `WebSocket` interface the SDK uses. Both the browser's `WebSocket` and
 * Node's `ws` satisfy it; pass another implementation through the `webSocket` option.
 */
export interface WebSocketLike {
  readonly readyState: number;
  binaryType?: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: WebSocketEventLike) => void): void;
  removeEventListener(type: string, listener: (event: WebSocketEventLike) => void): void;
}

/** The fields of open / message / close / error events the SDK reads. */
export interface WebSocketEventLike {
  readonly data?: unknown;
  readonly code?: number;
  readonly reason?: string;
  readonly wasClean?: boolean;
  readonly message?: string;
}

/** A `WebSocket` constructor: `globalThis.WebSocket`, `ws`, or a test double. */
export type WebSocketCtor = new (url: string) => WebSocketLike;

/**
 * Node's `ws` also exposes protocol-level ping and pong frames and a forced close; the browser
 * API hides them. Feature-detected, never required.
 *
 * @internal
 */
export interface NodeWebSocketExtras {
  on(event: 'ping' | 'pong', listener: () => void): unknown;
  off(event: 'ping' | 'pong', listener: () => void): unknown;
  terminate(): void;
}

/** @internal */
export function hasNodeExtras(socket: WebSocketLike): socket is WebSocketLike & NodeWebSocketExtras {
  const s = socket as Partial<NodeWebSocketExtras>;
  return typeof s.on === 'function' && typeof s.off === 'function' && typeof s.terminate === 'function';
}

/** `readyState` values of the W3C API. */
export const READY_STATE = { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 } as const;
