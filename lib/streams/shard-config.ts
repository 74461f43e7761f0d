import type { Observable } from 'rxjs';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { RetryPolicy } from '../transport/socket/retry-policy.js';
import type { WebSocketCtor } from '../transport/socket/web-socket-like.js';

/** Everything a stream connection needs to know; one per multiplexer. @internal */
export interface ShardConfig {
  /** Prefix of connection ids, e.g. `spot/stream`. */
  readonly label: string;
  /** The combined-stream URL, e.g. `wss://stream.binance.com:9443/stream`. */
  readonly url: string;
  readonly webSocket: WebSocketCtor;
  readonly retryPolicy: RetryPolicy;
  /** Binance's incoming-message limit per connection (spot 5, futures 10). */
  readonly messagesPerSecond: number;
  readonly maxStreamsPerConnection: number;
  readonly streamTimeoutMs: number;
  readonly maxConnectionAgeMs: number;
  /** How long a connection without streams stays open in case one comes back. */
  readonly lingerMs: number;
  /** The client's limiter: each connection's messages and streams show in its snapshot. */
  readonly rateLimiter?: RateLimiter;
  /** Admits one connection attempt (CONNECTIONS per IP): emits when it may go. */
  readonly admitConnection?: () => Observable<void>;
}
