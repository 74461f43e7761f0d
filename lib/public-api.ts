// Everything both entry points export, except the platform-specific client classes.
export { type ClientOptions, type TimeUnit } from './client/client-options.js';
export { MarketClient } from './client/market-client.js';
export { type FetchLike } from './client/platform.js';
export { BigFromString, NullableBigFromString } from './codecs/big-from-string.js';
export { decodeWith, type DecodeOptions } from './codecs/decode.js';
export { PriceLevels, type PriceLevel, type PriceLevelWire } from './codecs/price-level.js';
export {
  BinanceError,
  ConfigError,
  DecodeError,
  InvalidSubParamsError,
  SocketClosedError,
  StaleStreamError,
  StreamAbandonedError,
  StreamSubscribeError,
  TooManyStreamsError,
  type BinanceErrorOptions,
} from './errors/index.js';
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
export { type PartialDepthLevels, type SpotDepthSpeed, type SpotStreams, type SpotSubType } from './markets/spot/spot-streams.js';
export { type StreamDef } from './markets/stream-def.js';
export { SubType } from './markets/sub-type.js';
export { TimeFrame, type TimeFrameLike } from './markets/time-frame.js';
export { type ConnectionEvent, type ConnectionEventBase, type ReplaceReason } from './streams/connection-event.js';
export { backoffPolicy, noRetryPolicy, type BackoffOptions, type RetryDecision, type RetryInfo, type RetryPolicy } from './transport/socket/retry-policy.js';
export { type WebSocketCtor, type WebSocketEventLike, type WebSocketLike } from './transport/socket/web-socket-like.js';
