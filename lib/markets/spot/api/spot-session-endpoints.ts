import * as t from 'io-ts';
import { endpoint } from '../../../requests/endpoint.js';
import { SecurityType } from '../../../requests/security-type.js';
import { SessionStatus } from './codecs/session-status.js';
import { SessionSubscription } from './codecs/session-subscription.js';
import type {
  GetSessionStatusParams,
  GetSessionSubscriptionsParams,
  SessionLogoutParams,
} from './params/session-params.js';

// Methods: spec/spot-ws-api.md §6.3, §6.6. WebSocket-API only (no REST twin) and unsigned:
// they describe or reset the connection itself. `session.logon` is the client's own step.

/**
 * The spot WebSocket-API session methods (security `NONE`), keyed by SDK method name.
 *
 * @internal
 */
export const SPOT_SESSION_ENDPOINTS = {
  // weight 2
  getSessionStatus: endpoint<GetSessionStatusParams>()({
    wsApi: 'session.status',
    rest: undefined,
    security: SecurityType.None,
    result: SessionStatus,
    ordersEffect: false,
    decimals: [],
  }),
  // weight 2
  getSessionSubscriptions: endpoint<GetSessionSubscriptionsParams>()({
    wsApi: 'session.subscriptions',
    rest: undefined,
    security: SecurityType.None,
    result: t.readonlyArray(SessionSubscription, 'SessionSubscription[]'),
    ordersEffect: false,
    decimals: [],
  }),
  // weight 2
  sessionLogout: endpoint<SessionLogoutParams>()({
    wsApi: 'session.logout',
    rest: undefined,
    security: SecurityType.None,
    result: SessionStatus,
    ordersEffect: false,
    decimals: [],
  }),
} as const;
