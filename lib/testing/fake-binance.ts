import type { Observable } from 'rxjs';
import { ConfigError } from '../errors/config-error.js';
import { FakeHttpHost } from './http/fake-http-host.js';
import type { FakeInboundRecord } from './streams/fake-inbound-record.js';
import type { ConnectionFilter, FakeStreamConnectionInfo } from './streams/fake-stream-connection-info.js';
import type { FakeStreamControls } from './streams/fake-stream-controls.js';
import type { FakeStreamOptions } from './streams/fake-stream-market-config.js';
import { FakeStreamServer } from './streams/fake-stream-server.js';
import { spotStreamMarket } from './streams/spot-stream-market.js';
import type { StreamErrorPayload } from './streams/stream-error-payloads.js';
import type { StreamMatcher } from './streams/stream-rejection-rules.js';

/**
 * Options of {@link FakeBinance.start}; everything is optional.
 *
 * @example
 * ```ts
 * import { FakeBinance } from 'binance-rx/testing';
 * const fake = await FakeBinance.start({ spotStreams: { maxMessagesPerSecond: 50, pingIntervalMs: 100 } });
 * ```
 */
export interface FakeBinanceOptions {
  /** Port of the spot server; 0 (the default) picks a free one. */
  readonly port?: number;
  /**
   * Limits and timing of the spot market streams, over Binance's (`SPOT_STREAM_LIMITS`): shrink
   * them to test reconnects fast, e.g. `{ pingIntervalMs: 50, pongTimeoutMs: 200 }`.
   */
  readonly spotStreams?: FakeStreamOptions;
}

/** The hosts of one market, ready to spread into a client's options. */
export interface FakeMarketHosts {
  /** Market streams origin, e.g. `'ws://127.0.0.1:40123'` (the client appends `/ws` or `/stream`). */
  readonly streamHost: string;
  /** REST origin, e.g. `'http://127.0.0.1:40123'` (not served yet). */
  readonly restHost: string;
  /** WebSocket-API URL, e.g. `'ws://127.0.0.1:40123/ws-api/v3'` (not served yet). */
  readonly wsApiHost: string;
}

/** The hosts of every market of the fake. */
export interface FakeBinanceHosts {
  readonly spot: FakeMarketHosts;
}

/**
 * A fake Binance exchange on 127.0.0.1 for tests and benchmarks: it speaks the spot
 * market-stream protocol of `spec/spot-streams.md` (URLs, envelopes, control messages and their
 * exact errors, 5 messages/s, 1024 streams, pings, 24 h) and lets a test drive it.
 *
 * @remarks
 * Node only. One HTTP server per market routes WebSocket upgrades by path. Stream controls and
 * observations are those of {@link FakeStreamControls}, for spot. `stop()` closes everything and
 * leaves no open handle.
 *
 * @example
 * ```ts
 * import { filter, firstValueFrom } from 'rxjs';
 * import { SpotClient, SubType } from 'binance-rx';
 * import { FakeBinance, SPOT_STREAM_EXAMPLES } from 'binance-rx/testing';
 *
 * const fake = await FakeBinance.start({ spotStreams: { pingIntervalMs: 100 } });
 * const spot = new SpotClient({ ...fake.hosts.spot });
 * const trade = firstValueFrom(spot.stream$(SubType.Trade, 'BNBBTC'));
 * // wait for the client's SUBSCRIBE to arrive, not just for the connection
 * await firstValueFrom(fake.inbound$.pipe(filter(() => fake.subscribersOf('bnbbtc@trade') > 0)));
 * fake.publish('bnbbtc@trade', SPOT_STREAM_EXAMPLES.trade);
 * await trade;
 * await spot.close();
 * await fake.stop();
 * ```
 */
export class FakeBinance implements FakeStreamControls {
  /** Hosts to give a client, e.g. `new SpotClient({ ...fake.hosts.spot })`. */
  readonly hosts: FakeBinanceHosts;
  /** {@inheritDoc FakeStreamControls.connection$} */
  readonly connection$: Observable<FakeStreamConnectionInfo>;
  /** {@inheritDoc FakeStreamControls.inbound$} */
  readonly inbound$: Observable<FakeInboundRecord>;
  /** {@inheritDoc FakeStreamControls.closed$} */
  readonly closed$: Observable<FakeStreamConnectionInfo>;
  readonly #spot: FakeHttpHost;
  readonly #spotStreams: FakeStreamServer;
  #stopping: Promise<void> | undefined;

  private constructor(spot: FakeHttpHost, spotStreams: FakeStreamServer) {
    this.#spot = spot;
    this.#spotStreams = spotStreams;
    const origin = `127.0.0.1:${spot.port}`;
    this.hosts = { spot: { streamHost: `ws://${origin}`, restHost: `http://${origin}`, wsApiHost: `ws://${origin}/ws-api/v3` } };
    this.connection$ = spotStreams.connection$;
    this.inbound$ = spotStreams.inbound$;
    this.closed$ = spotStreams.closed$;
  }

  /**
   * Starts the fake exchange.
   *
   * @param options - port and limits
   * @returns the running fake, listening on 127.0.0.1
   * @throws {@link ConfigError} (as a rejection) on an invalid option or a port in use
   */
  static async start(options: FakeBinanceOptions = {}): Promise<FakeBinance> {
    const port = options.port ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`Invalid port ${port}.`, 'port');
    const spotStreams = new FakeStreamServer(spotStreamMarket(options.spotStreams));
    try {
      return new FakeBinance(await FakeHttpHost.listen([spotStreams], port), spotStreams);
    } catch (error: unknown) {
      // Translate: a port in use is a bad option.
      throw new ConfigError(`Cannot listen on 127.0.0.1:${port}.`, 'port', { cause: error });
    }
  }

  /**
   * Closes every connection (code 1001) and the servers, clears every timer, and completes the
   * observables. Safe to call twice.
   */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      await this.#spotStreams.stop();
      await this.#spot.close();
    })();
    return this.#stopping;
  }

  /** {@inheritDoc FakeStreamControls.publish} */
  publish(stream: string, payload: unknown, filter?: ConnectionFilter): number {
    return this.#spotStreams.publish(stream, payload, filter);
  }

  /** {@inheritDoc FakeStreamControls.publishRaw} */
  publishRaw(stream: string, dataJson: string, filter?: ConnectionFilter): number {
    return this.#spotStreams.publishRaw(stream, dataJson, filter);
  }

  /** {@inheritDoc FakeStreamControls.sendRaw} */
  sendRaw(text: string, filter?: ConnectionFilter): number {
    return this.#spotStreams.sendRaw(text, filter);
  }

  /** {@inheritDoc FakeStreamControls.sendServerShutdown} */
  sendServerShutdown(filter?: ConnectionFilter): number {
    return this.#spotStreams.sendServerShutdown(filter);
  }

  /** {@inheritDoc FakeStreamControls.silence} */
  silence(filter?: ConnectionFilter): number {
    return this.#spotStreams.silence(filter);
  }

  /** {@inheritDoc FakeStreamControls.resume} */
  resume(filter?: ConnectionFilter): number {
    return this.#spotStreams.resume(filter);
  }

  /** {@inheritDoc FakeStreamControls.dropConnections} */
  dropConnections(filter?: ConnectionFilter): number {
    return this.#spotStreams.dropConnections(filter);
  }

  /** {@inheritDoc FakeStreamControls.closeConnections} */
  closeConnections(filter?: ConnectionFilter, code?: number, reason?: string): number {
    return this.#spotStreams.closeConnections(filter, code, reason);
  }

  /** {@inheritDoc FakeStreamControls.rejectStream} */
  rejectStream(matcher: StreamMatcher, error?: StreamErrorPayload): () => void {
    return this.#spotStreams.rejectStream(matcher, error);
  }

  /** {@inheritDoc FakeStreamControls.flush} */
  flush(): Promise<void> {
    return this.#spotStreams.flush();
  }

  /** {@inheritDoc FakeStreamControls.subscribersOf} */
  subscribersOf(stream: string): number {
    return this.#spotStreams.subscribersOf(stream);
  }

  /** {@inheritDoc FakeStreamControls.connections} */
  get connections(): readonly FakeStreamConnectionInfo[] {
    return this.#spotStreams.connections;
  }

  /** {@inheritDoc FakeStreamControls.allConnections} */
  get allConnections(): readonly FakeStreamConnectionInfo[] {
    return this.#spotStreams.allConnections;
  }

  /** {@inheritDoc FakeStreamControls.connectionCount} */
  get connectionCount(): number {
    return this.#spotStreams.connectionCount;
  }

  /** {@inheritDoc FakeStreamControls.totalConnections} */
  get totalConnections(): number {
    return this.#spotStreams.totalConnections;
  }

  /** {@inheritDoc FakeStreamControls.inbound} */
  get inbound(): readonly FakeInboundRecord[] {
    return this.#spotStreams.inbound;
  }
}
