/**
 * The status of a spot order: Binance's order `status` (`spec/rest.md` §7, enums).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/enums#order-status-status
 *
 * @example
 * ```ts
 * import { OrderStatus } from 'binance-rx';
 * spot.getOrder({ symbol: 'BTCUSDT', orderId: 1 }).subscribe((o) => {
 *   if (o.status === OrderStatus.Filled) console.log('done');
 * });
 * ```
 */
export enum OrderStatus {
  /** Accepted by the matching engine. */
  New = 'NEW',
  /** A pending order of an order list, waiting for its working order to fill. */
  PendingNew = 'PENDING_NEW',
  PartiallyFilled = 'PARTIALLY_FILLED',
  Filled = 'FILLED',
  /** Canceled by the user. */
  Canceled = 'CANCELED',
  /** Currently unused by Binance. */
  PendingCancel = 'PENDING_CANCEL',
  /** Not accepted by the engine. */
  Rejected = 'REJECTED',
  /** Canceled by the order type's rules (IOC, FOK, …) or by the exchange. */
  Expired = 'EXPIRED',
  /** Expired by self-trade prevention. */
  ExpiredInMatch = 'EXPIRED_IN_MATCH',
}
