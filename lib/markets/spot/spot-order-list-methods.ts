import type { Observable } from 'rxjs';
import type { ClientOptions } from '../../client/client-options.js';
import type { MarketProfile } from '../../client/market-client.js';
import type { ResultOf } from '../../requests/endpoint.js';
import { SPOT_TRADING_ENDPOINTS } from './api/spot-trading-endpoints.js';
import type {
  CancelOcoParams,
  CreateLegacyOcoParams,
  CreateOcoParams,
  CreateOpoParams,
  CreateOpocoParams,
  CreateOtoParams,
  CreateOtocoParams,
} from './api/params/trading-params.js';
import { SpotTradingMethods } from './spot-trading-methods.js';

/**
 * The Spot order-list methods (OCO, OTO, OTOCO, OPO, OPOCO; `spec/spot-ws-api.md` §6.4), over the client's shared WebSocket-API
 * connection. Every method returns a cold observable: nothing is sent before subscribe, each
 * subscription sends once, and it emits one decoded result.
 *
 * @remarks Decimals (price, quantity, …) are `string` or `Big`; a JS `number` there throws
 * {@link InvalidParamError} before anything is sent. Part of {@link SpotClient}.
 */
export abstract class SpotOrderListMethods extends SpotTradingMethods {
  /** @internal */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    super(options, market);
  }

  /**
   * Places an OCO with the deprecated `orderList.place`; prefer {@link SpotOrderListMethods.createOco}.
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `orderList.place` params (see {@link CreateLegacyOcoParams})
   * @returns a cold observable of the decoded result: sends `orderList.place` on subscribe, emits once
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
   * spot.createLegacyOco({ symbol: 'BTCUSDT', side: OrderSide.Sell, quantity: '0.001', price: '32000', stopPrice: '28000',
   *   stopLimitPrice: '27900', stopLimitTimeInForce: TimeInForce.Gtc }).subscribe();
   * ```
   */
  createLegacyOco(params: CreateLegacyOcoParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createLegacyOco>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createLegacyOco, params);
  }

  /**
   * Places a one-cancels-the-other order list (`orderList.place.oco`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `orderList.place.oco` params (see {@link CreateOcoParams})
   * @returns a cold observable of the decoded result: sends `orderList.place.oco` on subscribe, emits once
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
   * spot.createOco({ symbol: 'BTCUSDT', side: OrderSide.Sell, quantity: '0.001', aboveType: 'LIMIT_MAKER', abovePrice: '32000',
   *   belowType: 'STOP_LOSS', belowStopPrice: '28000' }).subscribe((list) => console.log(list.orderListId));
   * ```
   */
  createOco(params: CreateOcoParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createOco>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createOco, params);
  }

  /**
   * Places a one-triggers-the-other order list (`orderList.place.oto`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `orderList.place.oto` params (see {@link CreateOtoParams})
   * @returns a cold observable of the decoded result: sends `orderList.place.oto` on subscribe, emits once
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
   * spot.createOto({ symbol: 'BTCUSDT', workingType: 'LIMIT', workingSide: OrderSide.Buy, workingPrice: '29000', workingQuantity: '0.001',
   *   workingTimeInForce: TimeInForce.Gtc, pendingType: 'MARKET', pendingSide: OrderSide.Sell, pendingQuantity: '0.001' }).subscribe();
   * ```
   */
  createOto(params: CreateOtoParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createOto>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createOto, params);
  }

  /**
   * Places a one-triggers-a-one-cancels-the-other order list (`orderList.place.otoco`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `orderList.place.otoco` params (see {@link CreateOtocoParams})
   * @returns a cold observable of the decoded result: sends `orderList.place.otoco` on subscribe, emits once
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
   * spot.createOtoco({ symbol: 'BTCUSDT', workingType: 'LIMIT', workingSide: OrderSide.Buy, workingPrice: '29000', workingQuantity: '0.001',
   *   workingTimeInForce: TimeInForce.Gtc, pendingSide: OrderSide.Sell, pendingQuantity: '0.001',
   *   pendingAboveType: 'LIMIT_MAKER', pendingAbovePrice: '32000', pendingBelowType: 'STOP_LOSS', pendingBelowStopPrice: '27000' }).subscribe();
   * ```
   */
  createOtoco(params: CreateOtocoParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createOtoco>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createOtoco, params);
  }

  /**
   * Places a one-places-the-other order list (`orderList.place.opo`): the pending order takes the working order's filled quantity.
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `orderList.place.opo` params (see {@link CreateOpoParams})
   * @returns a cold observable of the decoded result: sends `orderList.place.opo` on subscribe, emits once
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
   * spot.createOpo({ symbol: 'BTCUSDT', workingType: 'LIMIT', workingSide: OrderSide.Buy, workingPrice: '29000', workingQuantity: '0.001',
   *   workingTimeInForce: TimeInForce.Gtc, pendingType: 'LIMIT_MAKER', pendingSide: OrderSide.Sell, pendingPrice: '32000' }).subscribe();
   * ```
   */
  createOpo(params: CreateOpoParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createOpo>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createOpo, params);
  }

  /**
   * Places a one-places-a-one-cancels-the-other order list (`orderList.place.opoco`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `orderList.place.opoco` params (see {@link CreateOpocoParams})
   * @returns a cold observable of the decoded result: sends `orderList.place.opoco` on subscribe, emits once
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
   * spot.createOpoco({ symbol: 'BTCUSDT', workingType: 'LIMIT', workingSide: OrderSide.Buy, workingPrice: '29000', workingQuantity: '0.001',
   *   workingTimeInForce: TimeInForce.Gtc, pendingSide: OrderSide.Sell, pendingAboveType: 'LIMIT_MAKER', pendingAbovePrice: '32000',
   *   pendingBelowType: 'STOP_LOSS', pendingBelowStopPrice: '27000' }).subscribe();
   * ```
   */
  createOpoco(params: CreateOpocoParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.createOpoco>> {
    return this.call(SPOT_TRADING_ENDPOINTS.createOpoco, params);
  }

  /**
   * Cancels an order list by `orderListId` or `listClientOrderId` (`orderList.cancel`).
   *
   * @remarks Signed (`TRADE`). An unknown outcome (timeout, cut connection, 5xx) fails with {@link ExecutionStatusUnknownError} and is never retried; unsubscribing before the answer only stops waiting and never cancels anything.
   *
   * @param params - the `orderList.cancel` params (see {@link CancelOcoParams})
   * @returns a cold observable of the decoded result: sends `orderList.cancel` on subscribe, emits once
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
   * spot.cancelOco({ symbol: 'BTCUSDT', orderListId: 1 }).subscribe();
   * ```
   */
  cancelOco(params: CancelOcoParams): Observable<ResultOf<typeof SPOT_TRADING_ENDPOINTS.cancelOco>> {
    return this.call(SPOT_TRADING_ENDPOINTS.cancelOco, params);
  }
}
