import { merge, type Observable } from 'rxjs';
import { ConfigError } from '../errors/config-error.js';
import type { ConnectionEvent } from '../streams/connection-event.js';
import { StreamMultiplexer } from '../streams/stream-multiplexer.js';
import type { ClientOptions } from './client-options.js';
import { globalPlatform, type Platform } from './platform.js';
import { resolveOptions, type MarketDefaults, type ResolvedOptions } from './resolve-options.js';

/** What a market adds to the shared client: its hosts, stream paths and limits. @internal */
export interface MarketProfile extends MarketDefaults {
  /** Connection-id prefix, e.g. `spot`. */
  readonly name: string;
  /** Combined-stream paths on the stream host; USDⓈ-M has several (`/public/stream`, …). */
  readonly streamPaths: readonly string[];
  /** Binance's incoming-message limit per stream connection. */
  readonly messagesPerSecond: number;
}

/**
 * What every market client shares: validated options, stream connections, `events$`, and the
 * lifecycle (`close()`).
 *
 * @remarks Constructing a client opens nothing; connections open with the first subscription.
 */
export abstract class MarketClient {
  /**
   * Connection events of every socket of this client (connecting, open, closed,
   * reconnectScheduled, resubscribed, replaced, decodeError), for dashboards and logs.
   *
   * @remarks Hot; completes when `close()` has closed every connection.
   */
  readonly events$: Observable<ConnectionEvent>;
  /** @internal */
  protected readonly options: ResolvedOptions;
  /** @internal */
  protected readonly multiplexers: ReadonlyMap<string, StreamMultiplexer>;
  #closed: Promise<void> | undefined;

  /**
   * @param options - client options (all optional)
   * @param market - the market's hosts and limits
   * @throws {@link ConfigError} for a bad option
   */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    this.options = resolveOptions(options, market, this.platform());
    const webSocket = this.options.webSocket;
    const query = this.options.timeUnit === 'microsecond' ? '?timeUnit=MICROSECOND' : '';
    this.multiplexers = new Map(
      market.streamPaths.map((path) => [
        path,
        new StreamMultiplexer({
          label: `${market.name}${path.replace(/\/stream$/, '') || ''}/stream`,
          url: `${this.options.streamHost}${path}${query}`,
          webSocket: webSocket ?? missingWebSocket,
          retryPolicy: this.options.retryPolicy,
          messagesPerSecond: market.messagesPerSecond,
          maxStreamsPerConnection: this.options.maxStreamsPerConnection,
          streamTimeoutMs: this.options.streamTimeoutMs,
          maxConnectionAgeMs: this.options.maxConnectionAgeMs,
          lingerMs: this.options.connectionLingerMs,
        }),
      ]),
    );
    this.events$ = merge(...[...this.multiplexers.values()].map((m) => m.events$));
  }

  /** Whether `close()` has been called. */
  get closed(): boolean {
    return this.#closed !== undefined;
  }

  /**
   * Completes every stream of this client, closes its connections and completes `events$`.
   * A closed client refuses new work with {@link ConfigError}.
   *
   * @returns resolves once every connection is closed
   *
   * @example
   * ```ts
   * const spot = new SpotClient();
   * spot.stream$(SubType.Trade, 'BTCUSDT').subscribe(console.log);
   * await spot.close();
   * ```
   */
  close(): Promise<void> {
    this.#closed ??= Promise.all([...this.multiplexers.values()].map((m) => m.close())).then(() => undefined);
    return this.#closed;
  }

  /**
   * The runtime adapters this client defaults to: the global `WebSocket` and `fetch`; the Node
   * entry point overrides it with `ws` and `cross-fetch`.
   *
   * @internal
   */
  protected platform(): Platform {
    return globalPlatform();
  }

  /** @internal */
  protected assertOpen(): void {
    if (this.#closed !== undefined) throw new ConfigError('This client is closed; create a new one.');
  }

  /** @internal */
  protected assertWebSocket(): void {
    if (this.options.webSocket === undefined) {
      throw new ConfigError('No WebSocket implementation: this runtime has no global WebSocket; pass the `webSocket` option.', 'webSocket');
    }
  }
}

/** Never called: `assertWebSocket()` runs before anything could open a socket. */
const missingWebSocket = class {
  constructor() {
    throw new ConfigError('No WebSocket implementation: pass the `webSocket` option.', 'webSocket');
  }
} as unknown as NonNullable<ResolvedOptions['webSocket']>;
