/**
 * The type of a spot order: Binance's `type` (`spec/rest.md` §7, enums; mandatory params per
 * type in `spec/spot-ws-api.md` §6.4).
 *
 * @remarks Request params also accept the wire string (`'LIMIT'`).
 * @see https://developers.binance.com/docs/binance-spot-api-docs/enums#ordertypes
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType, TimeInForce } from 'binance-rx';
 * spot.createOrder({
 *   symbol: 'BTCUSDT', side: OrderSide.Sell, type: OrderType.Limit,
 *   timeInForce: TimeInForce.Gtc, price: '30000', quantity: '0.001',
 * });
 * ```
 */
export enum OrderType {
  Limit = 'LIMIT',
  Market = 'MARKET',
  StopLoss = 'STOP_LOSS',
  StopLossLimit = 'STOP_LOSS_LIMIT',
  TakeProfit = 'TAKE_PROFIT',
  TakeProfitLimit = 'TAKE_PROFIT_LIMIT',
  /** A `LIMIT` order rejected if it would immediately match and trade as a taker (post-only). */
  LimitMaker = 'LIMIT_MAKER',
}
