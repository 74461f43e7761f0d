/**
 * How `pegOffsetValue` moves a pegged order away from the best price: Binance's
 * `pegOffsetType` (`spec/spot-ws-api.md` §6.4; only `PRICE_LEVEL` exists).
 *
 * @remarks Request params also accept the wire string. Decoded results keep this field a `string`.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/faqs/pegged_orders
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType, PegOffsetType, PegPriceType, TimeInForce } from 'binance-rx';
 * spot.createOrder({
 *   symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc,
 *   quantity: '0.001', pegPriceType: PegPriceType.PrimaryPeg,
 *   pegOffsetType: PegOffsetType.PriceLevel, pegOffsetValue: 2,
 * });
 * ```
 */
export enum PegOffsetType {
  /** Offset by existing price levels, deeper into the book (at most 100). */
  PriceLevel = 'PRICE_LEVEL',
}
