import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';
import { userEventHeader } from './user-event-header.js';

/**
 * A spot `externalLockUpdate` user-data event: part of one asset's spot balance was locked or
 * unlocked by an external system, e.g. as margin collateral (`spec/user-data.md` §2).
 *
 * @remarks `delta` is the change of the externally locked amount, signed.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#external-lock-update
 *
 * @example
 * ```ts
 * import { filter } from 'rxjs';
 * import { SpotClient, SubType, isExternalLockUpdate } from 'binance-rx';
 * spot.stream$(SubType.User)
 *   .pipe(filter(isExternalLockUpdate))
 *   .subscribe((u) => console.log(u.asset, u.delta.toFixed()));
 * ```
 */
export const ExternalLockUpdate = wireStruct('ExternalLockUpdate', {
  ...userEventHeader('externalLockUpdate'),
  asset: ['a', t.string],
  /** Delta (`d`) of the externally locked amount, signed. */
  delta: ['d', BigFromString],
  transactionTime: ['T', t.number],
});
/** A decoded spot `externalLockUpdate` event. */
export type ExternalLockUpdate = t.TypeOf<typeof ExternalLockUpdate>;
/** The wire form of a spot `externalLockUpdate` event (the envelope's `event` object). */
export type ExternalLockUpdateWire = t.OutputOf<typeof ExternalLockUpdate>;
