import type { FakeApiKeyStore } from '../auth/fake-api-keys.js';
import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiOutcome, FakeApiSession, FakeEndpoint } from '../fake-api-types.js';
import { optInt, withParams } from '../fake-params.js';
import type { FakeSubscribeResult, FakeUserStreams } from './fake-user-streams.js';

/**
 * The WebSocket API's User Data Stream methods (`spec/spot-ws-api.md` §6.6, `spec/user-data.md`
 * §1), weight 2 each, WS-API only:
 *
 * - `userDataStream.subscribe` (no params): subscribes the account of the key the connection is
 *   logged on with (`session.logon`, Ed25519); not logged on → 401 -2015.
 * - `userDataStream.subscribe.signature` (`apiKey`, `timestamp`, `signature`, `recvWindow`):
 *   signed by the request itself with any key type, logged on or not.
 * - `userDataStream.unsubscribe` (`subscriptionId` optional): ends that subscription, or all of
 *   the connection's; each ended one gets `eventStreamTerminated` after the `{}` response.
 *
 * Both subscribe methods answer `{"subscriptionId":N}`, or -2035 (the account already has one on
 * this connection) / -2042 (the connection used up its ids); unsubscribing nothing active gives
 * -2036.
 *
 * @param keys - the registered keys (a key's account)
 * @param streams - the subscriptions
 * @returns the three endpoints
 *
 * @internal
 */
export function userStreamEndpoints(keys: FakeApiKeyStore, streams: FakeUserStreams): readonly FakeEndpoint[] {
  const base = { rest: undefined, weight: () => 2 } as const;
  const subscribe = (session: FakeApiSession, apiKey: string, via: 'logon' | 'signature'): FakeApiOutcome => {
    const account = keys.get(apiKey)?.info.account;
    // authentication found the key just before, so it is registered
    if (account === undefined) return { status: 401, error: FAKE_API_ERRORS.rejectedApiKey };
    return answer(streams.subscribe(session, apiKey, account, via));
  };
  return [
    {
      ...base,
      method: 'userDataStream.subscribe',
      security: 'NONE',
      handle: (_request, context) =>
        onSession(context.session, (session) =>
          session.apiKey === undefined ? { status: 401, error: FAKE_API_ERRORS.rejectedApiKey } : subscribe(session, session.apiKey, 'logon'),
        ),
    },
    {
      ...base,
      method: 'userDataStream.subscribe.signature',
      security: 'USER_DATA',
      explicitCredentials: true,
      handle: (request, context) =>
        onSession(context.session, (session) =>
          request.apiKey === undefined ? { status: 400, error: FAKE_API_ERRORS.mandatory('apiKey') } : subscribe(session, request.apiKey, 'signature'),
        ),
    },
    {
      ...base,
      method: 'userDataStream.unsubscribe',
      security: 'NONE',
      handle: (request, context) =>
        onSession(context.session, (session) =>
          withParams(() => {
            const ended = streams.unsubscribe(session.connectionId, optInt(request.params, 'subscriptionId'));
            return ended ? { result: {} } : { status: 400, error: FAKE_API_ERRORS.subscriptionInactive };
          }),
        ),
    },
  ];
}

function answer(subscribed: FakeSubscribeResult): FakeApiOutcome {
  return 'error' in subscribed ? { status: 400, error: subscribed.error } : { result: { subscriptionId: subscribed.subscriptionId } };
}

function onSession(session: FakeApiSession | undefined, body: (session: FakeApiSession) => FakeApiOutcome): FakeApiOutcome {
  // These methods have no REST route, so this only guards a misrouted call.
  return session === undefined ? { status: 400, error: FAKE_API_ERRORS.unknownMethod } : body(session);
}
