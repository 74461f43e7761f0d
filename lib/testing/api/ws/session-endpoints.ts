import type { FakeApiKeyStore } from '../auth/fake-api-keys.js';
import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiOutcome, FakeApiSession, FakeEndpoint } from '../fake-api-types.js';

/**
 * The `session.*` methods of the WebSocket API (`spec/spot-ws-api.md` §5, §6.3): per-connection
 * authentication with an Ed25519 key.
 *
 * @param keys - the registered keys (`session.logon` refuses HMAC and RSA ones with -4056)
 * @returns `session.logon`, `session.status`, `session.logout`, `session.subscriptions`
 *
 * @remarks
 * `session.logon` is signed like a USER_DATA request and always needs explicit `apiKey` and
 * `signature`. `userDataStream` is `false` and `session.subscriptions` is `[]` until user data
 * streams exist in the fake.
 *
 * @internal
 */
export function sessionEndpoints(keys: FakeApiKeyStore): readonly FakeEndpoint[] {
  const base = { rest: undefined, weight: () => 2 } as const;
  return [
    {
      ...base,
      method: 'session.logon',
      security: 'USER_DATA',
      handle: (request, context) =>
        withSession(context.session, (session) => {
          const type = request.apiKey === undefined ? undefined : keys.get(request.apiKey)?.info.type;
          if (type === 'HMAC') return { status: 400, error: FAKE_API_ERRORS.hmacLogonUnsupported };
          if (type === 'RSA') return { status: 400, error: FAKE_API_ERRORS.rsaLogonUnsupported };
          if (request.apiKey !== undefined) session.logon(request.apiKey, request.serverTime);
          return { result: sessionStatus(session, request.serverTime) };
        }),
    },
    {
      ...base,
      method: 'session.status',
      security: 'NONE',
      handle: (request, context) => withSession(context.session, (session) => ({ result: sessionStatus(session, request.serverTime) })),
    },
    {
      ...base,
      method: 'session.logout',
      security: 'NONE',
      handle: (request, context) =>
        withSession(context.session, (session) => {
          session.logout();
          return { result: sessionStatus(session, request.serverTime) };
        }),
    },
    {
      ...base,
      method: 'session.subscriptions',
      security: 'NONE',
      handle: (_request, context) => withSession(context.session, () => ({ result: [] })),
    },
  ];
}

/** The session object of `session.logon` / `status` / `logout`, keys in Binance's order. */
function sessionStatus(session: FakeApiSession, serverTime: number): Record<string, unknown> {
  return {
    apiKey: session.apiKey ?? null,
    authorizedSince: session.authorizedSince ?? null,
    connectedSince: session.connectedSince,
    returnRateLimits: session.returnRateLimits,
    serverTime,
    userDataStream: false,
  };
}

function withSession(session: FakeApiSession | undefined, body: (session: FakeApiSession) => FakeApiOutcome): FakeApiOutcome {
  // REST has no session methods, so this only guards a misrouted call.
  return session === undefined ? { status: 400, error: FAKE_API_ERRORS.unknownMethod } : body(session);
}
