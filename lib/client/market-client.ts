import * as t from 'io-ts';
import { merge, type Observable, ReplaySubject, tap } from 'rxjs';
import { clientClosedError, ConfigError } from '../errors/config-error.js';
import type { ExchangeRateLimit, RateLimitMarket } from '../rate-limit/market-rate-limits.js';
import type { RateLimitSnapshot } from '../rate-limit/rate-limit-snapshot.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { Endpoint, HttpVerb } from '../requests/endpoint.js';
import type { AnyEndpoint, EndpointCatalogue } from '../requests/endpoint-catalogue.js';
import { costOf, type RequestCost } from '../requests/request-cost.js';
import { isSigned, needsApiKey, SecurityType } from '../requests/security-type.js';
import { serializeParams, type DecimalRule } from '../requests/serialize-params.js';
import type { ConnectionEvent } from '../streams/connection-event.js';
import { StreamMultiplexer } from '../streams/stream-multiplexer.js';
import type { ClientOptions } from './client-options.js';
import { globalPlatform, type Platform } from './platform.js';
import { RequestHub, type RequestRoutes } from './request-hub.js';
import { resolveOptions, type MarketDefaults, type ResolvedOptions } from './resolve-options.js';

/** Options of the escape hatches `request()` and `get/post/put/delete()`. */
export interface RawRequestOptions {
  /** What the endpoint needs: `None` (default), `MarketData`/`UserStream` (API key), `Trade`/`UserData` (signed). */
  readonly security?: SecurityType;
  /** Treat it as an order request: an unknown outcome is `ExecutionStatusUnknownError`. Default false. */
  readonly ordersEffect?: boolean;
  /**
   * The request weight, for the rate limiter. Default: Binance's weight for a method or REST
   * route this SDK knows (with the params given), else 1.
   */
  readonly weight?: number;
  /** Orders the request places (the account's `ORDERS` budget; over it, it fails fast). Default: as known, else 0. */
  readonly orders?: number;
}

/** What a market adds to the shared client: its hosts, stream paths and limits. @internal */
export interface MarketProfile extends MarketDefaults, RequestRoutes {
  /** Connection-id prefix, e.g. `spot`. */
  readonly name: string;
  /** Combined-stream paths on the stream host; USDⓈ-M has several (`/public/stream`, …). */
  readonly streamPaths: readonly string[];
  /** Binance's incoming-message limit per stream connection. */
  readonly messagesPerSecond: number;
  /** Whose limits: a limiter serves one market. */
  readonly rateLimitMarket: RateLimitMarket;
  /** Request weight of opening a WebSocket-API connection (spot 2, futures 5). */
  readonly wsApiConnectWeight: number;
  /** The typed endpoints, whose weights the escape hatches charge too. */
  readonly endpoints: EndpointCatalogue;
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
  /**
   * This client's rate-limit pools (request weight, raw requests, orders, connection attempts,
   * messages and streams per connection). Pass it to another client of the same market
   * (`{ rateLimiter: spot.rateLimiter }`) to share one budget.
   */
  readonly rateLimiter: RateLimiter;
  /**
   * {@link MarketClient.rateLimitSnapshot} now and on every change (a window filling or rolling
   * over, a call starting to wait, a 429/418 block starting or ending). Hot, never completes;
   * for dashboards: `rateLimit$ | async`.
   */
  readonly rateLimit$: Observable<RateLimitSnapshot>;
  /** @internal */
  protected readonly options: ResolvedOptions;
  /** @internal */
  protected readonly multiplexers: ReadonlyMap<string, StreamMultiplexer>;
  /** @internal */
  protected readonly requests: RequestHub;
  readonly #endpoints: EndpointCatalogue;
  readonly #closingSubject$ = new ReplaySubject<void>(1);
  /** Emits once `close()` is called: streams that hold a connection (user data) end with it. @internal */
  protected readonly closing$: Observable<void> = this.#closingSubject$.asObservable();
  #closed: Promise<void> | undefined;

  /**
   * @param options - client options (all optional)
   * @param market - the market's hosts and limits
   * @throws {@link ConfigError} for a bad option
   */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    this.options = resolveOptions(options, market, this.platform());
    const shared = this.options.rateLimiter;
    if (shared !== undefined && shared.market !== market.rateLimitMarket) {
      throw new ConfigError(`rateLimiter belongs to the ${shared.market} market; a ${market.rateLimitMarket} client needs its own (limits are per market).`, 'rateLimiter');
    }
    const limiter = shared ?? new RateLimiter(market.rateLimitMarket);
    this.rateLimiter = limiter;
    this.#endpoints = market.endpoints;
    this.rateLimit$ = limiter.snapshot$;
    const guard = this.options.rateLimitGuard;
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
          rateLimiter: limiter,
          admitConnection: () => limiter.admit$({ name: 'connect', charge: { connections: 1 }, kind: 'request', guard }),
        }),
      ]),
    );
    this.requests = new RequestHub(this.options, market, limiter, missingWebSocket);
    this.events$ = merge(...[...this.multiplexers.values()].map((m) => m.events$), this.requests.events$);
  }

  /**
   * Where this client stands against Binance's limits: every window (scope, type, interval,
   * used, limit, remaining, utilization, pending, source), calls waiting, the time left on a
   * 429/418 block, and the highest utilization.
   *
   * @returns the snapshot now
   *
   * @example
   * ```ts
   * const { maxUtilization, throttled } = spot.rateLimitSnapshot();
   * ```
   */
  rateLimitSnapshot(): RateLimitSnapshot {
    return this.rateLimiter.snapshot();
  }

  /** Whether `close()` has been called. */
  get closed(): boolean {
    return this.#closed !== undefined;
  }

  /**
   * Completes every stream of this client, closes its connections and completes `events$`.
   * A closed client refuses new work with {@link ConfigError}.
   *
   * @remarks Requests in flight are not cut: the WebSocket-API connection closes once they are
   * answered or time out (REST requests run to their end). A request observable made before
   * `close()` and subscribed after it emits {@link ConfigError}.
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
    this.#closingSubject$.next();
    this.#closingSubject$.complete();
    this.#closed ??= Promise.all([...[...this.multiplexers.values()].map((m) => m.close()), this.requests.close()]).then(() => undefined);
    return this.#closed;
  }

  /**
   * Any WebSocket-API method, for what this SDK has no typed method for yet.
   *
   * @remarks Cold: sends on subscribe, each subscription once; emits the undecoded `result`.
   * Signed security types add `timestamp`, `recvWindow` and the signature (or rely on the
   * connection's `session.logon` for Ed25519 keys). A JS `number` in a param whose name ends in
   * `price`, `qty` or `quantity` is refused.
   *
   * @param method - e.g. `'account.status'`
   * @param params - the method's params, without `apiKey`, `timestamp` and `signature`
   * @param options - the method's security type (default `None`)
   * @returns the `result` of the answer
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client or without credentials for a keyed method
   * @throws {@link BinanceApiError} (emitted) when the exchange answers an error; also
   * {@link RateLimitError}, {@link IpBannedError}, {@link TimeoutError}, {@link SocketClosedError}
   * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-api
   *
   * @example
   * ```ts
   * import { SecurityType } from 'binance-rx';
   * spot.request('account.status', { omitZeroBalances: true }, { security: SecurityType.UserData }).subscribe(console.log);
   * ```
   */
  request(method: string, params?: object, options: RawRequestOptions = {}): Observable<unknown> {
    const security = options.security ?? SecurityType.None;
    const wire = this.#check(params, 'byName', security);
    if (typeof method !== 'string' || method === '') throw new ConfigError('request() needs a method name.', 'method');
    return this.requests.wsApi({ name: method, security, ordersEffect: options.ordersEffect ?? false, result: t.unknown, cost: rawCost(options, this.#endpoints.byMethod(method), params) }, wire);
  }

  /**
   * A GET on any REST path. See {@link MarketClient.post} for the details shared by all four verbs.
   *
   * @param path - `'/api/v3/…'`, `'/sapi/v1/…'` or a full URL
   * @param params - query params, without `timestamp` and `signature`
   * @param options - the endpoint's security type (default `None`)
   * @returns the decoded JSON body
   * @throws {@link HttpError} (emitted) on a network failure or a non-JSON body
   *
   * @example
   * ```ts
   * spot.get('/api/v3/ticker/price', { symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  get(path: string, params?: object, options: RawRequestOptions = {}): Observable<unknown> {
    return this.#raw('GET', path, params, options);
  }

  /**
   * A POST on any REST path.
   *
   * @remarks Cold and abortable: sends on subscribe, aborts on unsubscribe. Keyed security types
   * send `X-MBX-APIKEY`; signed ones add `timestamp`, `recvWindow` and a signature over exactly
   * the percent-encoded bytes sent. Used-weight and order-count headers feed the client's
   * rate-limit tracking. 429 → {@link RateLimitError}, 418 → {@link IpBannedError}, other
   * `{code,msg}` answers → {@link BinanceApiError}.
   *
   * @param path - `'/api/v3/…'`, `'/sapi/v1/…'` or a full URL
   * @param params - body params, without `timestamp` and `signature`
   * @param options - the endpoint's security type (default `None`)
   * @returns the decoded JSON body
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client or without credentials for a keyed path
   * @throws {@link HttpError} (emitted) on a network failure or a non-JSON body
   *
   * @example
   * ```ts
   * import { SecurityType } from 'binance-rx';
   * spot.post('/api/v3/order/test', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }, { security: SecurityType.Trade }).subscribe();
   * ```
   */
  post(path: string, params?: object, options: RawRequestOptions = {}): Observable<unknown> {
    return this.#raw('POST', path, params, options);
  }

  /**
   * A PUT on any REST path; see {@link MarketClient.post}.
   *
   * @param path - `'/api/v3/…'` or a full URL
   * @param params - body params
   * @param options - the endpoint's security type
   * @returns the decoded JSON body
   *
   * @example
   * ```ts
   * spot.put('/api/v3/order/amend/keepPriority', { symbol: 'BTCUSDT', orderId: 1, newQty: '0.5' }, { security: SecurityType.Trade }).subscribe();
   * ```
   */
  put(path: string, params?: object, options: RawRequestOptions = {}): Observable<unknown> {
    return this.#raw('PUT', path, params, options);
  }

  /**
   * A DELETE on any REST path; see {@link MarketClient.post}.
   *
   * @param path - `'/api/v3/…'` or a full URL
   * @param params - body params
   * @param options - the endpoint's security type
   * @returns the decoded JSON body
   *
   * @example
   * ```ts
   * spot.delete('/api/v3/order', { symbol: 'BTCUSDT', orderId: 1 }, { security: SecurityType.Trade }).subscribe();
   * ```
   */
  delete(path: string, params?: object, options: RawRequestOptions = {}): Observable<unknown> {
    return this.#raw('DELETE', path, params, options);
  }

  /**
   * Calls a typed endpoint over the WebSocket API.
   *
   * @internal
   */
  protected call<P, R>(endpoint: Endpoint<P, R>, params: P | undefined): Observable<R> {
    const wire = this.#check(params as object | undefined, endpoint.decimals, endpoint.security);
    const cost = costOf(endpoint, params);
    const result$ = this.requests.wsApi({ name: endpoint.wsApi, security: endpoint.security, ordersEffect: endpoint.ordersEffect, result: endpoint.result, cost }, wire);
    // exchangeInfo's rateLimits replace the limiter's defaults (spec/rest.md §6)
    return endpoint.wsApi === 'exchangeInfo' ? result$.pipe(tap((info) => this.rateLimiter.applyExchangeLimits(exchangeLimitsOf(info)))) : result$;
  }

  #raw(verb: HttpVerb, path: string, params: object | undefined, options: RawRequestOptions): Observable<unknown> {
    const security = options.security ?? SecurityType.None;
    const wire = this.#check(params, 'byName', security);
    if (typeof path !== 'string' || !(path.startsWith('/') || /^https?:\/\//i.test(path))) {
      throw new ConfigError(`A REST path starts with '/' or is a full http(s) URL, got ${JSON.stringify(path)}.`, 'path');
    }
    const cost = rawCost(options, this.#endpoints.byRoute(verb, path), params);
    const spec = { name: `${verb} ${path.split('?', 1)[0] ?? path}`, security, ordersEffect: options.ordersEffect ?? false, result: t.unknown, cost };
    return this.requests.rest(verb, path, spec, wire);
  }

  /** The synchronous checks of every request: open client, credentials, params. */
  #check(params: object | undefined, decimals: DecimalRule, security: SecurityType): ReturnType<typeof serializeParams> {
    this.assertOpen();
    if (!Object.values(SecurityType).includes(security)) throw new ConfigError(`Unknown security type ${JSON.stringify(security)}.`, 'security');
    if (needsApiKey(security) && this.options.credentials === undefined) {
      const what = isSigned(security) ? 'signed' : 'API-key';
      throw new ConfigError(`This is a ${what} request (${security}); pass credentials: new SpotClient({ credentials: new Credentials({ apiKey, ... }) }).`, 'credentials');
    }
    return serializeParams(params, decimals);
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
    if (this.#closed !== undefined) throw clientClosedError();
  }

  /** @internal */
  protected assertWebSocket(): void {
    if (this.options.webSocket === undefined) {
      throw new ConfigError('No WebSocket implementation: this runtime has no global WebSocket; pass the `webSocket` option.', 'webSocket');
    }
  }
}

/** An escape hatch's cost: as given, else the known endpoint's (Binance's catalogue), else weight 1. */
function rawCost(options: RawRequestOptions, known: AnyEndpoint | undefined, params: object | undefined): RequestCost {
  const count = (value: unknown, option: string, fallback: number): number => {
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    throw new ConfigError(`${option} must be an integer ≥ 0, got ${JSON.stringify(value)}.`, option);
  };
  const catalogued = known === undefined ? { weight: 1, orders: 0 } : costOf(known, params as never);
  return { weight: count(options.weight, 'weight', catalogued.weight), orders: count(options.orders, 'orders', catalogued.orders) };
}

/** The `rateLimits` of an `exchangeInfo` result (decoded), or none. */
function exchangeLimitsOf(info: unknown): readonly ExchangeRateLimit[] {
  const limits = typeof info === 'object' && info !== null ? (info as { readonly rateLimits?: unknown }).rateLimits : undefined;
  return Array.isArray(limits) ? (limits as ExchangeRateLimit[]) : [];
}

/** Never called: `assertWebSocket()` runs before anything could open a socket. */
const missingWebSocket = class {
  constructor() {
    throw new ConfigError('No WebSocket implementation: pass the `webSocket` option.', 'webSocket');
  }
} as unknown as NonNullable<ResolvedOptions['webSocket']>;
