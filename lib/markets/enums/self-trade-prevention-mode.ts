/**
 * What happens when an order would trade against the same account (or trade group): Binance's
 * `selfTradePreventionMode` (`spec/rest.md` §7, STP modes). Which modes a symbol allows is in
 * its `allowedSelfTradePreventionModes`.
 *
 * @remarks Request params also accept the wire string. Decoded results keep this field a
 * `string`, so a mode added later by Binance still decodes.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/faqs/stp_faq
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType, SelfTradePreventionMode } from 'binance-rx';
 * spot.createOrder({
 *   symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001',
 *   selfTradePreventionMode: SelfTradePreventionMode.ExpireTaker,
 * });
 * ```
 */
export enum SelfTradePreventionMode {
  None = 'NONE',
  ExpireMaker = 'EXPIRE_MAKER',
  ExpireTaker = 'EXPIRE_TAKER',
  ExpireBoth = 'EXPIRE_BOTH',
  Decrement = 'DECREMENT',
  Transfer = 'TRANSFER',
}
