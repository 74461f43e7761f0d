import type * as t from 'io-ts';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';
import { CommissionDiscount, OrderCommissionRates } from './commission-rates.js';

/**
 * The answer of `createTestOrder` / `createTestSorOrder` (`order.test`, `sor.order.test`):
 * `{}` without `computeCommissionRates`, else the commission rates the order would pay
 * (`spec/spot-ws-api.md` §6.4). `specialCommissionForOrder` appears only where Binance sends it.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests#test-new-order-trade
 *
 * @example
 * ```ts
 * spot.createTestOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', price: '23416.1', quantity: '0.00847', computeCommissionRates: true })
 *   .subscribe((r) => console.log(r.taxCommissionForOrder?.maker.toFixed()));
 * ```
 */
export const TestOrderResult = wireStruct('TestOrderResult', {
  standardCommissionForOrder: ['standardCommissionForOrder', optionalField(OrderCommissionRates)],
  specialCommissionForOrder: ['specialCommissionForOrder', optionalField(OrderCommissionRates)],
  taxCommissionForOrder: ['taxCommissionForOrder', optionalField(OrderCommissionRates)],
  discount: ['discount', optionalField(CommissionDiscount)],
});
/** A decoded test order answer. */
export type TestOrderResult = t.TypeOf<typeof TestOrderResult>;
/** The wire form of a test order answer. */
export type TestOrderResultWire = t.OutputOf<typeof TestOrderResult>;
