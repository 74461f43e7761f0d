import type { Observable } from 'rxjs';
import type { ClientOptions } from '../../client/client-options.js';
import type { MarketProfile } from '../../client/market-client.js';
import type { ResultOf } from '../../requests/endpoint.js';
import { SPOT_MARKET_ENDPOINTS } from './api/spot-market-endpoints.js';
import type {
  MiniTickerParams,
  MiniTickersParams,
  TickerParams,
  TickersParams,
  TradingDayMiniTickerParams,
  TradingDayMiniTickersParams,
  TradingDayTickerParams,
  TradingDayTickersParams,
} from './api/params/ticker-params.js';
import { MarketClient } from '../../client/market-client.js';

/**
 * The Spot 24 h and trading-day statistics (`ticker.24hr`, `ticker.tradingDay`;
 * `spec/spot-ws-api.md` §6.2): one-symbol forms emit an object, several-symbol forms an array, over the client's shared WebSocket-API connection. Every method returns a
 * cold observable: nothing is sent before subscribe, each subscription sends once, and it emits
 * one decoded result (decimals as `Big`).
 *
 * @remarks Part of {@link SpotClient}.
 */
export abstract class SpotStatisticsMethods extends MarketClient {
  /** @internal */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    super(options, market);
  }

  /**
   * The 24 h statistics of one symbol (`ticker.24hr`, FULL).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker.24hr` params (see {@link TickerParams})
   * @returns a cold observable of the decoded result: sends `ticker.24hr` on subscribe, emits once
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
   * spot.getTicker({ symbol: 'BTCUSDT' }).subscribe((t) => console.log(t.lastPrice.toFixed()));
   * ```
   */
  getTicker(params: TickerParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTicker>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getTicker, params);
  }

  /**
   * The 24 h statistics of several or all symbols (`ticker.24hr`, FULL; weight 80 for all).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `ticker.24hr` params (see {@link TickersParams})
   * @returns a cold observable of the decoded result: sends `ticker.24hr` on subscribe, emits once
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
   * spot.getTickers({ symbols: ['BTCUSDT', 'BNBUSDT'] }).subscribe((ts) => console.log(ts.length));
   * ```
   */
  getTickers(params: TickersParams = {}): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTickers>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getTickers, params);
  }

  /**
   * The 24 h statistics of one symbol, MINI form (`ticker.24hr` with `type: MINI`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker.24hr` params (see {@link MiniTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker.24hr` on subscribe, emits once
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
   * spot.getMiniTicker({ symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  getMiniTicker(params: MiniTickerParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getMiniTicker>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getMiniTicker, { ...params, type: 'MINI' });
  }

  /**
   * The 24 h statistics of several or all symbols, MINI form (`ticker.24hr`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `ticker.24hr` params (see {@link MiniTickersParams})
   * @returns a cold observable of the decoded result: sends `ticker.24hr` on subscribe, emits once
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
   * spot.getMiniTickers({ symbols: ['BTCUSDT'] }).subscribe(console.log);
   * ```
   */
  getMiniTickers(params: MiniTickersParams = {}): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getMiniTickers>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getMiniTickers, { ...params, type: 'MINI' });
  }

  /**
   * The statistics of one symbol's trading day (`ticker.tradingDay`, FULL).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker.tradingDay` params (see {@link TradingDayTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker.tradingDay` on subscribe, emits once
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
   * spot.getTradingDayTicker({ symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  getTradingDayTicker(params: TradingDayTickerParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTradingDayTicker>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getTradingDayTicker, params);
  }

  /**
   * The trading-day statistics of several symbols (`ticker.tradingDay`, FULL).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker.tradingDay` params (see {@link TradingDayTickersParams})
   * @returns a cold observable of the decoded result: sends `ticker.tradingDay` on subscribe, emits once
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
   * spot.getTradingDayTickers({ symbols: ['BTCUSDT', 'BNBUSDT'] }).subscribe(console.log);
   * ```
   */
  getTradingDayTickers(params: TradingDayTickersParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTradingDayTickers>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getTradingDayTickers, params);
  }

  /**
   * The trading-day statistics of one symbol, MINI form (`ticker.tradingDay`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker.tradingDay` params (see {@link TradingDayMiniTickerParams})
   * @returns a cold observable of the decoded result: sends `ticker.tradingDay` on subscribe, emits once
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
   * spot.getTradingDayMiniTicker({ symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  getTradingDayMiniTicker(params: TradingDayMiniTickerParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTradingDayMiniTicker>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getTradingDayMiniTicker, { ...params, type: 'MINI' });
  }

  /**
   * The trading-day statistics of several symbols, MINI form (`ticker.tradingDay`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `ticker.tradingDay` params (see {@link TradingDayMiniTickersParams})
   * @returns a cold observable of the decoded result: sends `ticker.tradingDay` on subscribe, emits once
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
   * spot.getTradingDayMiniTickers({ symbols: ['BTCUSDT'] }).subscribe(console.log);
   * ```
   */
  getTradingDayMiniTickers(params: TradingDayMiniTickersParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTradingDayMiniTickers>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getTradingDayMiniTickers, { ...params, type: 'MINI' });
  }
}
