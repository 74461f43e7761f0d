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

// Methods and weights: spec/spot-ws-api.md §6.1–6.2, REST twins: spec/rest.md §7. All public
// (security NONE), read-only, with no DECIMAL params.
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
  // weight 1
  ping: endpoint<PingParams>()({
    wsApi: 'ping',
    rest: ['GET', '/api/v3/ping'],
    result: EmptyResult,
    ...read,
  }),
  // weight 1
  getServerTime: endpoint<ServerTimeParams>()({
    wsApi: 'time',
    rest: ['GET', '/api/v3/time'],
    result: ServerTime,
    ...read,
  }),
  // weight 20
  getExchangeInfo: endpoint<ExchangeInfoParams>()({
    wsApi: 'exchangeInfo',
    rest: ['GET', '/api/v3/exchangeInfo'],
    result: ExchangeInfo,
    ...read,
  }),
  // weight 2 per symbol (capped at 40); 40 with symbolStatus or no params
  getExecutionRules: endpoint<ExecutionRulesParams>()({
    wsApi: 'executionRules',
    rest: ['GET', '/api/v3/executionRules'],
    result: ExecutionRules,
    ...read,
  }),
  // weight by limit: 1–100 → 5, 101–500 → 25, 501–1000 → 50, 1001–5000 → 250
  getOrderbook: endpoint<OrderbookParams>()({
    wsApi: 'depth',
    rest: ['GET', '/api/v3/depth'],
    result: Orderbook,
    ...read,
  }),
  // weight 25
  getRecentTrades: endpoint<RecentTradesParams>()({
    wsApi: 'trades.recent',
    rest: ['GET', '/api/v3/trades'],
    result: list(RecentTrade),
    ...read,
  }),
  // weight 25
  getHistoricalTrades: endpoint<HistoricalTradesParams>()({
    wsApi: 'trades.historical',
    rest: ['GET', '/api/v3/historicalTrades'],
    result: list(RecentTrade),
    ...read,
  }),
  // weight 25
  getHistoricalBlockTrades: endpoint<HistoricalBlockTradesParams>()({
    wsApi: 'blockTrades.historical',
    rest: ['GET', '/api/v3/historicalBlockTrades'],
    result: list(HistoricalBlockTrade),
    ...read,
  }),
  // weight 4
  getAggregateTrades: endpoint<AggregateTradesParams>()({
    wsApi: 'trades.aggregate',
    rest: ['GET', '/api/v3/aggTrades'],
    result: list(AggregateTrade),
    ...read,
  }),
  // weight 2
  getKlines: endpoint<KlinesParams>()({
    wsApi: 'klines',
    rest: ['GET', '/api/v3/klines'],
    result: list(KlineBar),
    ...read,
  }),
  // weight 2
  getUiKlines: endpoint<KlinesParams>()({
    wsApi: 'uiKlines',
    rest: ['GET', '/api/v3/uiKlines'],
    result: list(KlineBar),
    ...read,
  }),
  // weight 2
  getAveragePrice: endpoint<AveragePriceParams>()({
    wsApi: 'avgPrice',
    rest: ['GET', '/api/v3/avgPrice'],
    result: AveragePrice,
    ...read,
  }),
  // weight 2; `symbol` → one FULL object
  getTicker: endpoint<TickerParams>()({
    wsApi: 'ticker.24hr',
    rest: ['GET', '/api/v3/ticker/24hr'],
    result: Ticker24hr,
    ...read,
  }),
  // weight 2 for 1–20 symbols, 40 for 21–100, 80 above or for all;
  // `symbols`/none → FULL array
  getTickers: endpoint<TickersParams>()({
    wsApi: 'ticker.24hr',
    rest: ['GET', '/api/v3/ticker/24hr'],
    result: list(Ticker24hr),
    ...read,
  }),
  // weight 2; `symbol`, `type: 'MINI'` → one MINI object
  getMiniTicker: endpoint<MiniTickerParams>()({
    wsApi: 'ticker.24hr',
    rest: ['GET', '/api/v3/ticker/24hr'],
    result: Ticker24hrMini,
    ...read,
  }),
  // weight as getTickers; `symbols`/none, `type: 'MINI'` → MINI array
  getMiniTickers: endpoint<MiniTickersParams>()({
    wsApi: 'ticker.24hr',
    rest: ['GET', '/api/v3/ticker/24hr'],
    result: list(Ticker24hrMini),
    ...read,
  }),
  // weight 4; `symbol` → one FULL object
  getTradingDayTicker: endpoint<TradingDayTickerParams>()({
    wsApi: 'ticker.tradingDay',
    rest: ['GET', '/api/v3/ticker/tradingDay'],
    result: TradingDayTicker,
    ...read,
  }),
  // weight 4 per symbol, capped at 200 above 50 symbols; `symbols` → FULL array
  getTradingDayTickers: endpoint<TradingDayTickersParams>()({
    wsApi: 'ticker.tradingDay',
    rest: ['GET', '/api/v3/ticker/tradingDay'],
    result: list(TradingDayTicker),
    ...read,
  }),
  // weight 4; `symbol`, `type: 'MINI'` → one MINI object
  getTradingDayMiniTicker: endpoint<TradingDayMiniTickerParams>()({
    wsApi: 'ticker.tradingDay',
    rest: ['GET', '/api/v3/ticker/tradingDay'],
    result: TradingDayTickerMini,
    ...read,
  }),
  // weight as getTradingDayTickers; `symbols`, `type: 'MINI'` → MINI array
  getTradingDayMiniTickers: endpoint<TradingDayMiniTickersParams>()({
    wsApi: 'ticker.tradingDay',
    rest: ['GET', '/api/v3/ticker/tradingDay'],
    result: list(TradingDayTickerMini),
    ...read,
  }),
  // weight 4; `symbol` → one FULL object
  getRollingWindowTicker: endpoint<RollingWindowTickerParams>()({
    wsApi: 'ticker',
    rest: ['GET', '/api/v3/ticker'],
    result: RollingWindowTicker,
    ...read,
  }),
  // weight 4 per symbol for 1–50 symbols, 200 for 51–100 (at most 200);
  // `symbols` → FULL array
  getRollingWindowTickers: endpoint<RollingWindowTickersParams>()({
    wsApi: 'ticker',
    rest: ['GET', '/api/v3/ticker'],
    result: list(RollingWindowTicker),
    ...read,
  }),
  // weight 4; `symbol`, `type: 'MINI'` → one MINI object
  getRollingWindowMiniTicker: endpoint<RollingWindowMiniTickerParams>()({
    wsApi: 'ticker',
    rest: ['GET', '/api/v3/ticker'],
    result: RollingWindowTickerMini,
    ...read,
  }),
  // weight as getRollingWindowTickers; `symbols`, `type: 'MINI'` → MINI array
  getRollingWindowMiniTickers: endpoint<RollingWindowMiniTickersParams>()({
    wsApi: 'ticker',
    rest: ['GET', '/api/v3/ticker'],
    result: list(RollingWindowTickerMini),
    ...read,
  }),
  // weight 2; `symbol` → one object
  getTickerPrice: endpoint<SymbolTickerParams>()({
    wsApi: 'ticker.price',
    rest: ['GET', '/api/v3/ticker/price'],
    result: TickerPrice,
    ...read,
  }),
  // weight 4; `symbols`/none → array
  getTickerPrices: endpoint<SymbolsTickerParams>()({
    wsApi: 'ticker.price',
    rest: ['GET', '/api/v3/ticker/price'],
    result: list(TickerPrice),
    ...read,
  }),
  // weight 2; `symbol` → one object
  getOrderbookTicker: endpoint<SymbolTickerParams>()({
    wsApi: 'ticker.book',
    rest: ['GET', '/api/v3/ticker/bookTicker'],
    result: OrderbookTicker,
    ...read,
  }),
  // weight 4; `symbols`/none → array
  getOrderbookTickers: endpoint<SymbolsTickerParams>()({
    wsApi: 'ticker.book',
    rest: ['GET', '/api/v3/ticker/bookTicker'],
    result: list(OrderbookTicker),
    ...read,
  }),
  // weight 2
  getReferencePrice: endpoint<ReferencePriceParams>()({
    wsApi: 'referencePrice',
    rest: ['GET', '/api/v3/referencePrice'],
    result: ReferencePriceResult,
    ...read,
  }),
  // weight 2
  getReferencePriceCalculation: endpoint<ReferencePriceCalculationParams>()({
    wsApi: 'referencePrice.calculation',
    rest: ['GET', '/api/v3/referencePrice/calculation'],
    result: ReferencePriceCalculation,
    ...read,
  }),
} as const;
