import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * An allocation from a SOR order, as `getAllocations` (`myAllocations`) answers
 * (`spec/spot-ws-api.md` §6.5).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#account-allocations-user_data
 *
 * @example
 * ```ts
 * spot.getAllocations({ symbol: 'BTCUSDT', orderId: 500 }).subscribe((a) => a.forEach((x) => console.log(x.quantity.toFixed())));
 * ```
 */
export const Allocation = wireStruct('Allocation', {
  symbol: ['symbol', t.string],
  allocationId: ['allocationId', t.number],
  /** `SOR`. */
  allocationType: ['allocationType', t.string],
  orderId: ['orderId', t.number],
  orderListId: ['orderListId', t.number],
  price: ['price', BigFromString],
  quantity: ['qty', BigFromString],
  quoteQuantity: ['quoteQty', BigFromString],
  commission: ['commission', BigFromString],
  commissionAsset: ['commissionAsset', t.string],
  time: ['time', t.number],
  isBuyer: ['isBuyer', t.boolean],
  isMaker: ['isMaker', t.boolean],
  isAllocator: ['isAllocator', t.boolean],
});
/** A decoded allocation. */
export type Allocation = t.TypeOf<typeof Allocation>;
/** The wire form of an allocation. */
export type AllocationWire = t.OutputOf<typeof Allocation>;
