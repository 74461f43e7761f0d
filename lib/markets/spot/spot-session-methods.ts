import type { Observable } from 'rxjs';
import type { ClientOptions } from '../../client/client-options.js';
import type { MarketProfile } from '../../client/market-client.js';
import type { ResultOf } from '../../requests/endpoint.js';
import { SPOT_SESSION_ENDPOINTS } from './api/spot-session-endpoints.js';
import { SpotAccountMethods } from './spot-account-methods.js';

/**
 * The Spot WebSocket-API session methods (`spec/spot-ws-api.md` §6.3), over the
 * client's shared WebSocket-API connection. Every method returns a cold observable: nothing is
 * sent before subscribe, each subscription sends once, and it emits one decoded result.
 *
 * @remarks Part of {@link SpotClient}.
 */
export abstract class SpotSessionMethods extends SpotAccountMethods {
  /** @internal */
  protected constructor(options: ClientOptions, market: MarketProfile) {
    super(options, market);
  }

  /**
   * The state of the WebSocket-API session: logged-on key, since when, user-data subscriptions (`session.status`).
   *
   * @remarks Unsigned; about the client's WebSocket-API connection itself, which opens if it is not open yet.
   *
   * @returns a cold observable of the decoded result: sends `session.status` on subscribe, emits once
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/authentication-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getSessionStatus().subscribe((s) => console.log(s.apiKey === null ? 'anonymous' : 'logged on'));
   * ```
   */
  getSessionStatus(): Observable<ResultOf<typeof SPOT_SESSION_ENDPOINTS.getSessionStatus>> {
    return this.call(SPOT_SESSION_ENDPOINTS.getSessionStatus, undefined);
  }

  /**
   * The user-data subscriptions of the WebSocket-API session (`session.subscriptions`).
   *
   * @remarks Unsigned; about the client's WebSocket-API connection itself, which opens if it is not open yet.
   *
   * @returns a cold observable of the decoded result: sends `session.subscriptions` on subscribe, emits once
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/authentication-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.getSessionSubscriptions().subscribe(console.log);
   * ```
   */
  getSessionSubscriptions(): Observable<ResultOf<typeof SPOT_SESSION_ENDPOINTS.getSessionSubscriptions>> {
    return this.call(SPOT_SESSION_ENDPOINTS.getSessionSubscriptions, undefined);
  }

  /**
   * Logs the WebSocket-API session off (`session.logout`); the next signed request of an Ed25519 client logs it on again.
   *
   * @remarks Unsigned; about the client's WebSocket-API connection itself, which opens if it is not open yet.
   *
   * @returns a cold observable of the decoded result: sends `session.logout` on subscribe, emits once
   * @throws {@link ConfigError} synchronously, on a closed client
   * @throws {@link BinanceApiError} (emitted) when Binance rejects it; {@link RateLimitError} / {@link IpBannedError} on 429 / 418
   * @throws {@link TimeoutError} (emitted) when no answer comes within `requestTimeout`
   * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/authentication-requests
   *
   * @example
   * ```ts
   * import { SpotClient, Credentials } from 'binance-rx';
   * const spot = new SpotClient({ credentials: new Credentials({ apiKey, apiSecret }) });
   * spot.sessionLogout().subscribe();
   * ```
   */
  sessionLogout(): Observable<ResultOf<typeof SPOT_SESSION_ENDPOINTS.sessionLogout>> {
    return this.call(SPOT_SESSION_ENDPOINTS.sessionLogout, undefined);
  }
}
