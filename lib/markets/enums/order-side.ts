/**
 * The side of an order: Binance's `side` (`spec/rest.md` §7, enums).
 *
 * @remarks Request params also accept the wire string (`'BUY'`).
 * @see https://developers.binance.com/docs/binance-spot-api-docs/enums#side
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType } from 'binance-rx';
 * spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' });
 * ```
 */
export enum OrderSide {
  Buy = 'BUY',
  Sell = 'SELL',
}
