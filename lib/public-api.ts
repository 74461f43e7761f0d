// Everything both entry points export, except the platform-specific client classes.
export { type ClientOptions, type TimeUnit } from './client/client-options.js';
export { MarketClient, type RawRequestOptions } from './client/market-client.js';
export { type FetchLike } from './client/platform.js';
export { BigFromString, NullableBigFromString } from './codecs/big-from-string.js';
export { decodeWith, type DecodeOptions } from './codecs/decode.js';
export { PriceLevels, type PriceLevel, type PriceLevelWire } from './codecs/price-level.js';
export {
  BinanceApiError,
  BinanceError,
  ConfigError,
  DecodeError,
  ExecutionStatusUnknownError,
  HttpError,
  InvalidParamError,
  InvalidSubParamsError,
  IpBannedError,
  RateLimitError,
  RateLimitReachedError,
  TimeoutError,
  type ApiErrorInit,
  SocketClosedError,
  StaleStreamError,
  StreamAbandonedError,
  StreamSubscribeError,
  TooManyStreamsError,
  OrderBookGapError,
  type OrderBookResyncReason,
  type BinanceErrorOptions,
} from './errors/index.js';
export { type OrderBook } from './orderbook/order-book.js';
export { type RateLimitMarket } from './rate-limit/market-rate-limits.js';
export { type RateLimitScope, type RateLimitSnapshot, type RateLimitType, type RateLimitWindow } from './rate-limit/rate-limit-snapshot.js';
export { RateLimiter } from './rate-limit/rate-limiter.js';
export { type OrderBookOptions } from './markets/spot/spot-order-book.js';
export { AggTrade, type AggTradeWire } from './markets/spot/codecs/agg-trade.js';
export { AvgPrice, type AvgPriceWire } from './markets/spot/codecs/avg-price.js';
export { BlockTrade, type BlockTradeWire } from './markets/spot/codecs/block-trade.js';
export { BookTicker, type BookTickerWire } from './markets/spot/codecs/book-ticker.js';
export { DiffDepth, type DiffDepthWire } from './markets/spot/codecs/diff-depth.js';
export { Kline, type KlineWire } from './markets/spot/codecs/kline.js';
export { MiniTicker, MiniTickerArray, type MiniTickerWire } from './markets/spot/codecs/mini-ticker.js';
export { partialDepthFor, type PartialDepth, type PartialDepthWire } from './markets/spot/codecs/partial-depth.js';
export { ReferencePrice, type ReferencePriceWire } from './markets/spot/codecs/reference-price.js';
export { Ticker, type TickerWire } from './markets/spot/codecs/ticker.js';
export { Trade, type TradeWire } from './markets/spot/codecs/trade.js';
export { TickerWindow, WindowTicker, WindowTickerArray, type WindowTickerWire } from './markets/spot/codecs/window-ticker.js';
export { type SpotClientOptions } from './markets/spot/spot-client.js';
export { BalanceUpdate, type BalanceUpdateWire } from './markets/spot/user-data/balance-update.js';
export { EventStreamTerminated, type EventStreamTerminatedWire } from './markets/spot/user-data/event-stream-terminated.js';
export { ExecutionReport, type ExecutionReportWire } from './markets/spot/user-data/execution-report.js';
export { ExternalLockUpdate, type ExternalLockUpdateWire } from './markets/spot/user-data/external-lock-update.js';
export { ListStatus, ListStatusOrder, type ListStatusOrderWire, type ListStatusWire } from './markets/spot/user-data/list-status.js';
export {
  AccountPositionBalance,
  OutboundAccountPosition,
  type AccountPositionBalanceWire,
  type OutboundAccountPositionWire,
} from './markets/spot/user-data/outbound-account-position.js';
export {
  isBalanceUpdate,
  isEventStreamTerminated,
  isExecutionReport,
  isExternalLockUpdate,
  isListStatus,
  isOutboundAccountPosition,
  SpotUserEvent,
  type SpotUserEventKind,
  type SpotUserEventWire,
} from './markets/spot/user-data/spot-user-event.js';
export { type PartialDepthLevels, type SpotDepthSpeed, type SpotStreams, type SpotSubType } from './markets/spot/spot-streams.js';
export { type StreamDef } from './markets/stream-def.js';
export { SubType } from './markets/sub-type.js';
export { TimeFrame, type TimeFrameLike } from './markets/time-frame.js';
export { type ConnectionEvent, type ConnectionEventBase, type ReplaceReason } from './streams/connection-event.js';
export { backoffPolicy, noRetryPolicy, type BackoffOptions, type RetryDecision, type RetryInfo, type RetryPolicy } from './transport/socket/retry-policy.js';
export { type WebSocketCtor, type WebSocketEventLike, type WebSocketLike } from './transport/socket/web-socket-like.js';
export { type ResultOf } from './requests/endpoint.js';
export { type Decimal } from './requests/decimal.js';
export { SecurityType } from './requests/security-type.js';
export { type CredentialsInit } from './signing/credentials.js';
export { type KeyType, type Signer } from './signing/signer.js';
export { CancelReplaceMode } from './markets/enums/cancel-replace-mode.js';
export { CancelRestrictions } from './markets/enums/cancel-restrictions.js';
export { ContingencyType } from './markets/enums/contingency-type.js';
export { ListOrderStatus } from './markets/enums/list-order-status.js';
export { ListStatusType } from './markets/enums/list-status-type.js';
export { OrderRateLimitExceededMode } from './markets/enums/order-rate-limit-exceeded-mode.js';
export { OrderResponseType } from './markets/enums/order-response-type.js';
export { OrderSide } from './markets/enums/order-side.js';
export { OrderStatus } from './markets/enums/order-status.js';
export { OrderType } from './markets/enums/order-type.js';
export { PegOffsetType } from './markets/enums/peg-offset-type.js';
export { PegPriceType } from './markets/enums/peg-price-type.js';
export { SelfTradePreventionMode } from './markets/enums/self-trade-prevention-mode.js';
export { TimeInForce } from './markets/enums/time-in-force.js';
export { type GetAccountParams, type GetAllOcoParams, type GetAllOrdersParams, type GetAllocationsParams, type GetCommissionParams, type GetMyFiltersParams, type GetOcoParams, type GetOpenOcoParams, type GetOpenOrdersParams, type GetOrderAmendmentsParams, type GetOrderParams, type GetOrderRateLimitParams, type GetPreventedMatchesParams, type GetTradesParams, type NoParams } from './markets/spot/api/params/account-params.js';
export { type EmptyParams, type ExchangeInfoParams, type ExecutionRulesParams, type PingParams, type ServerTimeParams, type SymbolStatusFilter } from './markets/spot/api/params/general-params.js';
export { type AggregateTradesParams, type AveragePriceParams, type HistoricalBlockTradesParams, type HistoricalTradesParams, type KlinesParams, type OrderbookParams, type RecentTradesParams, type ReferencePriceCalculationParams, type ReferencePriceParams } from './markets/spot/api/params/market-params.js';
export { type GetSessionStatusParams, type GetSessionSubscriptionsParams, type SessionLogoutParams } from './markets/spot/api/params/session-params.js';
export { type MiniTickerParams, type MiniTickersParams, type RollingWindowMiniTickerParams, type RollingWindowMiniTickersParams, type RollingWindowSize, type RollingWindowTickerParams, type RollingWindowTickersParams, type SymbolTickerParams, type SymbolsTickerParams, type TickerParams, type TickersParams, type TradingDayMiniTickerParams, type TradingDayMiniTickersParams, type TradingDayTickerParams, type TradingDayTickersParams } from './markets/spot/api/params/ticker-params.js';
export { type AmendOrderParams, type CancelAllOrdersParams, type CancelOcoParams, type CancelOrderParams, type CancelReplaceOrderParams, type CreateLegacyOcoParams, type CreateOcoParams, type CreateOpoParams, type CreateOpocoParams, type CreateOrderParams, type CreateOtoParams, type CreateOtocoParams, type CreateSorOrderParams, type CreateTestOrderParams, type CreateTestSorOrderParams, type OcoLegParams, type OrderListParams, type OrderRef, type PegParams, type PendingLegParams, type PendingOcoLegsParams, type Prefixed, type WorkingLegParams } from './markets/spot/api/params/trading-params.js';
export { AccountTrade, type AccountTradeWire } from './markets/spot/api/codecs/account-trade.js';
export { Account, AccountBalance, type AccountWire } from './markets/spot/api/codecs/account.js';
export { AggregateTrade, type AggregateTradeWire } from './markets/spot/api/codecs/aggregate-trade.js';
export { Allocation, type AllocationWire } from './markets/spot/api/codecs/allocation.js';
export { AmendOrderResult, type AmendOrderResultWire, AmendedOrder, AmendedOrderList } from './markets/spot/api/codecs/amend-order-result.js';
export { AveragePrice, type AveragePriceWire } from './markets/spot/api/codecs/average-price.js';
export { CancelOrderResult } from './markets/spot/api/codecs/cancel-order-result.js';
export { CancelReplaceResult, type CancelReplaceResultWire } from './markets/spot/api/codecs/cancel-replace-result.js';
export { CanceledOrder, type CanceledOrderWire } from './markets/spot/api/codecs/canceled-order.js';
export { CommissionDiscount, CommissionRates, OrderCommissionRates } from './markets/spot/api/codecs/commission-rates.js';
export { Commission, type CommissionWire } from './markets/spot/api/codecs/commission.js';
export { EmptyResult } from './markets/spot/api/codecs/empty-result.js';
export { ExchangeInfo, type ExchangeInfoWire, SorInfo } from './markets/spot/api/codecs/exchange-info.js';
export { ExecutionRule, ExecutionRules, type ExecutionRulesWire, PriceRangeRule, SymbolExecutionRules, type UnknownExecutionRule } from './markets/spot/api/codecs/execution-rules.js';
export { AssetFilter, type AssetFilterWire, ExchangeFilter, type ExchangeFilterWire, ExchangeMaxNumAlgoOrdersFilter, ExchangeMaxNumIcebergOrdersFilter, ExchangeMaxNumOrderListsFilter, ExchangeMaxNumOrdersFilter, MaxAssetFilter, SymbolFilter, type SymbolFilterWire, type UnknownFilter } from './markets/spot/api/codecs/filters.js';
export { findFilter } from './markets/spot/api/codecs/find-filter.js';
export { HistoricalBlockTrade, type HistoricalBlockTradeWire } from './markets/spot/api/codecs/historical-block-trade.js';
export { KlineBar, type KlineBarWire } from './markets/spot/api/codecs/kline-bar.js';
export { MyFilters, type MyFiltersWire } from './markets/spot/api/codecs/my-filters.js';
export { type OpenUnionMembers, type OpenUnionOf, type OpenUnionWireOf, type UnknownMember } from './markets/spot/api/codecs/open-union.js';
export { OrderAmendment, type OrderAmendmentWire } from './markets/spot/api/codecs/order-amendment.js';
export { OrderFill, type OrderFillWire } from './markets/spot/api/codecs/order-fill.js';
export { OrderList, OrderListOrder, type OrderListWire, OrderReport } from './markets/spot/api/codecs/order-list.js';
export { OrderRateLimit } from './markets/spot/api/codecs/order-rate-limit.js';
export { OrderResponse, type OrderResponseWire } from './markets/spot/api/codecs/order-response.js';
export { Order, type OrderWire } from './markets/spot/api/codecs/order.js';
export { OrderbookTicker, type OrderbookTickerWire } from './markets/spot/api/codecs/orderbook-ticker.js';
export { Orderbook, type OrderbookWire } from './markets/spot/api/codecs/orderbook.js';
export { PreventedMatch, type PreventedMatchWire } from './markets/spot/api/codecs/prevented-match.js';
export { RateLimitInfo, type RateLimitInfoWire } from './markets/spot/api/codecs/rate-limit-info.js';
export { RecentTrade, type RecentTradeWire } from './markets/spot/api/codecs/recent-trade.js';
export { ReferencePriceCalculation, type ReferencePriceCalculationWire } from './markets/spot/api/codecs/reference-price-calculation.js';
export { ReferencePriceResult, type ReferencePriceResultWire } from './markets/spot/api/codecs/reference-price-result.js';
export { RollingWindowTicker, RollingWindowTickerMini, type RollingWindowTickerMiniWire, type RollingWindowTickerWire } from './markets/spot/api/codecs/rolling-window-ticker.js';
export { ServerTime, type ServerTimeWire } from './markets/spot/api/codecs/server-time.js';
export { SessionStatus, type SessionStatusWire } from './markets/spot/api/codecs/session-status.js';
export { SessionSubscription } from './markets/spot/api/codecs/session-subscription.js';
export { SorOrderResult } from './markets/spot/api/codecs/sor-order-result.js';
export { IcebergPartsFilter, LotSizeFilter, MarketLotSizeFilter, MaxNumAlgoOrdersFilter, MaxNumIcebergOrdersFilter, MaxNumOrderAmendsFilter, MaxNumOrderListsFilter, MaxNumOrdersFilter, MaxPositionFilter, MinNotionalFilter, NotionalFilter, PercentPriceBySideFilter, PercentPriceFilter, PriceFilter, TrailingDeltaFilter } from './markets/spot/api/codecs/symbol-filter-members.js';
export { SymbolInfo, type SymbolInfoWire } from './markets/spot/api/codecs/symbol-info.js';
export { TestOrderResult, type TestOrderResultWire } from './markets/spot/api/codecs/test-order-result.js';
export { Ticker24hr, Ticker24hrMini, type Ticker24hrMiniWire, type Ticker24hrWire } from './markets/spot/api/codecs/ticker-24hr.js';
export { TickerPrice, type TickerPriceWire } from './markets/spot/api/codecs/ticker-price.js';
export { TradingDayTicker, TradingDayTickerMini, type TradingDayTickerMiniWire, type TradingDayTickerWire } from './markets/spot/api/codecs/trading-day-ticker.js';
