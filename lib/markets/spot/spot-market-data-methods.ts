import type { Observable } from 'rxjs';
import type { ClientOptions } from '../../client/client-options.js';
import type { MarketProfile } from '../../client/market-client.js';
import type { ResultOf } from '../../requests/endpoint.js';
import { SPOT_MARKET_ENDPOINTS } from './api/spot-market-endpoints.js';
import type {
  ExchangeInfoParams,
  ExecutionRulesParams,
} from './api/params/general-params.js';
import type {
  AggregateTradesParams,
  AveragePriceParams,
  HistoricalBlockTradesParams,
  HistoricalTradesParams,
  KlinesParams,
  OrderbookParams,
  RecentTradesParams,
  ReferencePriceCalculationParams,
  ReferencePriceParams,
} from './api/params/market-params.js';
import { SpotTickerMethods } from './spot-ticker-methods.js';

/**
 * The Spot general and market-data methods (`spec/spot-ws-api.md` §6.1–§6.2), over the client's shared WebSocket-API connection. Every method returns a
 * cold observable: nothing is sent before subscribe, each subscription sends once, and it emits
 * one decoded result (decimals as `Big`).
 *
 * @remarks Part of {@link SpotClient}.
 */
export abstract class SpotMarketDataMethods extends SpotTickerMethods {
  /** @internal */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    super(options, market);
  }

  /**
   * Checks the WebSocket API answers (`ping`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @returns a cold observable of the decoded result: sends `ping` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.ping().subscribe(() => console.log('pong'));
   * ```
   */
  ping(): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.ping>> {
    return this.call(SPOT_MARKET_ENDPOINTS.ping, undefined);
  }

  /**
   * The exchange's clock (`time`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @returns a cold observable of the decoded result: sends `time` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getServerTime().subscribe(({ serverTime }) => console.log(new Date(serverTime)));
   * ```
   */
  getServerTime(): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getServerTime>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getServerTime, undefined);
  }

  /**
   * Trading rules, rate limits and symbols (`exchangeInfo`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `exchangeInfo` params (see {@link ExchangeInfoParams})
   * @returns a cold observable of the decoded result: sends `exchangeInfo` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getExchangeInfo({ symbol: 'BTCUSDT' }).subscribe((info) => console.log(info.symbols[0]?.filters));
   * ```
   */
  getExchangeInfo(params: ExchangeInfoParams = {}): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getExchangeInfo>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getExchangeInfo, params);
  }

  /**
   * Price-range execution rules per symbol (`executionRules`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - optional `executionRules` params (see {@link ExecutionRulesParams})
   * @returns a cold observable of the decoded result: sends `executionRules` on subscribe, emits once
   * @throws {@link InvalidParamError} synchronously, for a bad param
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it (e.g. -1121 invalid symbol); {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests
   *
   * @example
   * ```ts
   * import { SpotClient } from 'binance-rx';
   * const spot = new SpotClient();
   * spot.getExecutionRules({ symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  getExecutionRules(params: ExecutionRulesParams = {}): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getExecutionRules>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getExecutionRules, params);
  }

  /**
   * An order-book snapshot: `{ lastUpdateId, bids, asks }` of `PriceLevel`, best first (`depth`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `depth` params (see {@link OrderbookParams})
   * @returns a cold observable of the decoded result: sends `depth` on subscribe, emits once
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
   * spot.getOrderbook({ symbol: 'BTCUSDT', limit: 5 }).subscribe((b) => console.log(b.bids[0]?.price.toFixed()));
   * ```
   */
  getOrderbook(params: OrderbookParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getOrderbook>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getOrderbook, params);
  }

  /**
   * The latest trades of a symbol (`trades.recent`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `trades.recent` params (see {@link RecentTradesParams})
   * @returns a cold observable of the decoded result: sends `trades.recent` on subscribe, emits once
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
   * spot.getRecentTrades({ symbol: 'BTCUSDT', limit: 10 }).subscribe(console.log);
   * ```
   */
  getRecentTrades(params: RecentTradesParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getRecentTrades>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getRecentTrades, params);
  }

  /**
   * Older trades of a symbol, from a trade id (`trades.historical`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `trades.historical` params (see {@link HistoricalTradesParams})
   * @returns a cold observable of the decoded result: sends `trades.historical` on subscribe, emits once
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
   * spot.getHistoricalTrades({ symbol: 'BTCUSDT', fromId: 1 }).subscribe(console.log);
   * ```
   */
  getHistoricalTrades(params: HistoricalTradesParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getHistoricalTrades>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getHistoricalTrades, params);
  }

  /**
   * Block trades of a symbol, from an id (`blockTrades.historical`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `blockTrades.historical` params (see {@link HistoricalBlockTradesParams})
   * @returns a cold observable of the decoded result: sends `blockTrades.historical` on subscribe, emits once
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
   * spot.getHistoricalBlockTrades({ symbol: 'BTCUSDT', fromId: 1 }).subscribe(console.log);
   * ```
   */
  getHistoricalBlockTrades(params: HistoricalBlockTradesParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getHistoricalBlockTrades>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getHistoricalBlockTrades, params);
  }

  /**
   * Aggregate trades of a symbol (`trades.aggregate`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `trades.aggregate` params (see {@link AggregateTradesParams})
   * @returns a cold observable of the decoded result: sends `trades.aggregate` on subscribe, emits once
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
   * spot.getAggregateTrades({ symbol: 'BTCUSDT', limit: 10 }).subscribe(console.log);
   * ```
   */
  getAggregateTrades(params: AggregateTradesParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getAggregateTrades>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getAggregateTrades, params);
  }

  /**
   * Candlesticks of a symbol (`klines`), as objects with `Big` prices.
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `klines` params (see {@link KlinesParams})
   * @returns a cold observable of the decoded result: sends `klines` on subscribe, emits once
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
   * import { TimeFrame } from 'binance-rx';
   * spot.getKlines({ symbol: 'BTCUSDT', interval: TimeFrame.H1, limit: 24 }).subscribe((k) => console.log(k[0]?.close.toFixed()));
   * ```
   */
  getKlines(params: KlinesParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getKlines>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getKlines, params);
  }

  /**
   * Candlesticks tuned for charts (`uiKlines`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `uiKlines` params (see {@link KlinesParams})
   * @returns a cold observable of the decoded result: sends `uiKlines` on subscribe, emits once
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
   * spot.getUiKlines({ symbol: 'BTCUSDT', interval: '1d' }).subscribe(console.log);
   * ```
   */
  getUiKlines(params: KlinesParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getUiKlines>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getUiKlines, params);
  }

  /**
   * The current average price of a symbol (`avgPrice`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `avgPrice` params (see {@link AveragePriceParams})
   * @returns a cold observable of the decoded result: sends `avgPrice` on subscribe, emits once
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
   * spot.getAveragePrice({ symbol: 'BTCUSDT' }).subscribe((a) => console.log(a.price.toFixed()));
   * ```
   */
  getAveragePrice(params: AveragePriceParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getAveragePrice>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getAveragePrice, params);
  }

  /**
   * The reference price of a symbol (`referencePrice`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `referencePrice` params (see {@link ReferencePriceParams})
   * @returns a cold observable of the decoded result: sends `referencePrice` on subscribe, emits once
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
   * spot.getReferencePrice({ symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  getReferencePrice(params: ReferencePriceParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getReferencePrice>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getReferencePrice, params);
  }

  /**
   * How the reference price of a symbol is calculated (`referencePrice.calculation`).
   *
   * @remarks Public (`NONE`); read-only, so a timeout is a plain {@link TimeoutError}.
   *
   * @param params - the `referencePrice.calculation` params (see {@link ReferencePriceCalculationParams})
   * @returns a cold observable of the decoded result: sends `referencePrice.calculation` on subscribe, emits once
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
   * spot.getReferencePriceCalculation({ symbol: 'BTCUSDT' }).subscribe(console.log);
   * ```
   */
  getReferencePriceCalculation(params: ReferencePriceCalculationParams): Observable<ResultOf<typeof SPOT_MARKET_ENDPOINTS.getReferencePriceCalculation>> {
    return this.call(SPOT_MARKET_ENDPOINTS.getReferencePriceCalculation, params);
  }
}
