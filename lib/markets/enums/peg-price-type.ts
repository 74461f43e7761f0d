/**
 * Which best price a pegged order follows: Binance's `pegPriceType` (`spec/spot-ws-api.md`
 * §6.4). Allowed on `LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders.
 *
 * @remarks Request params also accept the wire string. Decoded results keep this field a `string`.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/faqs/pegged_orders
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType, PegPriceType, TimeInForce } from 'binance-rx';
 * spot.createOrder({
 *   symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc,
 *   quantity: '0.001', pegPriceType: PegPriceType.PrimaryPeg,
 * });
 * ```
 */
export enum PegPriceType {
  /** The best price on the order's own side of the book. */
  PrimaryPeg = 'PRIMARY_PEG',
  /** The best price on the opposite side of the book. */
  MarketPeg = 'MARKET_PEG',
}
