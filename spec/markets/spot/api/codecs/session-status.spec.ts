import { SessionStatus } from '../../../../../lib/markets/spot/api/codecs/session-status';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { SESSION_LOGGED_OUT, SESSION_STATUS } from './account-examples';

describe('SessionStatus', () => {
  it('default: decodes the official session.status example', () => {
    expect(decodeRight(SessionStatus, SESSION_STATUS)).toEqual(SESSION_STATUS);
  });

  it('behavior: decodes the official session.logout example (nulls kept)', () => {
    expect(decodeRight(SessionStatus, SESSION_LOGGED_OUT)).toMatchObject({ apiKey: null, authorizedSince: null, userDataStream: false });
  });

  it('behavior: userDataStream may be null (feature unavailable)', () => {
    expect(decodeRight(SessionStatus, { ...SESSION_STATUS, userDataStream: null }).userDataStream).toBeNull();
  });

  it('error: rejects a missing connectedSince and a string userDataStream', () => {
    const { connectedSince: _omit, ...rest } = SESSION_STATUS;
    expect(decodeLeftPaths(SessionStatus, { ...rest, userDataStream: 'true' }).sort()).toEqual([
      'connectedSince',
      // one failure per member of the boolean | null union
      'userDataStream.0',
      'userDataStream.1',
    ]);
  });
});
