import type { Observable } from 'rxjs';
import type { FakeApiKeyInfo, FakeApiKeyOptions } from './api/auth/fake-api-keys.js';
import type { FakeApiRecord } from './api/fake-api-record.js';
import type { FakeSpotApiControls } from './api/fake-spot-api-controls.js';
import type { FakeSpotApiServer } from './api/fake-spot-api-server.js';
import type { FakeRateLimitRefusals } from './api/limits/fake-rate-limit-refusals.js';
import type { FakeApiScriptReply, FakeApiScriptTarget } from './api/scripts/fake-api-script.js';
import type { FakeSpotAccount } from './api/spot/fake-spot-account.js';
import type { FakeUserEvent } from './api/user-streams/fake-user-event.js';
import type { FakeUserStreamControls } from './api/user-streams/fake-user-stream-controls.js';
import type { FakeUserStreamFilter, FakeUserStreamInfo } from './api/user-streams/fake-user-stream-info.js';
import type { FakeWsApiConnectionFilter, FakeWsApiConnectionInfo } from './api/ws/fake-ws-api-connection-info.js';

/**
 * The WebSocket-API, REST and User Data Stream controls of {@link FakeBinance}
 * ({@link FakeSpotApiControls}, {@link FakeUserStreamControls}), handed to its spot API server.
 *
 * @remarks Not made on its own: `FakeBinance.start()` makes the fake, whose class extends this
 * one.
 */
export abstract class FakeSpotApiFacade implements FakeSpotApiControls<FakeSpotAccount>, FakeUserStreamControls {
  /** {@inheritDoc FakeSpotApiControls.wsApiConnection$} */
  readonly wsApiConnection$: Observable<FakeWsApiConnectionInfo>;
  /** {@inheritDoc FakeSpotApiControls.wsApiClosed$} */
  readonly wsApiClosed$: Observable<FakeWsApiConnectionInfo>;
  /** {@inheritDoc FakeSpotApiControls.apiRequest$} */
  readonly apiRequest$: Observable<FakeApiRecord>;
  readonly #api: FakeSpotApiServer;

  /** @param api - the spot WS-API and REST server the controls act on */
  protected constructor(api: FakeSpotApiServer) {
    this.#api = api;
    this.wsApiConnection$ = api.wsApiConnection$;
    this.wsApiClosed$ = api.wsApiClosed$;
    this.apiRequest$ = api.apiRequest$;
  }

  // ---- FakeSpotApiControls ----

  /** {@inheritDoc FakeSpotApiControls.addApiKey} */
  addApiKey(options: FakeApiKeyOptions): FakeApiKeyInfo {
    return this.#api.addApiKey(options);
  }

  /** {@inheritDoc FakeSpotApiControls.removeApiKey} */
  removeApiKey(apiKey: string): boolean {
    return this.#api.removeApiKey(apiKey);
  }

  /** {@inheritDoc FakeSpotApiControls.apiKeys} */
  get apiKeys(): readonly FakeApiKeyInfo[] {
    return this.#api.apiKeys;
  }

  /** {@inheritDoc FakeSpotApiControls.accountOf} */
  accountOf(apiKeyOrAccount: string): FakeSpotAccount | undefined {
    // Every account is made by start()'s factory: a FakeSpotAccount.
    return this.#api.accountOf(apiKeyOrAccount) as FakeSpotAccount | undefined;
  }

  /** {@inheritDoc FakeSpotApiControls.setClockOffset} */
  setClockOffset(ms: number): void {
    this.#api.setClockOffset(ms);
  }

  /** {@inheritDoc FakeSpotApiControls.serverTime} */
  serverTime(): number {
    return this.#api.serverTime();
  }

  /** {@inheritDoc FakeSpotApiControls.scriptApi} */
  scriptApi(target: FakeApiScriptTarget, reply: FakeApiScriptReply, times?: number): () => void {
    return this.#api.scriptApi(target, reply, times);
  }

  /** {@inheritDoc FakeSpotApiControls.clearApiScripts} */
  clearApiScripts(): void {
    this.#api.clearApiScripts();
  }

  /** {@inheritDoc FakeSpotApiControls.usedWeight} */
  get usedWeight(): number {
    return this.#api.usedWeight;
  }

  /** {@inheritDoc FakeSpotApiControls.resetRateLimits} */
  resetRateLimits(): void {
    this.#api.resetRateLimits();
  }

  /** {@inheritDoc FakeSpotApiControls.banIp} */
  banIp(durationMs: number): number {
    return this.#api.banIp(durationMs);
  }

  /** {@inheritDoc FakeSpotApiControls.liftIpBan} */
  liftIpBan(): boolean {
    return this.#api.liftIpBan();
  }

  /** {@inheritDoc FakeSpotApiControls.ipBannedUntil} */
  get ipBannedUntil(): number | undefined {
    return this.#api.ipBannedUntil;
  }

  /** {@inheritDoc FakeSpotApiControls.rateLimitRefusals} */
  rateLimitRefusals(): FakeRateLimitRefusals {
    return this.#api.rateLimitRefusals();
  }

  /** {@inheritDoc FakeSpotApiControls.sendWsApiServerShutdown} */
  sendWsApiServerShutdown(filter?: FakeWsApiConnectionFilter): number {
    return this.#api.sendWsApiServerShutdown(filter);
  }

  /** {@inheritDoc FakeSpotApiControls.sendWsApiRaw} */
  sendWsApiRaw(text: string, filter?: FakeWsApiConnectionFilter): number {
    return this.#api.sendWsApiRaw(text, filter);
  }

  /** {@inheritDoc FakeSpotApiControls.dropWsApiConnections} */
  dropWsApiConnections(filter?: FakeWsApiConnectionFilter): number {
    return this.#api.dropWsApiConnections(filter);
  }

  /** {@inheritDoc FakeSpotApiControls.closeWsApiConnections} */
  closeWsApiConnections(filter?: FakeWsApiConnectionFilter, code?: number, reason?: string): number {
    return this.#api.closeWsApiConnections(filter, code, reason);
  }

  /** {@inheritDoc FakeSpotApiControls.wsApiConnections} */
  get wsApiConnections(): readonly FakeWsApiConnectionInfo[] {
    return this.#api.wsApiConnections;
  }

  /** Every WS-API connection ever accepted, open or closed (the last 10 000 closed ones), in order of opening. */
  get allWsApiConnections(): readonly FakeWsApiConnectionInfo[] {
    return this.#api.allWsApiConnections;
  }

  /** {@inheritDoc FakeSpotApiControls.apiRequests} */
  get apiRequests(): readonly FakeApiRecord[] {
    return this.#api.apiRequests;
  }

  // ---- FakeUserStreamControls ----

  /** {@inheritDoc FakeUserStreamControls.userStreamSubscriptions} */
  userStreamSubscriptions(apiKeyOrAccount?: string): number {
    return this.#api.userStreamSubscriptions(apiKeyOrAccount);
  }

  /** {@inheritDoc FakeUserStreamControls.userStreams} */
  get userStreams(): readonly FakeUserStreamInfo[] {
    return this.#api.userStreams;
  }

  /** {@inheritDoc FakeUserStreamControls.terminateUserStreams} */
  terminateUserStreams(filter?: FakeUserStreamFilter): number {
    return this.#api.terminateUserStreams(filter);
  }

  /** {@inheritDoc FakeUserStreamControls.pushUserEvent} */
  pushUserEvent(apiKeyOrAccount: string, event: FakeUserEvent): number {
    return this.#api.pushUserEvent(apiKeyOrAccount, event);
  }

  /** {@inheritDoc FakeUserStreamControls.balanceUpdate} */
  balanceUpdate(apiKeyOrAccount: string, asset: string, delta: string): number {
    const name = this.#api.accountNameOf(apiKeyOrAccount);
    this.accountOf(name)?.adjustBalance(asset, delta, this.serverTime());
    return this.#api.userStreamSubscriptions(name);
  }
}
