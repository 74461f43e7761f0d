import { asyncScheduler, type Observable, takeUntil, throwError } from 'rxjs';
import { ConfigError } from '../../errors/config-error.js';
import { redactUrl } from '../../internal/redact.js';
import { spotUserStream$ } from './spot-user-stream.js';
import type { SpotUserEvent } from './user-data/spot-user-event.js';
import type { ClientOptions } from '../../client/client-options.js';
import { type AnyEndpoint, EndpointCatalogue } from '../../requests/endpoint-catalogue.js';
import { SPOT_ACCOUNT_ENDPOINTS } from './api/spot-account-endpoints.js';
import { SPOT_MARKET_ENDPOINTS } from './api/spot-market-endpoints.js';
import { SPOT_SESSION_ENDPOINTS } from './api/spot-session-endpoints.js';
import { SPOT_TRADING_ENDPOINTS } from './api/spot-trading-endpoints.js';
import type { MarketProfile } from '../../client/market-client.js';
import { decodeWith } from '../../codecs/decode.js';
import { InvalidSubParamsError } from '../../errors/invalid-sub-params-error.js';
import type { OrderBook } from '../../orderbook/order-book.js';
import { KeyedShare } from '../../streams/keyed-share.js';
import type { StreamMultiplexer } from '../../streams/stream-multiplexer.js';
import { SpotSessionMethods } from './spot-session-methods.js';
import { resolveSpotOrderBook, spotOrderBook$ } from './spot-order-book.js';
import { resolveSpotStream, type SpotStreams } from './spot-streams.js';
import { SubType } from '../sub-type.js';

/** Options of {@link SpotClient}: the shared {@link ClientOptions}. */
export type SpotClientOptions = ClientOptions;

/** Binance's spot endpoints and limits (`spec/spot-streams.md` §1–§2). @internal */
export const SPOT_MARKET: MarketProfile = {
  name: 'spot',
  restHost: 'https://api.binance.com',
  streamHost: 'wss://stream.binance.com:9443',
  wsApiHost: 'wss://ws-api.binance.com:443/ws-api/v3',
  streamPaths: ['/stream'],
  messagesPerSecond: 5,
  rateLimitMarket: 'spot',
  // spec/spot-ws-api.md §1: connecting costs 2 request weight
  wsApiConnectWeight: 2,
  endpoints: new EndpointCatalogue([
    ...Object.values(SPOT_MARKET_ENDPOINTS),
    ...Object.values(SPOT_TRADING_ENDPOINTS),
    ...Object.values(SPOT_ACCOUNT_ENDPOINTS),
    ...Object.values(SPOT_SESSION_ENDPOINTS),
  ] as AnyEndpoint[]),
  wsApiLabel: 'spot/ws-api',
  timePath: '/api/v3/time',
};

/**
 * The Binance Spot market as RxJS observables: market streams, and every WebSocket-API request.
 *
 * @remarks
 * Streams are hot and shared: every stream of the client rides one multiplexed connection (a
 * second opens past `maxStreamsPerConnection`), subscriptions are refcounted, and connections
 * reconnect and resubscribe on their own. Requests (`getKlines`, `createOrder`, …) are cold
 * single-value observables over one shared WebSocket-API connection, opened by the first
 * request and closed when idle; signed ones use the `credentials` option. Constructing a
 * client opens nothing.
 *
 * @example
 * ```ts
 * import { map } from 'rxjs';
 * import { SpotClient, SubType } from 'binance-rx';
 * const spot = new SpotClient();
 * spot.stream$(SubType.Ticker, 'BTCUSDT').pipe(map((t) => t.close.toFixed())).subscribe(console.log);
 * ```
 */
export class SpotClient extends SpotSessionMethods {
  readonly #streams: StreamMultiplexer;
  readonly #decoded = new KeyedShare<unknown>();
  readonly #books = new KeyedShare<OrderBook>({ replayLast: true });
  readonly #user = new KeyedShare<SpotUserEvent>();

  /**
   * @param options - all optional; see {@link ClientOptions}
   * @throws {@link ConfigError} for a bad option
   */
  constructor(options: SpotClientOptions = {}) {
    super(options, SPOT_MARKET);
    const streams = this.multiplexers.get('/stream');
    if (streams === undefined) throw new Error('unreachable: the spot profile has a /stream path');
    this.#streams = streams;
  }

  /**
   * A decoded spot market stream.
   *
   * @remarks
   * Hot and shared: the first subscriber of a stream subscribes it on the wire (streams asked for
   * in the same tick share one SUBSCRIBE), later ones share it and its decoding, and the last
   * one leaving unsubscribes it. Reconnects, server shutdowns and the 24 h limit are handled
   * without the subscriber seeing them. A payload that fails to decode is reported on `events$`
   * (`decodeError`) and skipped; the stream goes on. Completes on `close()`.
   *
   * `SubType.OrderBook` is the managed local book ({@link OrderBook}): the diff stream applied
   * to a depth snapshot by Binance's procedure, each emitted book exact at its `lastUpdateId`;
   * after a gap or a reconnect it emits nothing until resynced (`orderBookResync` on
   * `events$`). Its options: `limit` (snapshot depth, 1–5000, default 1000), `speed` (1000 or
   * 100 ms) and `bufferLimit` (events kept before the snapshot, default 10000). It errors only
   * when the snapshot is refused for good (`BinanceApiError`, e.g. an unknown symbol).
   *
   * @param subType - which stream; its parameters follow
   * @param params - the SubType's parameters (a symbol in any common spelling: `BTCUSDT`,
   * `BTC_USDT`, `btc-usdt`)
   * @returns the stream's decoded values
   * @throws {@link InvalidSubParamsError} synchronously, for arguments that name no stream
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link StreamSubscribeError} (emitted) if the server rejects the stream
   * @throws {@link StreamAbandonedError} (emitted) if the retry policy gives up
   * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams
   *
   * @example
   * ```ts
   * import { SpotClient, SubType, TimeFrame } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.stream$(SubType.Kline, 'BTC_USDT', TimeFrame.M1).subscribe((k) => console.log(k.close.toFixed()));
   * spot.stream$(SubType.PartialOrderBook, 'BNBUSDT', 20, 100).subscribe((d) => console.log(d.bids[0]));
   * spot.stream$(SubType.OrderBook, 'BTCUSDT', { limit: 1000 }).subscribe((book) => console.log(book.spread?.toFixed()));
   * ```
   */
  stream$<K extends keyof SpotStreams>(subType: K, ...params: SpotStreams[K]['params']): Observable<SpotStreams[K]['event']> {
    this.assertOpen();
    if (subType === SubType.OrderBook) return this.#orderBook$(params) as Observable<SpotStreams[K]['event']>;
    if (subType === SubType.User) return this.#user$(params) as Observable<SpotStreams[K]['event']>;
    const { name, codec } = resolveSpotStream(subType, params);
    this.assertWebSocket();
    const streams = this.#streams;
    // the resolver pairs each SubType with the codec of SpotStreams[K]['event']
    return this.#decoded.get(`${subType}|${name}`, () =>
      streams.stream$(name).pipe(decodeWith(codec, { onError: (error) => streams.reportDecodeError(name, error) })),
    ) as Observable<SpotStreams[K]['event']>;
  }

  #user$(params: readonly unknown[]): Observable<SpotUserEvent> {
    if (params.length > 0) throw new InvalidSubParamsError(SubType.User, `expected no argument after the SubType, got ${params.length}`);
    const credentials = this.options.credentials;
    if (credentials === undefined) {
      return throwError(() => new ConfigError('The user-data stream needs credentials: new SpotClient({ credentials: new Credentials({ apiKey, ... }) }).', 'credentials'));
    }
    this.assertWebSocket();
    const { requests } = this;
    return this.#user.get('user', () =>
      spotUserStream$({
        session$: () => requests.wsApiSession$(),
        callOn: (session, spec, wire) => requests.wsApiOn(session, spec, wire),
        keyType: credentials.keyType,
        retryPolicy: this.options.retryPolicy,
        url: redactUrl(this.options.wsApiHost),
        now: () => asyncScheduler.now(),
        emit: (event) => requests.emit(event),
        onDecodeError: (error, connectionId) => requests.emit({ type: 'decodeError', stream: undefined, error, connectionId, url: redactUrl(this.options.wsApiHost), at: asyncScheduler.now() }),
      }).pipe(takeUntil(this.closing$)),
    );
  }

  #orderBook$(params: readonly unknown[]): Observable<OrderBook> {
    const request = resolveSpotOrderBook(params);
    this.assertWebSocket();
    const deps = { streams: this.#streams, requests: this.requests, retryPolicy: this.options.retryPolicy, hasFetch: this.options.fetch !== undefined };
    return this.#books.get(`${request.stream}|${request.limit}|${request.bufferLimit}`, () => spotOrderBook$(request, deps));
  }

  /**
   * Any spot stream by its wire name, undecoded (the `data` of Binance's envelope).
   *
   * @remarks Hot and shared like {@link SpotClient.stream$}; for streams this SDK does not
   * decode yet, or to skip decoding.
   *
   * @param name - the exact stream name, e.g. `btcusdt@depth@100ms` (lowercase symbol)
   * @returns the raw payloads
   * @throws {@link InvalidSubParamsError} synchronously, for an empty or malformed name
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link StreamSubscribeError} (emitted) if the server rejects the name
   *
   * @example
   * ```ts
   * spot.rawStream$('btcusdt@depth@100ms').subscribe((payload) => console.log(payload));
   * ```
   */
  rawStream$(name: string): Observable<unknown> {
    this.assertOpen();
    if (typeof name !== 'string' || !STREAM_NAME.test(name)) {
      throw new InvalidSubParamsError('raw', `${JSON.stringify(name)} is not a stream name`);
    }
    this.assertWebSocket();
    return this.#streams.stream$(name);
  }
}

/** Printable, no whitespace: anything else could never be a Binance stream name. */
const STREAM_NAME = /^[^\s]{1,200}$/u;
