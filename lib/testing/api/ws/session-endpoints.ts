import type { FakeApiKeyStore } from '../auth/fake-api-keys.js';
import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiOutcome, FakeApiSession, FakeEndpoint } from '../fake-api-types.js';
import { FakeApiClock } from '../fake-api-clock.js';
import { SPOT_API_LIMITS } from '../fake-api-options.js';
import { FakeUserStreams } from '../user-streams/fake-user-streams.js';
import { userStreamEndpoints } from '../user-streams/user-stream-endpoints.js';

/**
 * The `session.*` methods of the WebSocket API (`spec/spot-ws-api.md` §5, §6.3): per-connection
 * authentication with an Ed25519 key, and the connection's User Data Stream subscriptions.
 *
 * @param keys - the registered keys (`session.logon` refuses HMAC and RSA ones with -4056)
 * @param streams - the User Data Stream subscriptions (new ones on their own clock by default)
 * @returns `session.logon`, `session.status`, `session.logout`, `session.subscriptions`, and the
 * `userDataStream.*` methods of `userStreamEndpoints`
 *
 * @remarks
 * `session.logon` is signed like a USER_DATA request and always needs explicit `apiKey` and
 * `signature`. `userDataStream` in the session object is `true` while the connection has a
 * subscription, else `false`; `session.subscriptions` lists them as `[{"subscriptionId":0},…]`.
 * `session.logout` ends the subscription made through the logon (`eventStreamTerminated`).
 *
 * @internal
 */
export function sessionEndpoints(
  keys: FakeApiKeyStore,
  streams = new FakeUserStreams(new FakeApiClock(), SPOT_API_LIMITS.maxUserStreamSubscriptionIds),
): readonly FakeEndpoint[] {
  const status = (session: FakeApiSession, serverTime: number): Record<string, unknown> =>
    sessionStatus(session, serverTime, streams.subscriptionIds(session.connectionId).length > 0);
  const base = { rest: undefined, weight: () => 2 } as const;
  return [
    {
      ...base,
      method: 'session.logon',
      security: 'USER_DATA',
      explicitCredentials: true,
      handle: (request, context) =>
        withSession(context.session, (session) => {
          const type = request.apiKey === undefined ? undefined : keys.get(request.apiKey)?.info.type;
          if (type === 'HMAC') return { status: 400, error: FAKE_API_ERRORS.hmacLogonUnsupported };
          if (type === 'RSA') return { status: 400, error: FAKE_API_ERRORS.rsaLogonUnsupported };
          if (request.apiKey !== undefined) session.logon(request.apiKey, request.serverTime);
          return { result: status(session, request.serverTime) };
        }),
    },
    {
      ...base,
      method: 'session.status',
      security: 'NONE',
      handle: (request, context) => withSession(context.session, (session) => ({ result: status(session, request.serverTime) })),
    },
    {
      ...base,
      method: 'session.logout',
      security: 'NONE',
      handle: (request, context) =>
        withSession(context.session, (session) => {
          session.logout();
          return { result: status(session, request.serverTime) };
        }),
    },
    {
      ...base,
      method: 'session.subscriptions',
      security: 'NONE',
      handle: (_request, context) =>
        withSession(context.session, (session) => ({ result: streams.subscriptionIds(session.connectionId).map((subscriptionId) => ({ subscriptionId })) })),
    },
    ...userStreamEndpoints(keys, streams),
  ];
}

/** The session object of `session.logon` / `status` / `logout`, keys in Binance's order. */
function sessionStatus(session: FakeApiSession, serverTime: number, userDataStream: boolean): Record<string, unknown> {
  return {
    apiKey: session.apiKey ?? null,
    authorizedSince: session.authorizedSince ?? null,
    connectedSince: session.connectedSince,
    returnRateLimits: session.returnRateLimits,
    serverTime,
    userDataStream,
  };
}

function withSession(session: FakeApiSession | undefined, body: (session: FakeApiSession) => FakeApiOutcome): FakeApiOutcome {
  // REST has no session methods, so this only guards a misrouted call.
  return session === undefined ? { status: 400, error: FAKE_API_ERRORS.unknownMethod } : body(session);
}
