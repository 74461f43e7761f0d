import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';
import { userEventHeader } from './user-event-header.js';

/**
 * One asset's balance in an {@link OutboundAccountPosition} event (`spec/user-data.md` §2):
 * what is free to trade and what is locked in open orders.
 *
 * @example
 * ```ts
 * spot.stream$(SubType.User)
 *   .pipe(filter(isOutboundAccountPosition))
 *   .subscribe((p) => p.balances.forEach((b) => console.log(b.asset, b.free.toFixed(), b.locked.toFixed())));
 * ```
 */
export const AccountPositionBalance = wireStruct('AccountPositionBalance', {
  asset: ['a', t.string],
  free: ['f', BigFromString],
  locked: ['l', BigFromString],
});
/** A decoded balance of an `outboundAccountPosition` event. */
export type AccountPositionBalance = t.TypeOf<typeof AccountPositionBalance>;
/** The wire form of a balance of an `outboundAccountPosition` event. */
export type AccountPositionBalanceWire = t.OutputOf<typeof AccountPositionBalance>;

/**
 * A spot `outboundAccountPosition` user-data event: some balance changed; `balances` lists the
 * assets the change may have touched, with their new free and locked amounts
 * (`spec/user-data.md` §2, `spec/spot-ws-api.md` §4).
 *
 * @remarks Only the possibly-changed assets are listed, not the whole account; keep a map by
 * `asset` to maintain the full picture.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#account-update
 *
 * @example
 * ```ts
 * import { filter } from 'rxjs';
 * import { SpotClient, SubType, isOutboundAccountPosition } from 'binance-rx';
 * spot.stream$(SubType.User)
 *   .pipe(filter(isOutboundAccountPosition))
 *   .subscribe((p) => console.log(p.lastAccountUpdateTime, p.balances.length));
 * ```
 */
export const OutboundAccountPosition = wireStruct('OutboundAccountPosition', {
  ...userEventHeader('outboundAccountPosition'),
  /** Time of the last account update (`u`). */
  lastAccountUpdateTime: ['u', t.number],
  balances: ['B', t.readonlyArray(AccountPositionBalance)],
});
/** A decoded spot `outboundAccountPosition` event. */
export type OutboundAccountPosition = t.TypeOf<typeof OutboundAccountPosition>;
/** The wire form of a spot `outboundAccountPosition` event (the envelope's `event` object). */
export type OutboundAccountPositionWire = t.OutputOf<typeof OutboundAccountPosition>;
