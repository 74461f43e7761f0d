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

// Methods and weights (`weight`, all 2): spec/spot-ws-api.md §6.3, §6.6. WebSocket-API only
// (no REST twin) and unsigned: they describe or reset the connection itself, and place no order
// (`orders` 0). `session.logon` (also weight 2) is the client's own step.

/**
 * The spot WebSocket-API session methods (security `NONE`), keyed by SDK method name.
 *
 * @internal
 */
export const SPOT_SESSION_ENDPOINTS = {
  getSessionStatus: endpoint<GetSessionStatusParams>()({
    wsApi: 'session.status',
    rest: undefined,
    weight: 2,
    security: SecurityType.None,
    result: SessionStatus,
    ordersEffect: false,
    decimals: [],
  }),
  getSessionSubscriptions: endpoint<GetSessionSubscriptionsParams>()({
    wsApi: 'session.subscriptions',
    rest: undefined,
    weight: 2,
    security: SecurityType.None,
    result: t.readonlyArray(SessionSubscription, 'SessionSubscription[]'),
    ordersEffect: false,
    decimals: [],
  }),
  sessionLogout: endpoint<SessionLogoutParams>()({
    wsApi: 'session.logout',
    rest: undefined,
    weight: 2,
    security: SecurityType.None,
    result: SessionStatus,
    ordersEffect: false,
    decimals: [],
  }),
} as const;
