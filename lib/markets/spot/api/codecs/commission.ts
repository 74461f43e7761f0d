import * as t from 'io-ts';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';
import { CommissionDiscount, CommissionRates } from './commission-rates.js';

/**
 * The account's commission rates on a symbol, as `getCommission` (`account.commission`)
 * answers (`spec/spot-ws-api.md` §6.5). `specialCommission` appears only where Binance sends it.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#account-commission-rates-user_data
 *
 * @example
 * ```ts
 * spot.getCommission({ symbol: 'BTCUSDT' }).subscribe((c) => console.log(c.standardCommission.taker.toFixed()));
 * ```
 */
export const Commission = wireStruct('Commission', {
  symbol: ['symbol', t.string],
  standardCommission: ['standardCommission', CommissionRates],
  specialCommission: ['specialCommission', optionalField(CommissionRates)],
  taxCommission: ['taxCommission', CommissionRates],
  discount: ['discount', CommissionDiscount],
});
/** Decoded account commission rates. */
export type Commission = t.TypeOf<typeof Commission>;
/** The wire form of account commission rates. */
export type CommissionWire = t.OutputOf<typeof Commission>;
