import type { Observable } from 'rxjs';
import type { ClientOptions } from '../../client/client-options.js';
import type { MarketProfile } from '../../client/market-client.js';
import type { ResultOf } from '../../requests/endpoint.js';
import { SPOT_MARKET_ENDPOINTS } from './api/spot-market-endpoints.js';
import type {
  RollingWindowMiniTickerParams,
  RollingWindowMiniTickersParams,
  RollingWindowTickerParams,
  RollingWindowTickersParams,
  SymbolTickerParams,
  SymbolsTickerParams,
} from './api/params/ticker-params.js';
import { SpotStatisticsMethods } from './spot-statistics-methods.js';

/**
 * The Spot rolling-window, price and book tickers (`ticker`, `ticker.price`, `ticker.book`;
 * `spec/spot-ws-api.md` §6.2): one-symbol forms emit an object, several-symbol forms an array, over the client's shared WebSocket-API connection. Every method returns a
 * cold observable: nothing is sent before subscribe, each subscription sends once, and it emits
 * one decoded result (decimals as `Big`).
 *
 * @remarks Part of {@link SpotClient}.
 */
export abstract class SpotTickerMethods extends SpotStatisticsMethods {
  /** @internal */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    super(options, market);
  }

  /**
   * Rolling-window statistics of one symbol (`ticker`, FULL; `windowSize` 1m…7d, default 1d).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker` params (see {@link RollingWindowTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getRollingWindowTicker({ symbol: 'BTCUSDT', windowSize: '4h' }).subscribe(console.log);
   * ```
   */
  getRollingWindowTicker(params: RollingWindowTickerParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getRollingWindowTicker>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getRollingWindowTicker, params);
  }

  /**
   * Rolling-window statistics of several symbols (`ticker`, FULL).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker` params (see {@link RollingWindowTickersParams})
   * @returns a cold observable of the decoded result: sends `ticker` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getRollingWindowTickers({ symbols: ['BTCUSDT', 'BNBUSDT'] }).subscribe(console.log);
   * ```
   */
  getRollingWindowTickers(params: RollingWindowTickersParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getRollingWindowTickers>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getRollingWindowTickers, params);
  }

  /**
   * Rolling-window statistics of one symbol, MINI form (`ticker`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker` params (see {@link RollingWindowMiniTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getRollingWindowMiniTicker({ symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  getRollingWindowMiniTicker(params: RollingWindowMiniTickerParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getRollingWindowMiniTicker>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getRollingWindowMiniTicker, { ...params, type: 'MINI' });
  }

  /**
   * Rolling-window statistics of several symbols, MINI form (`ticker`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker` params (see {@link RollingWindowMiniTickersParams})
   * @returns a cold observable of the decoded result: sends `ticker` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getRollingWindowMiniTickers({ symbols: ['BTCUSDT'] }).subscribe(console.log);
   * ```
   */
  getRollingWindowMiniTickers(params: RollingWindowMiniTickersParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getRollingWindowMiniTickers>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getRollingWindowMiniTickers, { ...params, type: 'MINI' });
  }

  /**
   * The last price of one symbol (`ticker.price`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker.price` params (see {@link SymbolTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker.price` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getTickerPrice({ symbol: 'BTCUSDT' }).subscribe((p) => console.log(p.price.toFixed()));
   * ```
   */
  getTickerPrice(params: SymbolTickerParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTickerPrice>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getTickerPrice, params);
  }

  /**
   * The last prices of several or all symbols (`ticker.price`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `ticker.price` params (see {@link SymbolsTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker.price` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getTickerPrices().subscribe((ps) => console.log(ps.length));
   * ```
   */
  getTickerPrices(params: SymbolsTickerParams = {}): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTickerPrices>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getTickerPrices, params);
  }

  /**
   * The best bid and ask of one symbol (`ticker.book`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker.book` params (see {@link SymbolTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker.book` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getOrderbookTicker({ symbol: 'BTCUSDT' }).subscribe((b) => console.log(b.bidPrice.toFixed()));
   * ```
   */
  getOrderbookTicker(params: SymbolTickerParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getOrderbookTicker>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getOrderbookTicker, params);
  }

  /**
   * The best bids and asks of several or all symbols (`ticker.book`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `ticker.book` params (see {@link SymbolsTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker.book` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getOrderbookTickers({ symbols: ['BTCUSDT'] }).subscribe(console.log);
   * ```
   */
  getOrderbookTickers(params: SymbolsTickerParams = {}): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getOrderbookTickers>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getOrderbookTickers, params);
  }
}
