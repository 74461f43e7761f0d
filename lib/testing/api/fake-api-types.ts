import type { FakeSpotLiquidity } from './spot/fake-spot-liquidity.js';
import type { FakeExchangeRateLimit } from './limits/exchange-rate-limits.js';
import type { FakeApiTimeUnit } from './time-unit.js';

/**
 * The contract between the fake exchange's request servers (WebSocket API and REST) and the
 * endpoint handlers that answer them. One handler serves both transports.
 *
 * @internal
 */

/** Binance's security types, as on the wire. */
export type FakeSecurity = 'NONE' | 'MARKET_DATA' | 'USER_STREAM' | 'TRADE' | 'USER_DATA';

/** Binance's `{code, msg}` error, optionally with `data` (ban info, cancelReplace results). */
export interface FakeApiError {
  readonly code: number;
  readonly msg: string;
  readonly data?: unknown;
}

/** What a handler answers: a result (status 200 unless given) or an error with its HTTP status. */
export type FakeApiOutcome =
  | { readonly result: unknown; readonly status?: number }
  | { readonly error: FakeApiError; readonly status: number };

/**
 * The request as a handler sees it, after authentication. Values are as received: JSON values
 * over the WebSocket API, strings over REST; read them with `lib/testing/api/fake-params.ts`.
 * `apiKey`, `signature`, `timestamp` and `recvWindow` are removed before the handler runs.
 */
export interface FakeApiRequest {
  readonly params: Readonly<Record<string, unknown>>;
  readonly transport: 'ws' | 'rest';
  /** The authenticated API key, for keyed and signed endpoints. */
  readonly apiKey: string | undefined;
  /** The fake's server time (ms) when the request was handled. */
  readonly serverTime: number;
}

/**
 * What the fake knows about its spot market: the handlers of trading methods use it to
 * validate symbols and fill market orders. Implemented by `FakeSpotMarket`
 * (`lib/testing/api/spot/fake-spot-market.ts`).
 */
export interface FakeSpotMarketView {
  /** Whether the symbol is listed (exact uppercase name, e.g. `BTCUSDT`). */
  hasSymbol(symbol: string): boolean;
  /** Base and quote asset of a listed symbol. */
  assetsOf(symbol: string): { readonly baseAsset: string; readonly quoteAsset: string } | undefined;
  /** The last traded price of a listed symbol, an exact decimal string with 8 decimals. */
  lastPrice(symbol: string): string;
  /** What the matching engine trades against for a listed symbol: its book and last price. */
  liquidity(symbol: string): FakeSpotLiquidity;
}

/**
 * The WebSocket-API connection a request came on, with its `session.logon` state
 * (`spec/spot-ws-api.md` §5, §6.3). The `session.*` handlers read and change it.
 */
export interface FakeApiSession {
  /** The connection's id, e.g. `'ws-api-1'`. */
  readonly connectionId: string;
  /** When the connection opened (the fake's clock, ms). */
  readonly connectedSince: number;
  /** Whether responses carry `rateLimits` unless a request says otherwise (URL `returnRateLimits`). */
  readonly returnRateLimits: boolean;
  /** The logged-on API key, if any. */
  readonly apiKey: string | undefined;
  /** When it logged on (the fake's clock, ms), if it did. */
  readonly authorizedSince: number | undefined;
  /** Authenticates the connection with a key (replacing any earlier one). */
  logon(apiKey: string, at: number): void;
  /** Forgets the logged-on key (and ends the subscription made through it). */
  logout(): void;
  /** The unit of the connection's timestamps (URL `timeUnit=`). */
  readonly timeUnit: FakeApiTimeUnit;
  /** Sends a text frame on the connection if it is open (User Data Stream events). */
  sendText(text: string): boolean;
}

/** Everything a handler may read or change. `account` is set for keyed and signed requests. */
export interface FakeApiContext {
  readonly market: FakeSpotMarketView;
  /** The account behind `request.apiKey` (type owned by the trading handlers). */
  readonly account: unknown;
  /** The WebSocket-API connection of the request; absent over REST. */
  readonly session?: FakeApiSession;
  /** The fake's configured limits as `exchangeInfo` lists them; absent means Binance's defaults. */
  readonly rateLimits?: readonly FakeExchangeRateLimit[];
}

/** One endpoint of the fake: its names on both transports, security, weight and handler. */
export interface FakeEndpoint {
  /** WebSocket-API method, e.g. `'order.place'`. */
  readonly method: string;
  /** REST twin, e.g. `['POST', '/api/v3/order']`; `undefined` for WS-API-only methods (`session.*`). */
  readonly rest: readonly ['GET' | 'POST' | 'PUT' | 'DELETE', string] | undefined;
  readonly security: FakeSecurity;
  /** Request weight per `spec/spot-ws-api.md` §6 / `spec/rest.md` §7, from the params. */
  weight(params: Readonly<Record<string, unknown>>): number;
  /**
   * Whether the request must carry its own `apiKey` and `signature` even on a logged-on
   * connection (`session.logon`, `userDataStream.subscribe.signature`).
   */
  readonly explicitCredentials?: boolean;
  /** Whether a successful call counts toward the ORDERS limits (unfilled order count). */
  readonly countsOrders?: boolean;
  handle(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome;
}
