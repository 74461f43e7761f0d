/**
 * How long an order stays active: Binance's `timeInForce` (`spec/spot-ws-api.md` §6.4).
 *
 * @remarks Request params also accept the wire string (`'GTC'`).
 * @see https://developers.binance.com/docs/binance-spot-api-docs/enums#timeinforce
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType, TimeInForce } from 'binance-rx';
 * spot.createOrder({
 *   symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Limit,
 *   timeInForce: TimeInForce.Ioc, price: '30000', quantity: '0.001',
 * });
 * ```
 */
export enum TimeInForce {
  /** Good 'til canceled: rests on the book until filled or canceled. */
  Gtc = 'GTC',
  /** Immediate or cancel: fills what it can at once, the rest expires. */
  Ioc = 'IOC',
  /** Fill or kill: expires unless it can fill entirely at once. */
  Fok = 'FOK',
}
