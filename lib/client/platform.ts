import type { WebSocketCtor } from '../transport/socket/web-socket-like.js';

/** A `fetch` implementation (the global one, `cross-fetch`, or a test double). */
export type FetchLike = typeof globalThis.fetch;

/** The runtime adapters a client needs; entry points supply the defaults. @internal */
export interface Platform {
  readonly webSocket: WebSocketCtor | undefined;
  readonly fetch: FetchLike | undefined;
}

/** The runtime's globals: browsers, Deno, Node ≥ 22. @internal */
export function globalPlatform(): Platform {
  const g = globalThis as { WebSocket?: WebSocketCtor; fetch?: FetchLike };
  return { webSocket: g.WebSocket, fetch: typeof g.fetch === 'function' ? g.fetch.bind(globalThis) : undefined };
}
