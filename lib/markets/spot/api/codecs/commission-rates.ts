import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * Maker and taker commission rates of one order (`…CommissionForOrder` in a test order answer).
 *
 * @example
 * ```ts
 * spot.createTestOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1', computeCommissionRates: true })
 *   .subscribe((r) => console.log(r.standardCommissionForOrder?.taker.toFixed()));
 * ```
 */
export const OrderCommissionRates = wireStruct('OrderCommissionRates', {
  maker: ['maker', BigFromString],
  taker: ['taker', BigFromString],
});
/** Decoded maker/taker rates. */
export type OrderCommissionRates = t.TypeOf<typeof OrderCommissionRates>;

/**
 * Maker, taker, buyer and seller commission rates (`commissionRates` of an account,
 * `…Commission` of `account.commission`).
 *
 * @example
 * ```ts
 * spot.getAccount().subscribe((a) => console.log(a.commissionRates.maker.toFixed()));
 * ```
 */
export const CommissionRates = wireStruct('CommissionRates', {
  maker: ['maker', BigFromString],
  taker: ['taker', BigFromString],
  buyer: ['buyer', BigFromString],
  seller: ['seller', BigFromString],
});
/** Decoded commission rates. */
export type CommissionRates = t.TypeOf<typeof CommissionRates>;

/**
 * The discount on standard commissions when paying them in BNB (`discount`).
 *
 * @example
 * ```ts
 * spot.getCommission({ symbol: 'BTCUSDT' }).subscribe((c) => console.log(c.discount.discount.toFixed()));
 * ```
 */
export const CommissionDiscount = wireStruct('CommissionDiscount', {
  enabledForAccount: ['enabledForAccount', t.boolean],
  enabledForSymbol: ['enabledForSymbol', t.boolean],
  discountAsset: ['discountAsset', t.string],
  /** The rate standard commissions are reduced by. */
  discount: ['discount', BigFromString],
});
/** A decoded commission discount. */
export type CommissionDiscount = t.TypeOf<typeof CommissionDiscount>;
