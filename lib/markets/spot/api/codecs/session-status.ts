import * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * The WebSocket-API session's state, as `getSessionStatus` (`session.status`), `sessionLogout`
 * (`session.logout`) and `session.logon` answer (`spec/spot-ws-api.md` §6.3).
 *
 * @remarks `apiKey` and `authorizedSince` are `null` while the session is not logged on.
 * `userDataStream` is `true` with at least one active User Data Stream subscription, `false`
 * with none, `null` where the feature is unavailable.
 *
 * @example
 * ```ts
 * spot.getSessionStatus().subscribe((s) => console.log(s.authorizedSince !== null ? 'logged on' : 'anonymous'));
 * ```
 */
export const SessionStatus = wireStruct('SessionStatus', {
  apiKey: ['apiKey', t.union([t.string, t.null])],
  authorizedSince: ['authorizedSince', t.union([t.number, t.null])],
  connectedSince: ['connectedSince', t.number],
  returnRateLimits: ['returnRateLimits', t.boolean],
  serverTime: ['serverTime', t.number],
  userDataStream: ['userDataStream', t.union([t.boolean, t.null])],
});
/** A decoded session status. */
export type SessionStatus = t.TypeOf<typeof SessionStatus>;
/** The wire form of a session status. */
export type SessionStatusWire = t.OutputOf<typeof SessionStatus>;
