import type { Observable } from 'rxjs';
import type { ClientOptions } from '../../client/client-options.js';
import type { MarketProfile } from '../../client/market-client.js';
import type { ResultOf } from '../../requests/endpoint.js';
import { SPOT_TRADING_ENDPOINTS } from './api/spot-trading-endpoints.js';
import type {
  AmendOrderParams,
  CancelAllOrdersParams,
  CancelOrderParams,
  CancelReplaceOrderParams,
  CreateOrderParams,
  CreateSorOrderParams,
  CreateTestOrderParams,
  CreateTestSorOrderParams,
} from './api/params/trading-params.js';
import { SpotMarketDataMethods } from './spot-market-data-methods.js';

/**
 * The Spot trading methods (`spec/spot-ws-api.md` §6.4), over the client's shared WebSocket-API
 * connection. Every method returns a cold observable: nothing is sent before subscribe, each
 * subscription sends once, and it emits one decoded result.
 *
 * @remarks Decimals (price, quantity, …) are `string` or `Big`; a JS `number` there throws
 * {@link InvalidParamError} before anything is sent. Part of {@link SpotClient}.
 */
export abstract class SpotTradingMethods extends SpotMarketDataMethods {
  /** @internal */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    super(options, market);
  }

  /**
   * Places an order (`order.place`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `order.place` params (see {@link CreateOrderParams})
   * @returns a cold observable of the decoded result: sends `order.place` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a JS `number` where a decimal is expected, or another bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link ExecutionStatusUnknownError} (emitted) when it may have executed but no answer says so
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
   *
   * @example
   * ```ts
   * import { SpotClient, OrderSide, OrderType, TimeInForce, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, privateKey }) });
   * spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Limit,
   *   timeInForce: TimeInForce.Gtc, quantity: '0.001', price: '30000.10' }).subscribe((o) => console.log(o.orderId));
   * ```
   */
  createOrder(params: CreateOrderParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createOrder>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createOrder, params);
  }

  /**
   * Tests an order without placing it (`order.test`); with `computeCommissionRates` it returns the commission it would pay.
   *
   * @remarks Signed (`TRADE`). Validates the order without sending it to the matching engine.
   *
   * @param params - the `order.test` params (see {@link CreateTestOrderParams})
   * @returns a cold observable of the decoded result: sends `order.test` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a JS `number` where a decimal is expected, or another bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
   *
   * @example
   * ```ts
   * import { SpotClient, OrderSide, OrderType, TimeInForce, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, privateKey }) });
   * spot.createTestOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' }).subscribe();
   * ```
   */
  createTestOrder(params: CreateTestOrderParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createTestOrder>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createTestOrder, params);
  }

  /**
   * Cancels an open order by `orderId` or `origClientOrderId` (`order.cancel`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `order.cancel` params (see {@link CancelOrderParams})
   * @returns a cold observable of the decoded result: sends `order.cancel` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a JS `number` where a decimal is expected, or another bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link ExecutionStatusUnknownError} (emitted) when it may have executed but no answer says so
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
   *
   * @example
   * ```ts
   * import { SpotClient, OrderSide, OrderType, TimeInForce, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, privateKey }) });
   * spot.cancelOrder({ symbol: 'BTCUSDT', orderId: 12569099453 }).subscribe((o) => console.log(o));
   * ```
   */
  cancelOrder(params: CancelOrderParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.cancelOrder>> {
    return this.call(SPOT_TRADING_ENDPOINTS.cancelOrder, params);
  }

  /**
   * Cancels an order and places a new one (`order.cancelReplace`); not atomic: a partial failure is a {@link BinanceApiError} with code -2021 whose `data` holds both sub-results.
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `order.cancelReplace` params (see {@link CancelReplaceOrderParams})
   * @returns a cold observable of the decoded result: sends `order.cancelReplace` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a JS `number` where a decimal is expected, or another bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link ExecutionStatusUnknownError} (emitted) when it may have executed but no answer says so
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
   *
   * @example
   * ```ts
   * import { SpotClient, OrderSide, OrderType, TimeInForce, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, privateKey }) });
   * spot.cancelReplaceOrder({ symbol: 'BTCUSDT', cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: 1, side: OrderSide.Buy,
   *   type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: '0.001', price: '29000' }).subscribe();
   * ```
   */
  cancelReplaceOrder(params: CancelReplaceOrderParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.cancelReplaceOrder>> {
    return this.call(SPOT_TRADING_ENDPOINTS.cancelReplaceOrder, params);
  }

  /**
   * Reduces the quantity of an open order keeping its priority (`order.amend.keepPriority`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `order.amend.keepPriority` params (see {@link AmendOrderParams})
   * @returns a cold observable of the decoded result: sends `order.amend.keepPriority` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a JS `number` where a decimal is expected, or another bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link ExecutionStatusUnknownError} (emitted) when it may have executed but no answer says so
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
   *
   * @example
   * ```ts
   * import { SpotClient, OrderSide, OrderType, TimeInForce, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, privateKey }) });
   * spot.amendOrder({ symbol: 'BTCUSDT', orderId: 1, newQty: '0.0005' }).subscribe();
   * ```
   */
  amendOrder(params: AmendOrderParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.amendOrder>> {
    return this.call(SPOT_TRADING_ENDPOINTS.amendOrder, params);
  }

  /**
   * Cancels every open order and order list of a symbol (`openOrders.cancelAll`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `openOrders.cancelAll` params (see {@link CancelAllOrdersParams})
   * @returns a cold observable of the decoded result: sends `openOrders.cancelAll` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a JS `number` where a decimal is expected, or another bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link ExecutionStatusUnknownError} (emitted) when it may have executed but no answer says so
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
   *
   * @example
   * ```ts
   * import { SpotClient, OrderSide, OrderType, TimeInForce, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, privateKey }) });
   * spot.cancelAllOrders({ symbol: 'BTCUSDT' }).subscribe((canceled) => console.log(canceled.length));
   * ```
   */
  cancelAllOrders(params: CancelAllOrdersParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.cancelAllOrders>> {
    return this.call(SPOT_TRADING_ENDPOINTS.cancelAllOrders, params);
  }

  /**
   * Places an order through smart order routing (`sor.order.place`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `sor.order.place` params (see {@link CreateSorOrderParams})
   * @returns a cold observable of the decoded result: sends `sor.order.place` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a JS `number` where a decimal is expected, or another bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link ExecutionStatusUnknownError} (emitted) when it may have executed but no answer says so
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
   *
   * @example
   * ```ts
   * import { SpotClient, OrderSide, OrderType, TimeInForce, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, privateKey }) });
   * spot.createSorOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' }).subscribe();
   * ```
   */
  createSorOrder(params: CreateSorOrderParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createSorOrder>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createSorOrder, params);
  }

  /**
   * Tests a smart-order-routing order without placing it (`sor.order.test`).
   *
   * @remarks Signed (`TRADE`). Validates the order without sending it to the matching engine.
   *
   * @param params - the `sor.order.test` params (see {@link CreateTestSorOrderParams})
   * @returns a cold observable of the decoded result: sends `sor.order.test` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a JS `number` where a decimal is expected, or another bad param
   * @throws {@link ConfigError} synchronously, without credentials or on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests
   *
   * @example
   * ```ts
   * import { SpotClient, OrderSide, OrderType, TimeInForce, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, privateKey }) });
   * spot.createTestSorOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' }).subscribe();
   * ```
   */
  createTestSorOrder(params: CreateTestSorOrderParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createTestSorOrder>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createTestSorOrder, params);
  }
}
