import { SecurityType } from '../../../../lib/requests/security-type';
import { SPOT_SESSION_ENDPOINTS } from '../../../../lib/markets/spot/api/spot-session-endpoints';
import { decodeRight } from '../../../support/codec-helpers';
import { SESSION_LOGGED_OUT, SESSION_STATUS, SESSION_SUBSCRIPTIONS } from './codecs/account-examples';

// Method → WS-API method (spec/spot-ws-api.md §6.3): WS-API only, unsigned, no decimals.
const EXPECTED = {
  getSessionStatus: 'session.status',
  getSessionSubscriptions: 'session.subscriptions',
  sessionLogout: 'session.logout',
} as const;

describe('SPOT_SESSION_ENDPOINTS', () => {
  it('default: has exactly the expected methods, with their WS-API names', () => {
    expect(Object.fromEntries(Object.entries(SPOT_SESSION_ENDPOINTS).map(([k, e]) => [k, e.wsApi]))).toEqual(EXPECTED);
  });

  it('behavior: each is WS-API only, unsigned, without order effect or decimals', () => {
    for (const e of Object.values(SPOT_SESSION_ENDPOINTS)) {
      expect([e.wsApi, e.rest, e.security, e.ordersEffect, e.decimals]).toEqual([e.wsApi, undefined, SecurityType.None, false, []]);
    }
  });

  it('behavior: the results decode the official answers', () => {
    expect(decodeRight(SPOT_SESSION_ENDPOINTS.getSessionStatus.result, SESSION_STATUS).apiKey).toBe(SESSION_STATUS.apiKey);
    expect(decodeRight(SPOT_SESSION_ENDPOINTS.sessionLogout.result, SESSION_LOGGED_OUT).apiKey).toBeNull();
    expect(decodeRight(SPOT_SESSION_ENDPOINTS.getSessionSubscriptions.result, SESSION_SUBSCRIPTIONS)).toHaveLength(2);
  });
});
