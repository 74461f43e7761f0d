import type { Observable } from 'rxjs';
import { ConfigError } from '../errors/config-error.js';
import { resolveSpotApiLimits } from './api/fake-api-options.js';
import type { FakeSpotApiControls } from './api/fake-spot-api-controls.js';
import { FakeSpotApiServer } from './api/fake-spot-api-server.js';
import { FAKE_SPOT_ACCOUNT_ENDPOINTS } from './api/spot/account-endpoints.js';
import { FakeSpotAccount } from './api/spot/fake-spot-account.js';
import { FakeSpotMarket } from './api/spot/fake-spot-market.js';
import { RestingOrderCrossing } from './api/spot/fake-spot-crossing.js';
import { FakeMarketSimulator } from './simulator/fake-market-simulator.js';
import { FAKE_SPOT_MARKET_ENDPOINTS } from './api/spot/market-endpoints.js';
import { FAKE_SPOT_TRADING_ENDPOINTS } from './api/spot/trading-endpoints.js';
import type { FakeOrderBook } from './book/fake-order-book.js';
import type { FakeBinanceHosts, FakeBinanceOptions } from './fake-binance-options.js';
import { FakeOrderBooks } from './book/fake-order-books.js';
import { FakeHttpHost } from './http/fake-http-host.js';
import type { FakeInboundRecord } from './streams/fake-inbound-record.js';
import type { ConnectionFilter, FakeStreamConnectionInfo } from './streams/fake-stream-connection-info.js';
import type { FakeStreamControls } from './streams/fake-stream-controls.js';
import { FakeSpotApiFacade } from './fake-spot-api-facade.js';
import { FakeStreamServer } from './streams/fake-stream-server.js';
import { spotStreamMarket } from './streams/spot-stream-market.js';
import type { StreamErrorPayload } from './streams/stream-error-payloads.js';
import type { StreamMatcher } from './streams/stream-rejection-rules.js';
import type { FakeUserStreamControls } from './api/user-streams/fake-user-stream-controls.js';

/**
 * A fake Binance exchange on 127.0.0.1 for tests and benchmarks: it speaks the spot
 * market-stream protocol of `spec/spot-streams.md` (URLs, envelopes, control messages and their
 * exact errors, 5 messages/s, 1024 streams, pings, 24 h), the spot WebSocket API
 * (`/ws-api/v3`, `spec/spot-ws-api.md`) and REST (`/api/v3/*`, `spec/rest.md`) with Binance's
 * authentication, rate limits and errors, and lets a test drive it.
 *
 * @remarks
 * Node only. One HTTP server per market routes WebSocket upgrades and HTTP requests by path.
 * Stream controls and observations are those of {@link FakeStreamControls}; WS-API and REST
 * controls (API keys, clock, scripted replies, connections, request log) those of
 * {@link FakeSpotApiControls}; User Data Streams (`userDataStream.subscribe*` on the WS-API,
 * account events, terminations) those of {@link FakeUserStreamControls}. Each API key acts on its own {@link FakeSpotAccount} (default
 * balances) on the market {@link FakeBinance.spotMarket}. {@link FakeBinance.orderBook} gives a
 * symbol a true, evolving order book whose diff-depth events and `depth` answers agree.
 *
 * Orders match against the symbol's book (live, set with `spotMarket.setBook`, or generated
 * around the last price): a MARKET order, or a LIMIT order whose price reaches the other side,
 * takes it level by level at each level's price, and what it took leaves the book (a live book
 * publishes that as a diff-depth event) and enters the trade history. A resting LIMIT order
 * fills as maker, at its own price, as soon as the book moves through it (an `orderBook`
 * update, `setBook`, `setLastPrice`). The book is the rest of the market: the accounts' own
 * orders are not in it, and never trade with each other. Every fill reaches the account's User
 * Data Stream subscriptions as `executionReport` and `outboundAccountPosition` events.
 *
 * `stop()` closes everything and leaves no open handle.
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
 *
 * @example
 * WebSocket API and REST with an HMAC key, a clock offset and a scripted fault:
 * ```ts
 * import { FakeBinance, FAKE_API_ERRORS } from 'binance-rx/testing';
 *
 * const fake = await FakeBinance.start({ spotApi: { requestWeightPerMinute: 1200 } });
 * fake.addApiKey({ apiKey: 'A'.repeat(64), apiSecret: 'my-secret' });
 * fake.accountOf('A'.repeat(64)); // its FakeSpotAccount, with the default balances
 * fake.setClockOffset(2000); // the server clock runs 2 s ahead
 * fake.scriptApi({ method: 'order.place' }, { status: 503, error: FAKE_API_ERRORS.timeout });
 * // … point the code under test at fake.hosts.spot.restHost / wsApiHost …
 * fake.apiRequests.forEach((r) => console.log(r.method, r.response?.status));
 * await fake.stop();
 * ```
 */
export class FakeBinance extends FakeSpotApiFacade implements FakeStreamControls, FakeSpotApiControls<FakeSpotAccount>, FakeUserStreamControls {
  /** Hosts to give a client, e.g. `new SpotClient({ ...fake.hosts.spot })`. */
  readonly hosts: FakeBinanceHosts;
  /** {@inheritDoc FakeStreamControls.connection$} */
  readonly connection$: Observable<FakeStreamConnectionInfo>;
  /** {@inheritDoc FakeStreamControls.inbound$} */
  readonly inbound$: Observable<FakeInboundRecord>;
  /** {@inheritDoc FakeStreamControls.closed$} */
  readonly closed$: Observable<FakeStreamConnectionInfo>;
  /** The spot market the WS-API and REST answer from: symbols, books, trades, prices. */
  readonly spotMarket: FakeSpotMarket;
  readonly #spot: FakeHttpHost;
  readonly #spotStreams: FakeStreamServer;
  readonly #spotApi: FakeSpotApiServer;
  readonly #orderBooks: FakeOrderBooks;
  #stopping: Promise<void> | undefined;
  #simulator: FakeMarketSimulator | undefined;

  private constructor(spot: FakeHttpHost, spotStreams: FakeStreamServer, spotApi: FakeSpotApiServer, spotMarket: FakeSpotMarket) {
    super(spotApi);
    this.#spot = spot;
    this.#spotStreams = spotStreams;
    this.#spotApi = spotApi;
    this.spotMarket = spotMarket;
    this.#orderBooks = new FakeOrderBooks(spotMarket, (stream, json) => spotStreams.publishRaw(stream, json));
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
    const limits = resolveSpotApiLimits(options.spotApi);
    const seed = options.seed ?? 1;
    if (!Number.isInteger(seed)) throw new ConfigError(`seed must be an integer, got ${seed}.`, 'seed');
    const spotMarket = new FakeSpotMarket({ seed, ...(options.spotSymbols === undefined ? {} : { symbols: options.spotSymbols }) });
    const crossing = new RestingOrderCrossing((symbol) => spotMarket.liquidity(symbol), () => spotApi.serverTime());
    spotMarket.onChange(({ symbol }) => crossing.cross(symbol));
    const spotApi = new FakeSpotApiServer({
      limits,
      endpoints: [...FAKE_SPOT_MARKET_ENDPOINTS, ...FAKE_SPOT_TRADING_ENDPOINTS, ...FAKE_SPOT_ACCOUNT_ENDPOINTS],
      market: spotMarket,
      createAccount: (_name, orderCounts, userEvents) => {
        const account = new FakeSpotAccount({ orderLimits: { tenSeconds: limits.ordersPer10s, day: limits.ordersPerDay } });
        // One source of truth: account.rateLimits.orders and cancelReplace read the limiter's counts.
        account.unfilledOrderCounts = orderCounts;
        account.userEvents = userEvents;
        account.liquidityOf = (symbol) => spotMarket.liquidity(symbol);
        crossing.add(account);
        return account;
      },
    });
    let host: FakeHttpHost;
    try {
      host = await FakeHttpHost.listen([spotStreams, spotApi.upgradeRoute], port, [spotApi.httpRoute]);
    } catch (error: unknown) {
      // Translate: a port in use is a bad option.
      throw new ConfigError(`Cannot listen on 127.0.0.1:${port}.`, 'port', { cause: error });
    }
    const fake = new FakeBinance(host, spotStreams, spotApi, spotMarket);
    if (options.simulate !== undefined && options.simulate !== false) {
      try {
        fake.#simulator = new FakeMarketSimulator(
          {
            market: spotMarket,
            orderBook: (symbol) => fake.orderBook(symbol),
            now: () => fake.serverTime(),
            publish: (stream, payload) => fake.publish(stream, payload),
            subscribersOf: (stream) => fake.subscribersOf(stream),
          },
          options.simulate === true ? {} : options.simulate,
          seed,
        );
      } catch (error: unknown) {
        await fake.stop();
        throw error;
      }
    }
    return fake;
  }

  /**
   * The market simulator, when started with `simulate` (else `undefined`): a seeded random walk
   * of the simulated symbols' books and trades, published on every spot stream.
   */
  get simulator(): FakeMarketSimulator | undefined {
    return this.#simulator;
  }

  /**
   * Closes every connection (code 1001), cancels delayed replies, closes the servers, clears every
   * timer, and completes the observables. Safe to call twice.
   */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      this.#simulator?.dispose();
      await Promise.all([this.#spotStreams.stop(), this.#spotApi.stop()]);
      await this.#spot.close();
    })();
    return this.#stopping;
  }

  /**
   * The live order book of a spot symbol, made on first call from the market's current book
   * (set or generated) and then the same instance: its changes go out on `<symbol>@depth` and
   * `<symbol>@depth@100ms`, and `depth` (WS-API and REST) answers from it
   * (`spec/spot-streams.md` §4–5).
   *
   * @param symbol - a listed symbol, e.g. `'BTCUSDT'`
   * @returns the symbol's {@link FakeOrderBook}
   * @throws {@link RangeError} if the symbol is not listed
   *
   * @example
   * ```ts
   * import { FakeBinance } from 'binance-rx/testing';
   * const fake = await FakeBinance.start();
   * const book = fake.orderBook('BTCUSDT');
   * book.update({ bids: [['64999.99', '2']] });           // U = u = lastUpdateId + 1, published
   * book.update({ asks: [['65000.01', '0']] }, { publish: false }); // applied, lost: a gap
   * book.serveStaleSnapshots(1, 5);                        // the next depth answer is 5 events old
   * book.bookAt(book.lastUpdateId);                        // the truth, to compare a client's book with
   * await fake.stop();
   * ```
   */
  orderBook(symbol: string): FakeOrderBook {
    return this.#orderBooks.of(symbol);
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
