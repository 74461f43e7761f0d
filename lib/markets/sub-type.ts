/**
 * Every kind of stream the SDK offers, for all markets; pass one to a client's `stream$`. Each
 * client's `stream$` accepts only the SubTypes of its market (checked at compile time and,
 * for plain JavaScript callers, at run time with `InvalidSubParamsError`).
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient().stream$(SubType.Ticker, 'BTCUSDT').subscribe((t) => console.log(t.close.toFixed()));
 * ```
 */
export enum SubType {
  /** `<symbol>@trade`: every trade. */
  Trade = 'trade',
  /** `<symbol>@aggTrade`: trades aggregated by taker order and price. */
  AggTrade = 'aggTrade',
  /** `<symbol>@blockTrade`: block trades. */
  BlockTrade = 'blockTrade',
  /** `<symbol>@kline_<interval>`: candlesticks, intervals aligned to UTC. */
  Kline = 'kline',
  /** `<symbol>@kline_<interval>@+08:00`: candlesticks, intervals aligned to UTC+8. */
  KlineUtc8 = 'klineUtc8',
  /** `<symbol>@miniTicker`: rolling 24 h OHLC and volume. */
  MiniTicker = 'miniTicker',
  /** `!miniTicker@arr`: mini tickers of every symbol that changed. */
  AllMarketMiniTickers = 'allMarketMiniTickers',
  /** `<symbol>@ticker`: rolling 24 h statistics. */
  Ticker = 'ticker',
  /** `<symbol>@ticker_<window>`: rolling 1 h / 4 h / 1 d statistics. */
  WindowTicker = 'windowTicker',
  /** `!ticker_<window>@arr`: window tickers of every symbol that changed. */
  AllMarketWindowTickers = 'allMarketWindowTickers',
  /** `<symbol>@bookTicker`: best bid and ask, real time. */
  BookTicker = 'bookTicker',
  /** `<symbol>@avgPrice`: the average price over Binance's averaging interval. */
  AvgPrice = 'avgPrice',
  /** `<symbol>@depth<levels>[@100ms]`: the top 5, 10 or 20 levels. */
  PartialOrderBook = 'partialOrderBook',
  /** `<symbol>@depth[@100ms]`: the raw diff-depth stream, decoded. */
  DiffDepth = 'diffDepth',
  /**
   * A managed local order book: the `<symbol>@depth[@100ms]` diffs applied to a snapshot by
   * Binance's procedure, exact at every emitted `lastUpdateId`, resynced after any gap.
   */
  OrderBook = 'orderBook',
  /** `<symbol>@referencePrice`: the reference price. */
  ReferencePrice = 'referencePrice',
  /**
   * The account's user-data stream (account, balance and order events) over the WebSocket API;
   * needs credentials.
   */
  User = 'user',
}
