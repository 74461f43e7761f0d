import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiError, FakeSecurity } from '../fake-api-types.js';
import { checkTimestamp, readTiming } from './check-timestamp.js';
import { FakeApiKeyStore, type StoredApiKey } from './fake-api-keys.js';
import { verifySignature } from './verify-signature.js';

/** What authentication reads from a request, the same for both transports. @internal */
export interface AuthInput {
  readonly security: FakeSecurity;
  readonly transport: 'ws' | 'rest';
  /** `X-MBX-APIKEY` over REST, the `apiKey` param over the WebSocket API. */
  readonly apiKey: string | undefined;
  /** The key a WebSocket-API connection logged on with (`session.logon`), if any. */
  readonly sessionKey: string | undefined;
  /** `session.logon` and `userDataStream.subscribe.signature` must carry `apiKey` and `signature`, logged on or not. */
  readonly explicitOnly: boolean;
  /** The `signature` param, percent-decoded. */
  readonly signature: string | undefined;
  /** REST: a `signature` param that is not the last one of query + body. */
  readonly signatureMisplaced: boolean;
  /** The signed bytes (computed only when a signature is checked). */
  readonly payload: () => Buffer;
  readonly timestamp: unknown;
  readonly recvWindow: unknown;
}

/** The outcome: the request's key (none for NONE endpoints), or an error with its HTTP status. @internal */
export type AuthResult =
  | { readonly key: StoredApiKey | undefined }
  | { readonly status: number; readonly error: FakeApiError };

/**
 * Binance's request security for both transports (`spec/signing.md` §2, §3, §5;
 * `spec/spot-ws-api.md` §5): NONE needs nothing; MARKET_DATA / USER_STREAM need a known key;
 * TRADE / USER_DATA need a known key, `timestamp` and a valid `signature`, in time. A logged-on
 * WebSocket-API connection may omit `apiKey` and `signature` (not `timestamp`).
 *
 * @param input - what the request carries
 * @param keys - the registered keys
 * @param serverTime - the fake's clock, ms
 * @returns the key, or the error: -2014 / -2015 (401), -1102, -1100, -1131, -1022, -1021 (400);
 * a WS-API request with neither key nor signature on a connection not logged on gets -2015
 *
 * @remarks
 * Checks run in this order: key present and known, `timestamp` and `signature` present,
 * `recvWindow`, signature, timing (so a forged request learns nothing about the clock).
 *
 * @internal
 */
export function authenticate(input: AuthInput, keys: FakeApiKeyStore, serverTime: number): AuthResult {
  if (input.security === 'NONE') return { key: undefined };
  const signed = input.security === 'TRADE' || input.security === 'USER_DATA';
  const viaSession =
    !input.explicitOnly &&
    input.sessionKey !== undefined &&
    (!signed || input.signature === undefined) &&
    (input.apiKey === undefined || input.apiKey === input.sessionKey);
  const apiKey = viaSession ? input.sessionKey : input.apiKey;
  if (apiKey === undefined || apiKey === '') {
    if (input.transport === 'rest') return { status: 401, error: FAKE_API_ERRORS.badApiKeyFormat };
    // WS-API: no key and no signature on a connection that is not logged on is "not logged on".
    const bare = input.signature === undefined && !input.explicitOnly;
    return bare ? { status: 401, error: FAKE_API_ERRORS.rejectedApiKey } : fail(FAKE_API_ERRORS.mandatory('apiKey'));
  }
  const key = keys.get(apiKey);
  if (key === undefined) {
    const error = FakeApiKeyStore.isWellFormed(apiKey) || viaSession ? FAKE_API_ERRORS.rejectedApiKey : FAKE_API_ERRORS.badApiKeyFormat;
    return { status: 401, error };
  }
  if (!signed) return { key };
  const timing = readTiming(input.timestamp, input.recvWindow);
  if ('code' in timing && timing.code === -1102) return fail(timing);
  if (!viaSession) {
    if (input.signature === undefined || input.signature === '') {
      return fail(input.signatureMisplaced ? FAKE_API_ERRORS.badSignature : FAKE_API_ERRORS.mandatory('signature'));
    }
    if (input.signatureMisplaced) return fail(FAKE_API_ERRORS.badSignature);
  }
  // An unreadable recvWindow or timestamp is a request error, not a forgery: before the signature.
  if ('code' in timing) return fail(timing);
  if (!viaSession && !verifySignature(key, input.payload(), input.signature ?? '')) return fail(FAKE_API_ERRORS.badSignature);
  const late = checkTimestamp(timing, serverTime);
  return late === undefined ? { key } : fail(late);
}

function fail(error: FakeApiError): AuthResult {
  return { status: 400, error };
}
