import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { Credentials } from '../signing/credentials.js';
import type { RetryPolicy } from '../transport/socket/retry-policy.js';
import type { WebSocketCtor } from '../transport/socket/web-socket-like.js';
import type { FetchLike } from './platform.js';

/** `'millisecond'` (default) or `'microsecond'` timestamps in payloads. */
export type TimeUnit = 'millisecond' | 'microsecond';

/**
 * Options of every market client; all optional, every duration in milliseconds.
 *
 * @example
 * ```ts
 * import { SpotClient, backoffPolicy } from 'binance-rx';
 * new SpotClient({ streamHost: 'ws://127.0.0.1:8080', retryPolicy: backoffPolicy({ maxMs: 10_000 }) });
 * ```
 */
export interface ClientOptions {
  /**
   * API key and secret or private key, for signed and keyed requests (and later the user-data
   * stream). One instance may be shared by several clients. Without it, only public methods work.
   */
  readonly credentials?: Credentials;
  /** REST origin without a path, e.g. `https://api.binance.com`; the client appends `/api/v3/…`. */
  readonly restHost?: string;
  /**
   * Market-stream origin without a path, any scheme and port (`wss://stream.binance.com:9443`,
   * `http://127.0.0.1:8080` is read as `ws://…`); the client appends `/stream`.
   */
  readonly streamHost?: string;
  /** The full WebSocket-API URL, e.g. `wss://ws-api.binance.com:443/ws-api/v3`. */
  readonly wsApiHost?: string;
  /**
   * Decides whether and when to reconnect after a connection fails. Default
   * `backoffPolicy()`: full-jitter exponential from 500 ms to 30 s, never abandoning.
   */
  readonly retryPolicy?: RetryPolicy;
  /**
   * A connection with no frame at all (data, ping, pong, control answer) for this long is dead
   * and is replaced. Default 30000. After half of it in silence, the client asks the server for
   * its subscription list, so a quiet but healthy connection answers.
   */
  readonly streamTimeout?: number;
  /** Deadline of one request. Default 10000. */
  readonly requestTimeout?: number;
  /** Binance's `recvWindow` for signed requests; clamped to 60000. Binance's default when unset. */
  readonly recvWindow?: number;
  /** Timestamp unit of payloads. Default `'millisecond'`. */
  readonly timeUnit?: TimeUnit;
  /** Streams per connection before another opens; at most Binance's 1024 (the default). */
  readonly maxStreamsPerConnection?: number;
  /**
   * Age at which a stream connection is replaced by a fresh one (opened first, so no data is
   * missed) before Binance's 24 h limit cuts it. Default 23 h 30 min.
   */
  readonly maxConnectionAge?: number;
  /** How long a connection stays open after its last stream left, in case one comes back. Default 3000. */
  readonly connectionLinger?: number;
  /** A WebSocket implementation for runtimes without a global one. */
  readonly webSocket?: WebSocketCtor;
  /** A fetch implementation for runtimes without a global one. */
  readonly fetch?: FetchLike;
  /**
   * Throttle before Binance does. Default `true`: a request over budget waits until its window
   * has room, an order over budget fails at once with `RateLimitReachedError`, and after a
   * 429/418 requests fail until the wait passes. `false`: usage is still counted (and shown by
   * `rateLimitSnapshot()`) but nothing waits or fails.
   */
  readonly rateLimitGuard?: boolean;
  /**
   * Another client's limiter (`other.rateLimiter`) to share its budget: clients of one market
   * on one IP should share one. Never across markets (`ConfigError`). Default: the client's own.
   */
  readonly rateLimiter?: RateLimiter;
}
