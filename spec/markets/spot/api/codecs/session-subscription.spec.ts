import { SessionSubscription } from '../../../../../lib/markets/spot/api/codecs/session-subscription';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { SESSION_SUBSCRIPTIONS } from './account-examples';

describe('SessionSubscription', () => {
  it('default: decodes the official session.subscriptions entries', () => {
    expect(SESSION_SUBSCRIPTIONS.map((s) => decodeRight(SessionSubscription, s))).toEqual([{ subscriptionId: 0 }, { subscriptionId: 1 }]);
  });

  it('error: rejects a string id', () => {
    expect(decodeLeftPaths(SessionSubscription, { subscriptionId: '0' })).toEqual(['subscriptionId']);
  });
});
