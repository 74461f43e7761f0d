import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';
import { userEventHeader } from './user-event-header.js';

/**
 * A spot `balanceUpdate` user-data event: a deposit, a withdrawal or a transfer between
 * accounts (e.g. Spot → Margin) changed one asset's balance (`spec/user-data.md` §2).
 *
 * @remarks `balanceDelta` is signed: negative when the balance went down.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#balance-update
 *
 * @example
 * ```ts
 * import { filter } from 'rxjs';
 * import { SpotClient, SubType, isBalanceUpdate } from 'binance-rx';
 * spot.stream$(SubType.User)
 *   .pipe(filter(isBalanceUpdate))
 *   .subscribe((u) => console.log(u.asset, u.balanceDelta.toFixed()));
 * ```
 */
export const BalanceUpdate = wireStruct('BalanceUpdate', {
  ...userEventHeader('balanceUpdate'),
  asset: ['a', t.string],
  /** Balance delta (`d`), signed. */
  balanceDelta: ['d', BigFromString],
  /** Clear time (`T`): when the change was settled. */
  clearTime: ['T', t.number],
});
/** A decoded spot `balanceUpdate` event. */
export type BalanceUpdate = t.TypeOf<typeof BalanceUpdate>;
/** The wire form of a spot `balanceUpdate` event (the envelope's `event` object). */
export type BalanceUpdateWire = t.OutputOf<typeof BalanceUpdate>;
