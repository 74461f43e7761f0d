/**
 * How much an order placement answers: Binance's `newOrderRespType` (`spec/spot-ws-api.md`
 * §6.4). `MARKET` and `LIMIT` orders default to `FULL`, other types to `ACK`.
 *
 * @remarks Request params also accept the wire string (`'RESULT'`).
 * @see https://developers.binance.com/docs/binance-spot-api-docs/enums#orderresponsetype
 *
 * @example
 * ```ts
 * import { OrderResponseType, OrderSide, OrderType } from 'binance-rx';
 * spot.createOrder({
 *   symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001',
 *   newOrderRespType: OrderResponseType.Result,
 * });
 * ```
 */
export enum OrderResponseType {
  /** Ids and transaction time only. */
  Ack = 'ACK',
  /** `ACK` plus prices, quantities and status. */
  Result = 'RESULT',
  /** `RESULT` plus the fills. */
  Full = 'FULL',
}
