import type { FakeApiError } from './fake-api-types.js';

/**
 * Binance's `{code, msg}` errors that the fake's WebSocket API and REST answer with on their own
 * (authentication, timing, limits, malformed requests), exact texts where Binance documents them
 * (`spec/rest.md` §5, spot `errors.md`). Handy as `error` of a scripted reply too.
 *
 * @remarks
 * Texts marked "fake's choice" are not documented by Binance: the code follows `errors.md`, the
 * wording follows the nearest message Binance is known to send.
 *
 * @example
 * ```ts
 * import { FakeBinance, FAKE_API_ERRORS } from 'binance-rx/testing';
 * const fake = await FakeBinance.start();
 * fake.scriptApi({ method: 'order.place' }, { status: 503, error: FAKE_API_ERRORS.timeout });
 * ```
 */
export const FAKE_API_ERRORS = {
  /** -1000, for a handler that threw. */
  unknown: { code: -1000, msg: 'An unknown error occurred while processing the request.' },
  /** -1006: 5xx, execution status unknown. */
  unexpectedResponse: { code: -1006, msg: 'An unexpected response was received from the message bus. Execution status unknown.' },
  /** -1007: 5xx, execution status unknown. */
  timeout: { code: -1007, msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.' },
  /** -1008: server overloaded. */
  serverBusy: { code: -1008, msg: 'Server is currently overloaded with other requests. Please try again in a few minutes.' },
  /** -1003 at HTTP 429: the IP's REQUEST_WEIGHT limit is used up; `interval` e.g. `'1 MINUTE'` (the default). */
  tooMuchWeight: (limit: number, interval = '1 MINUTE'): FakeApiError => ({
    code: -1003,
    msg: `Too much request weight used; current limit is ${limit} request weight per ${interval}. Please use WebSocket Streams for live updates to avoid polling the API.`,
  }),
  /** -1003 at HTTP 418: the IP is banned until `untilMs`. */
  banned: (untilMs: number): FakeApiError => ({
    code: -1003,
    msg: `Way too much request weight used; IP banned until ${untilMs}. Please use WebSocket Streams for live updates to avoid bans.`,
  }),
  /** -1015 at HTTP 429: the account's ORDERS limit is used up; `interval` e.g. `'10 SECOND'`. */
  tooManyOrders: (limit: number, interval: string): FakeApiError => ({
    code: -1015,
    msg: `Too many new orders; current limit is ${limit} orders per ${interval}.`,
  }),
  /** -1020, for a WebSocket-API method the fake does not know (fake's choice). */
  unknownMethod: { code: -1020, msg: 'This operation is not supported.' },
  /** -1021: `timestamp` older than `recvWindow`. */
  outsideRecvWindow: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' },
  /** -1021: `timestamp` 1 s or more ahead of the server. */
  aheadOfServer: { code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." },
  /** -1022: the signature does not verify. */
  badSignature: { code: -1022, msg: 'Signature for this request is not valid.' },
  /** -1100, for a parameter of the wrong form. */
  illegalChars: (name: string, range: string): FakeApiError => ({
    code: -1100,
    msg: `Illegal characters found in parameter '${name}'; legal range is '${range}'.`,
  }),
  /** -1100, for a query or body that does not percent-decode. */
  illegalCharsAnywhere: { code: -1100, msg: 'Illegal characters found in a parameter.' },
  /** -1101, for a parameter sent twice in the query (or twice in the body). */
  duplicateParameter: { code: -1101, msg: 'Duplicate values for a parameter detected.' },
  /** -1102, for a missing mandatory parameter. */
  mandatory: (name: string): FakeApiError => ({
    code: -1102,
    msg: `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`,
  }),
  /** -1131: `recvWindow` above 60000. */
  recvWindowTooLarge: { code: -1131, msg: 'recvWindow must be less than 60000' },
  /** -1135: a WebSocket-API frame that is not a JSON object (fake's choice of wording). */
  invalidJson: { code: -1135, msg: 'Invalid JSON Request' },
  /** -1135: a WebSocket-API `id` of the wrong form (as Binance's servers send it). */
  invalidId: {
    code: -1135,
    msg: "Invalid 'id' in JSON request; expected an integer, a string matching '^[a-zA-Z0-9-_]{1,36}$', or null.",
  },
  /** -1135: WebSocket-API `params` that are not an object (as Binance's servers send it). */
  invalidParams: { code: -1135, msg: "Invalid 'params' in JSON request; expected an object." },
  /** -1135: a missing or non-string WebSocket-API `method` (fake's choice, after the two above). */
  invalidMethod: { code: -1135, msg: "Invalid 'method' in JSON request; expected a string." },
  /** -1194: a `timeUnit` other than MILLISECOND / MICROSECOND. */
  invalidTimeUnit: { code: -1194, msg: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.' },
  /** -2014: a missing API key, or one of the wrong form. */
  badApiKeyFormat: { code: -2014, msg: 'API-key format invalid.' },
  /** -2015: an unknown API key (also sent, with `id: null`, when a logged-on key is removed). */
  rejectedApiKey: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' },
  /** -2035: the account already has a User Data Stream subscription on this connection (`spec/spot-ws-api.md` §6.6). */
  subscriptionActive: { code: -2035, msg: 'User Data Stream subscription already active.' },
  /** -2036: no such User Data Stream subscription on this connection. */
  subscriptionInactive: { code: -2036, msg: 'User Data Stream subscription not active.' },
  /** -2042: the connection used up its subscription ids (65 535 per connection lifetime). */
  maxSubscriptionIds: { code: -2042, msg: 'Maximum subscription ID reached for this connection.' },
  /** -4056: `session.logon` with an HMAC key (as Binance's servers send it). */
  hmacLogonUnsupported: { code: -4056, msg: 'HMAC_SHA256 API key is not supported.' },
  /** -4056: `session.logon` with an RSA key (fake's choice, by analogy with HMAC). */
  rsaLogonUnsupported: { code: -4056, msg: 'RSA API key is not supported.' },
} as const;
