import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { CommissionRates } from './commission-rates.js';

/**
 * One asset's balance in a spot account (an entry of `balances`).
 *
 * @example
 * ```ts
 * spot.getAccount({ omitZeroBalances: true }).subscribe((a) => a.balances.forEach((b) => console.log(b.asset, b.free.toFixed())));
 * ```
 */
export const AccountBalance = wireStruct('AccountBalance', {
  asset: ['asset', t.string],
  free: ['free', BigFromString],
  locked: ['locked', BigFromString],
});
/** A decoded balance. */
export type AccountBalance = t.TypeOf<typeof AccountBalance>;

/**
 * The spot account, as `getAccount` (`account.status`) answers (`spec/spot-ws-api.md` §6.5).
 *
 * @remarks `makerCommission` & co. are Binance's legacy integer rates (in 0.01 %);
 * `commissionRates` holds the exact decimal rates.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#account-information-user_data
 *
 * @example
 * ```ts
 * spot.getAccount().subscribe((a) => console.log(a.canTrade, a.balances.length));
 * ```
 */
export const Account = wireStruct('Account', {
  makerCommission: ['makerCommission', t.number],
  takerCommission: ['takerCommission', t.number],
  buyerCommission: ['buyerCommission', t.number],
  sellerCommission: ['sellerCommission', t.number],
  canTrade: ['canTrade', t.boolean],
  canWithdraw: ['canWithdraw', t.boolean],
  canDeposit: ['canDeposit', t.boolean],
  commissionRates: ['commissionRates', CommissionRates],
  brokered: ['brokered', t.boolean],
  requireSelfTradePrevention: ['requireSelfTradePrevention', t.boolean],
  preventSor: ['preventSor', t.boolean],
  updateTime: ['updateTime', t.number],
  accountType: ['accountType', t.string],
  balances: ['balances', t.readonlyArray(AccountBalance)],
  permissions: ['permissions', t.readonlyArray(t.string)],
  uid: ['uid', t.number],
});
/** A decoded spot account. */
export type Account = t.TypeOf<typeof Account>;
/** The wire form of a spot account. */
export type AccountWire = t.OutputOf<typeof Account>;
