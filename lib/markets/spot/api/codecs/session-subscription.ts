import * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * One active User Data Stream subscription of the session, as `getSessionSubscriptions`
 * (`session.subscriptions`) lists them (`spec/spot-ws-api.md` §6.3).
 *
 * @example
 * ```ts
 * spot.getSessionSubscriptions().subscribe((subs) => console.log(subs.map((s) => s.subscriptionId)));
 * ```
 */
export const SessionSubscription = wireStruct('SessionSubscription', {
  subscriptionId: ['subscriptionId', t.number],
});
/** A decoded session subscription. */
export type SessionSubscription = t.TypeOf<typeof SessionSubscription>;
