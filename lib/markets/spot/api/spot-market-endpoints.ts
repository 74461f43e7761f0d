import * as t from 'io-ts';
import { endpoint } from '../../../requests/endpoint.js';
import { SecurityType } from '../../../requests/security-type.js';
import { AggregateTrade } from './codecs/aggregate-trade.js';
import { AveragePrice } from './codecs/average-price.js';
import { EmptyResult } from './codecs/empty-result.js';
import { ExchangeInfo } from './codecs/exchange-info.js';
import { ExecutionRules } from './codecs/execution-rules.js';
import { HistoricalBlockTrade } from './codecs/historical-block-trade.js';
import { KlineBar } from './codecs/kline-bar.js';
import { Orderbook } from './codecs/orderbook.js';
import { OrderbookTicker } from './codecs/orderbook-ticker.js';
import { RecentTrade } from './codecs/recent-trade.js';
import { ReferencePriceCalculation } from './codecs/reference-price-calculation.js';
import { ReferencePriceResult } from './codecs/reference-price-result.js';
import { RollingWindowTicker, RollingWindowTickerMini } from './codecs/rolling-window-ticker.js';
import { ServerTime } from './codecs/server-time.js';
import { Ticker24hr, Ticker24hrMini } from './codecs/ticker-24hr.js';
import { TickerPrice } from './codecs/ticker-price.js';
import { TradingDayTicker, TradingDayTickerMini } from './codecs/trading-day-ticker.js';
import type {
  ExchangeInfoParams,
  ExecutionRulesParams,
  PingParams,
  ServerTimeParams,
} from './params/general-params.js';
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
} from './params/market-params.js';
import type {
  MiniTickerParams,
  MiniTickersParams,
  RollingWindowMiniTickerParams,
  RollingWindowMiniTickersParams,
  RollingWindowTickerParams,
  RollingWindowTickersParams,
  SymbolTickerParams,
  SymbolsTickerParams,
  TickerParams,
  TickersParams,
  TradingDayMiniTickerParams,
  TradingDayMiniTickersParams,
  TradingDayTickerParams,
  TradingDayTickersParams,
} from './params/ticker-params.js';
import {
  depthWeight,
  executionRulesWeight,
  perSymbolTickerWeight,
  priceTickerWeight,
  ticker24hrWeight,
} from './spot-weights.js';

// Methods and weights (`weight`): spec/spot-ws-api.md §6.1–6.2 (column W), REST twins
// spec/rest.md §7 (same weights). Param-dependent weights (depth `limit`, ticker symbol counts,
// executionRules) are in spot-weights.ts. All public (security NONE), read-only, with no
// DECIMAL params, and none places an order (`orders` 0).
// Binance answers the tickers with one object for `symbol` and an array for `symbols` (or
// none), FULL or MINI by `type`: each form is its own entry on the same wire method, so every
// entry has one exact result type.

const read = { security: SecurityType.None, ordersEffect: false, decimals: [] } as const;
const list = <C extends t.Mixed>(codec: C) => t.readonlyArray(codec, `${codec.name}[]`);

/**
 * The spot general and market-data requests (security `NONE`), keyed by SDK method name.
 *
 * @internal
 */
export const SPOT_MARKET_ENDPOINTS = {
  ping: endpoint<PingParams>()({
    wsApi: 'ping',
    rest: ['GET', '/api/v3/ping'],
    weight: 1,
    result: EmptyResult,
    ...read,
  }),
  getServerTime: endpoint<ServerTimeParams>()({
    wsApi: 'time',
    rest: ['GET', '/api/v3/time'],
    weight: 1,
    result: ServerTime,
    ...read,
  }),
  getExchangeInfo: endpoint<ExchangeInfoParams>()({
    wsApi: 'exchangeInfo',
    rest: ['GET', '/api/v3/exchangeInfo'],
    weight: 20,
    result: ExchangeInfo,
    ...read,
  }),
  getExecutionRules: endpoint<ExecutionRulesParams>()({
    wsApi: 'executionRules',
    rest: ['GET', '/api/v3/executionRules'],
    weight: executionRulesWeight,
    result: ExecutionRules,
    ...read,
  }),
  getOrderbook: endpoint<OrderbookParams>()({
    wsApi: 'depth',
    rest: ['GET', '/api/v3/depth'],
    weight: (params) => depthWeight(params.limit),
    result: Orderbook,
    ...read,
  }),
  getRecentTrades: endpoint<RecentTradesParams>()({
    wsApi: 'trades.recent',
    rest: ['GET', '/api/v3/trades'],
    weight: 25,
    result: list(RecentTrade),
    ...read,
  }),
  getHistoricalTrades: endpoint<HistoricalTradesParams>()({
    wsApi: 'trades.historical',
    rest: ['GET', '/api/v3/historicalTrades'],
    weight: 25,
    result: list(RecentTrade),
    ...read,
  }),
  getHistoricalBlockTrades: endpoint<HistoricalBlockTradesParams>()({
    wsApi: 'blockTrades.historical',
    rest: ['GET', '/api/v3/historicalBlockTrades'],
    weight: 25,
    result: list(HistoricalBlockTrade),
    ...read,
  }),
  getAggregateTrades: endpoint<AggregateTradesParams>()({
    wsApi: 'trades.aggregate',
    rest: ['GET', '/api/v3/aggTrades'],
    weight: 4,
    result: list(AggregateTrade),
    ...read,
  }),
  getKlines: endpoint<KlinesParams>()({
    wsApi: 'klines',
    rest: ['GET', '/api/v3/klines'],
    weight: 2,
    result: list(KlineBar),
    ...read,
  }),
  getUiKlines: endpoint<KlinesParams>()({
    wsApi: 'uiKlines',
    rest: ['GET', '/api/v3/uiKlines'],
    weight: 2,
    result: list(KlineBar),
    ...read,
  }),
  getAveragePrice: endpoint<AveragePriceParams>()({
    wsApi: 'avgPrice',
    rest: ['GET', '/api/v3/avgPrice'],
    weight: 2,
    result: AveragePrice,
    ...read,
  }),
  // `symbol` → one FULL object
  getTicker: endpoint<TickerParams>()({
    wsApi: 'ticker.24hr',
    rest: ['GET', '/api/v3/ticker/24hr'],
    weight: ticker24hrWeight,
    result: Ticker24hr,
    ...read,
  }),
  // `symbols`/none → FULL array
  getTickers: endpoint<TickersParams>()({
    wsApi: 'ticker.24hr',
    rest: ['GET', '/api/v3/ticker/24hr'],
    weight: ticker24hrWeight,
    result: list(Ticker24hr),
    ...read,
  }),
  // `symbol`, `type: 'MINI'` → one MINI object
  getMiniTicker: endpoint<MiniTickerParams>()({
    wsApi: 'ticker.24hr',
    rest: ['GET', '/api/v3/ticker/24hr'],
    weight: ticker24hrWeight,
    result: Ticker24hrMini,
    ...read,
  }),
  // `symbols`/none, `type: 'MINI'` → MINI array
  getMiniTickers: endpoint<MiniTickersParams>()({
    wsApi: 'ticker.24hr',
    rest: ['GET', '/api/v3/ticker/24hr'],
    weight: ticker24hrWeight,
    result: list(Ticker24hrMini),
    ...read,
  }),
  // `symbol` → one FULL object
  getTradingDayTicker: endpoint<TradingDayTickerParams>()({
    wsApi: 'ticker.tradingDay',
    rest: ['GET', '/api/v3/ticker/tradingDay'],
    weight: perSymbolTickerWeight,
    result: TradingDayTicker,
    ...read,
  }),
  // `symbols` → FULL array
  getTradingDayTickers: endpoint<TradingDayTickersParams>()({
    wsApi: 'ticker.tradingDay',
    rest: ['GET', '/api/v3/ticker/tradingDay'],
    weight: perSymbolTickerWeight,
    result: list(TradingDayTicker),
    ...read,
  }),
  // `symbol`, `type: 'MINI'` → one MINI object
  getTradingDayMiniTicker: endpoint<TradingDayMiniTickerParams>()({
    wsApi: 'ticker.tradingDay',
    rest: ['GET', '/api/v3/ticker/tradingDay'],
    weight: perSymbolTickerWeight,
    result: TradingDayTickerMini,
    ...read,
  }),
  // `symbols`, `type: 'MINI'` → MINI array
  getTradingDayMiniTickers: endpoint<TradingDayMiniTickersParams>()({
    wsApi: 'ticker.tradingDay',
    rest: ['GET', '/api/v3/ticker/tradingDay'],
    weight: perSymbolTickerWeight,
    result: list(TradingDayTickerMini),
    ...read,
  }),
  // `symbol` → one FULL object
  getRollingWindowTicker: endpoint<RollingWindowTickerParams>()({
    wsApi: 'ticker',
    rest: ['GET', '/api/v3/ticker'],
    weight: perSymbolTickerWeight,
    result: RollingWindowTicker,
    ...read,
  }),
  // `symbols` → FULL array
  getRollingWindowTickers: endpoint<RollingWindowTickersParams>()({
    wsApi: 'ticker',
    rest: ['GET', '/api/v3/ticker'],
    weight: perSymbolTickerWeight,
    result: list(RollingWindowTicker),
    ...read,
  }),
  // `symbol`, `type: 'MINI'` → one MINI object
  getRollingWindowMiniTicker: endpoint<RollingWindowMiniTickerParams>()({
    wsApi: 'ticker',
    rest: ['GET', '/api/v3/ticker'],
    weight: perSymbolTickerWeight,
    result: RollingWindowTickerMini,
    ...read,
  }),
  // `symbols`, `type: 'MINI'` → MINI array
  getRollingWindowMiniTickers: endpoint<RollingWindowMiniTickersParams>()({
    wsApi: 'ticker',
    rest: ['GET', '/api/v3/ticker'],
    weight: perSymbolTickerWeight,
    result: list(RollingWindowTickerMini),
    ...read,
  }),
  // `symbol` → one object
  getTickerPrice: endpoint<SymbolTickerParams>()({
    wsApi: 'ticker.price',
    rest: ['GET', '/api/v3/ticker/price'],
    weight: priceTickerWeight,
    result: TickerPrice,
    ...read,
  }),
  // `symbols`/none → array
  getTickerPrices: endpoint<SymbolsTickerParams>()({
    wsApi: 'ticker.price',
    rest: ['GET', '/api/v3/ticker/price'],
    weight: priceTickerWeight,
    result: list(TickerPrice),
    ...read,
  }),
  // `symbol` → one object
  getOrderbookTicker: endpoint<SymbolTickerParams>()({
    wsApi: 'ticker.book',
    rest: ['GET', '/api/v3/ticker/bookTicker'],
    weight: priceTickerWeight,
    result: OrderbookTicker,
    ...read,
  }),
  // `symbols`/none → array
  getOrderbookTickers: endpoint<SymbolsTickerParams>()({
    wsApi: 'ticker.book',
    rest: ['GET', '/api/v3/ticker/bookTicker'],
    weight: priceTickerWeight,
    result: list(OrderbookTicker),
    ...read,
  }),
  getReferencePrice: endpoint<ReferencePriceParams>()({
    wsApi: 'referencePrice',
    rest: ['GET', '/api/v3/referencePrice'],
    weight: 2,
    result: ReferencePriceResult,
    ...read,
  }),
  getReferencePriceCalculation: endpoint<ReferencePriceCalculationParams>()({
    wsApi: 'referencePrice.calculation',
    rest: ['GET', '/api/v3/referencePrice/calculation'],
    weight: 2,
    result: ReferencePriceCalculation,
    ...read,
  }),
} as const;
