import type { Observable } from 'rxjs';
import type { ClientOptions } from '../../client/client-options.js';
import type { MarketProfile } from '../../client/market-client.js';
import type { ResultOf } from '../../requests/endpoint.js';
import { SPOT_ACCOUNT_ENDPOINTS } from './api/spot-account-endpoints.js';
import type {
  GetAccountParams,
  GetAllOcoParams,
  GetAllOrdersParams,
  GetAllocationsParams,
  GetCommissionParams,
  GetMyFiltersParams,
  GetOcoParams,
  GetOpenOrdersParams,
  GetOrderAmendmentsParams,
  GetOrderParams,
  GetPreventedMatchesParams,
  GetTradesParams,
} from './api/params/account-params.js';
import { SpotOrderListMethods } from './spot-order-list-methods.js';

/**
 * The Spot account methods (`spec/spot-ws-api.md` §6.5) and session methods (§6.3), over the
 * client's shared WebSocket-API connection. Every method returns a cold observable: nothing is
 * sent before subscribe, each subscription sends once, and it emits one decoded result.
 *
 * @remarks Part of {@link SpotClient}.
 */
export abstract class SpotAccountMethods extends SpotOrderListMethods {
  /** @internal */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    super(options, market);
  }

  /**
   * The account: commissions, permissions and balances (`account.status`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `account.status` params (see {@link GetAccountParams})
   * @returns a cold observable of the decoded result: sends `account.status` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getAccount({ omitZeroBalances: true }).subscribe((a) => console.log(a.balances));
   * ```
   */
  getAccount(params: GetAccountParams = {}): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getAccount>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getAccount, params);
  }

  /**
   * One order by `orderId` or `origClientOrderId` (`order.status`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `order.status` params (see {@link GetOrderParams})
   * @returns a cold observable of the decoded result: sends `order.status` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getOrder({ symbol: 'BTCUSDT', orderId: 12569099453 }).subscribe((o) => console.log(o.status));
   * ```
   */
  getOrder(params: GetOrderParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getOrder>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getOrder, params);
  }

  /**
   * The open orders of a symbol, or of every symbol (`openOrders.status`; weight 80 without a symbol).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `openOrders.status` params (see {@link GetOpenOrdersParams})
   * @returns a cold observable of the decoded result: sends `openOrders.status` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getOpenOrders({ symbol: 'BTCUSDT' }).subscribe((orders) => console.log(orders.length));
   * ```
   */
  getOpenOrders(params: GetOpenOrdersParams = {}): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getOpenOrders>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getOpenOrders, params);
  }

  /**
   * Orders of a symbol: open, canceled or filled (`allOrders`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `allOrders` params (see {@link GetAllOrdersParams})
   * @returns a cold observable of the decoded result: sends `allOrders` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getAllOrders({ symbol: 'BTCUSDT', limit: 10 }).subscribe(console.log);
   * ```
   */
  getAllOrders(params: GetAllOrdersParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getAllOrders>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getAllOrders, params);
  }

  /**
   * One order list by `orderListId` or its client id (`orderList.status`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `orderList.status` params (see {@link GetOcoParams})
   * @returns a cold observable of the decoded result: sends `orderList.status` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getOco({ orderListId: 1 }).subscribe(console.log);
   * ```
   */
  getOco(params: GetOcoParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getOco>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getOco, params);
  }

  /**
   * Order lists in a time range or from an id (`allOrderLists`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `allOrderLists` params (see {@link GetAllOcoParams})
   * @returns a cold observable of the decoded result: sends `allOrderLists` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getAllOco({ limit: 10 }).subscribe(console.log);
   * ```
   */
  getAllOco(params: GetAllOcoParams = {}): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getAllOco>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getAllOco, params);
  }

  /**
   * The open order lists (`openOrderLists.status`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @returns a cold observable of the decoded result: sends `openOrderLists.status` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getOpenOco().subscribe(console.log);
   * ```
   */
  getOpenOco(): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getOpenOco>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getOpenOco, undefined);
  }

  /**
   * The account's trades of a symbol (`myTrades`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `myTrades` params (see {@link GetTradesParams})
   * @returns a cold observable of the decoded result: sends `myTrades` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getTrades({ symbol: 'BTCUSDT', limit: 50 }).subscribe((trades) => console.log(trades[0]?.price.toFixed()));
   * ```
   */
  getTrades(params: GetTradesParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getTrades>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getTrades, params);
  }

  /**
   * Orders expired by self-trade prevention (`myPreventedMatches`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `myPreventedMatches` params (see {@link GetPreventedMatchesParams})
   * @returns a cold observable of the decoded result: sends `myPreventedMatches` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getPreventedMatches({ symbol: 'BTCUSDT', orderId: 1 }).subscribe(console.log);
   * ```
   */
  getPreventedMatches(params: GetPreventedMatchesParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getPreventedMatches>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getPreventedMatches, params);
  }

  /**
   * Allocations from smart order routing (`myAllocations`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `myAllocations` params (see {@link GetAllocationsParams})
   * @returns a cold observable of the decoded result: sends `myAllocations` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getAllocations({ symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  getAllocations(params: GetAllocationsParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getAllocations>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getAllocations, params);
  }

  /**
   * The account's commission rates for a symbol (`account.commission`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `account.commission` params (see {@link GetCommissionParams})
   * @returns a cold observable of the decoded result: sends `account.commission` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getCommission({ symbol: 'BTCUSDT' }).subscribe((c) => console.log(c));
   * ```
   */
  getCommission(params: GetCommissionParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getCommission>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getCommission, params);
  }

  /**
   * The account's unfilled-order counts against its limits (`account.rateLimits.orders`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @returns a cold observable of the decoded result: sends `account.rateLimits.orders` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getOrderRateLimit().subscribe((limits) => console.log(limits));
   * ```
   */
  getOrderRateLimit(): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getOrderRateLimit>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getOrderRateLimit, undefined);
  }

  /**
   * The amendments made to an order (`order.amendments`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `order.amendments` params (see {@link GetOrderAmendmentsParams})
   * @returns a cold observable of the decoded result: sends `order.amendments` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getOrderAmendments({ symbol: 'BTCUSDT', orderId: 1 }).subscribe(console.log);
   * ```
   */
  getOrderAmendments(params: GetOrderAmendmentsParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getOrderAmendments>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getOrderAmendments, params);
  }

  /**
   * The exchange, symbol and asset filters that apply to the account for a symbol (`myFilters`).
   *
   * @remarks Signed (`USER_DATA`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `myFilters` params (see {@link GetMyFiltersParams})
   * @returns a cold observable of the decoded result: sends `myFilters` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getMyFilters({ symbol: 'BTCUSDT' }).subscribe((f) => console.log(f.symbolFilters));
   * ```
   */
  getMyFilters(params: GetMyFiltersParams): Observable<ResultOf<typeof SPOT_ACCOUNT_ENDPOINTS.getMyFilters>> {
    return this.call(SPOT_ACCOUNT_ENDPOINTS.getMyFilters, params);
  }
}
