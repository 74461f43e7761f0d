import type { Observable } from 'rxjs';
import type { FakeApiKeyInfo, FakeApiKeyOptions } from './auth/fake-api-keys.js';
import type { FakeApiRecord } from './fake-api-record.js';
import type { FakeRateLimitRefusals } from './limits/fake-rate-limit-refusals.js';
import type { FakeApiScriptReply, FakeApiScriptTarget } from './scripts/fake-api-script.js';
import type { FakeWsApiConnectionFilter, FakeWsApiConnectionInfo } from './ws/fake-ws-api-connection-info.js';

/**
 * What a test can do with, and see of, the fake's spot WebSocket API (`/ws-api/v3`) and REST
 * (`/api/v3/*`): API keys and their accounts, the server clock, scripted replies, rate limits,
 * WS-API connections and the request log. `FakeBinance` offers it.
 *
 * @typeParam TAccount - the account type (`FakeSpotAccount` on `FakeBinance`)
 *
 * @remarks
 * Both transports share one pipeline: the IP ban (418), REQUEST_WEIGHT (one pool for the IP, 429,
 * escalating to a 418 ban when the client does not wait for `retryAfter`), authentication
 * exactly as Binance does it (`spec/signing.md` §5), scripted replies, ORDERS, the handler.
 * The observables are hot, emit synchronously and complete on `stop()`.
 *
 * @example
 * ```ts
 * import { generateKeyPairSync } from 'node:crypto';
 * import { FakeBinance } from 'binance-rx/testing';
 *
 * const fake = await FakeBinance.start();
 * const { publicKey } = generateKeyPairSync('ed25519');
 * fake.addApiKey({ apiKey: 'k'.repeat(64), publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
 * fake.setClockOffset(-3000); // the server is 3 s behind the client
 * const remove = fake.scriptApi({ method: 'order.place' }, { kind: 'noAnswer' }, 1);
 * // … run the code under test against fake.hosts.spot …
 * remove();
 * await fake.stop();
 * ```
 */
export interface FakeSpotApiControls<TAccount = unknown> {
  /**
   * Registers an API key: HMAC (`apiSecret`) or RSA / Ed25519 (`publicKey`, type read from it).
   *
   * @param options - the key, its secret or public key, and optionally an account name to share
   * @returns the key's info
   * @throws {@link ConfigError} on an empty or duplicate key, or an unsupported public key
   */
  addApiKey(options: FakeApiKeyOptions): FakeApiKeyInfo;
  /**
   * Revokes a key: requests with it get -2015; a WS-API connection logged on with it is told
   * `{"id":null,"status":401,"error":{"code":-2015,…}}` on its next request and logged out; the
   * User Data Stream subscriptions made with it end at once (`eventStreamTerminated`).
   *
   * @returns whether the key was registered
   */
  removeApiKey(apiKey: string): boolean;
  /** The registered keys, in order of registration. */
  readonly apiKeys: readonly FakeApiKeyInfo[];
  /**
   * The account behind a key (or an account name given to `addApiKey`).
   *
   * @returns the account, `undefined` for an unknown key or name
   */
  accountOf(apiKeyOrAccount: string): TAccount | undefined;
  /**
   * Moves the server clock, so a client with a wrong clock gets -1021 until it resyncs.
   *
   * @param ms - offset from `Date.now()`; positive puts the server ahead
   * @throws {@link ConfigError} when not finite
   */
  setClockOffset(ms: number): void;
  /** The server time now (`Date.now()` + offset), epoch ms. */
  serverTime(): number;
  /**
   * Scripts the reply of the next matching requests; they still pass weight and authentication
   * first, the handler does not run (except for `delay`).
   *
   * @param target - the method (or REST route) and optionally the transport
   * @param reply - see {@link FakeApiScriptReply}
   * @param times - how many requests it answers, 1 by default (Infinity for all)
   * @returns a function that removes the script
   * @throws {@link ConfigError} for an unknown method, a bad reply or `times`
   */
  scriptApi(target: FakeApiScriptTarget, reply: FakeApiScriptReply, times?: number): () => void;
  /** Removes every script. */
  clearApiScripts(): void;
  /**
   * The REQUEST_WEIGHT used in the current window of `requestWeightInterval` (a calendar minute
   * by default; both transports, connections included).
   */
  readonly usedWeight: number;
  /** Forgets every weight and order count, lifts any IP ban and zeroes {@link FakeSpotApiControls.rateLimitRefusals}. */
  resetRateLimits(): void;
  /**
   * Bans the IP (every client of the fake): until the fake's clock passes `now + durationMs`,
   * every REST request, WS-API request and WS-API connection attempt gets 418 -1003 "Way too
   * much request weight used; IP banned until <ms>…", with `Retry-After` (seconds) over REST and
   * `error.data.serverTime` / `retryAfter` (epoch ms) over the WS-API. Replaces any ban in force.
   *
   * @param durationMs - how long, ms of the fake's clock (`setClockOffset` moves past it)
   * @returns when the ban ends, epoch ms of the fake's clock
   * @throws {@link ConfigError} when `durationMs` is not a finite number > 0
   *
   * @example
   * ```ts
   * import { FakeBinance } from 'binance-rx/testing';
   * const fake = await FakeBinance.start();
   * const until = fake.banIp(120_000);          // every request now gets 418
   * fake.setClockOffset(until - Date.now());    // … and none once the clock reaches `until`
   * await fake.stop();
   * ```
   */
  banIp(durationMs: number): number;
  /**
   * Lifts the IP ban, and forgets the last weight 429 so the next request does not escalate.
   *
   * @returns whether a ban was in force
   */
  liftIpBan(): boolean;
  /** When the IP ban in force ends (epoch ms of the fake's clock), `undefined` when not banned. */
  readonly ipBannedUntil: number | undefined;
  /**
   * How many 429 and 418 answers the fake itself sent since start or `resetRateLimits()`: REST,
   * WS-API and refused WS-API connections (scripted replies are not counted).
   *
   * @returns the counts, a snapshot
   *
   * @example
   * ```ts
   * import { FakeBinance } from 'binance-rx/testing';
   * const fake = await FakeBinance.start({ spotApi: { requestWeight: 100, requestWeightInterval: { interval: 'SECOND', intervalNum: 1 } } });
   * // … run a client that should throttle itself …
   * const { tooManyRequests, banned } = fake.rateLimitRefusals(); // both 0 if it did
   * await fake.stop();
   * ```
   */
  rateLimitRefusals(): FakeRateLimitRefusals;
  /**
   * Sends `{"event":{"e":"serverShutdown","E":<server time>}}` to WS-API connections (they stay open).
   *
   * @returns how many connections it reached
   */
  sendWsApiServerShutdown(filter?: FakeWsApiConnectionFilter): number;
  /**
   * Sends any text frame to WS-API connections.
   *
   * @returns how many connections it reached
   */
  sendWsApiRaw(text: string, filter?: FakeWsApiConnectionFilter): number;
  /**
   * Terminates WS-API connections without a close frame (clients see 1006).
   *
   * @returns how many it dropped
   */
  dropWsApiConnections(filter?: FakeWsApiConnectionFilter): number;
  /**
   * Closes WS-API connections with a close handshake.
   *
   * @param code - 1000 by default (1000–1014 except 1004–1006, or 3000–4999)
   * @param reason - at most 123 bytes
   * @returns how many it started closing
   * @throws {@link ConfigError} on an invalid code or a too long reason
   */
  closeWsApiConnections(filter?: FakeWsApiConnectionFilter, code?: number, reason?: string): number;
  /** The open WS-API connections, in order of opening. */
  readonly wsApiConnections: readonly FakeWsApiConnectionInfo[];
  /** Each accepted WS-API connection. */
  readonly wsApiConnection$: Observable<FakeWsApiConnectionInfo>;
  /** Each WS-API connection that closed. */
  readonly wsApiClosed$: Observable<FakeWsApiConnectionInfo>;
  /** The last `apiLogLimit` requests (both transports), oldest first. */
  readonly apiRequests: readonly FakeApiRecord[];
  /** Each request once its fate is known (answered, swallowed or dropped). */
  readonly apiRequest$: Observable<FakeApiRecord>;
}
