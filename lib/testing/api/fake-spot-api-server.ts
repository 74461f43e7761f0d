import type { Observable } from 'rxjs';
import { ConfigError } from '../../errors/config-error.js';
import type { HttpRoute, UpgradeRoute } from '../http/fake-http-host.js';
import { FakeApiKeyStore, type FakeApiKeyInfo, type FakeApiKeyOptions } from './auth/fake-api-keys.js';
import { FakeApiClock } from './fake-api-clock.js';
import type { FakeSpotApiLimits } from './fake-api-options.js';
import type { FakeApiRecord } from './fake-api-record.js';
import type { FakeRateLimitRefusals } from './limits/fake-rate-limit-refusals.js';
import type { FakeEndpoint, FakeSpotMarketView } from './fake-api-types.js';
import type { FakeSpotApiControls } from './fake-spot-api-controls.js';
import { FakeSpotApi, type FakeSpotApiConfig } from './pipeline/fake-spot-api.js';
import { FakeRestRoute } from './rest/fake-rest-route.js';
import type { FakeApiScriptReply, FakeApiScriptTarget } from './scripts/fake-api-script.js';
import type { FakeWsApiConnectionFilter, FakeWsApiConnectionInfo } from './ws/fake-ws-api-connection-info.js';
import { FakeWsApiServer } from './ws/fake-ws-api-server.js';
import type { FakeUserEvent } from './user-streams/fake-user-event.js';
import type { FakeUserStreamFilter, FakeUserStreamInfo } from './user-streams/fake-user-stream-info.js';
import { FakeUserStreams } from './user-streams/fake-user-streams.js';
import { sessionEndpoints } from './ws/session-endpoints.js';

/** What the spot request servers are built from. @internal */
export interface FakeSpotApiServerConfig {
  readonly limits: FakeSpotApiLimits;
  /** Market, trading and account endpoints; the `session.*` methods are added here. */
  readonly endpoints: readonly FakeEndpoint[];
  readonly market: FakeSpotMarketView;
  /** Makes a named account; `orderCounts` reads its ORDERS counts from the rate limiter. */
  readonly createAccount: FakeSpotApiConfig['createAccount'];
}

/**
 * The fake's spot WebSocket API and REST together: one pipeline, a WebSocket route for
 * `/ws-api/v3` and an HTTP route for `/api/…`, and the test controls of
 * {@link FakeSpotApiControls}.
 *
 * @internal
 */
export class FakeSpotApiServer implements FakeSpotApiControls {
  readonly #api: FakeSpotApi;
  readonly #ws: FakeWsApiServer;
  readonly #rest: FakeRestRoute;
  /** Mount on the HTTP host's upgrade routes. */
  readonly upgradeRoute: UpgradeRoute;
  /** Mount on the HTTP host's plain routes. */
  readonly httpRoute: HttpRoute;
  readonly wsApiConnection$: Observable<FakeWsApiConnectionInfo>;
  readonly wsApiClosed$: Observable<FakeWsApiConnectionInfo>;
  readonly apiRequest$: Observable<FakeApiRecord>;

  /**
   * @param config - limits, endpoints, market and account factory
   * @throws {@link ConfigError} when two endpoints claim one REST route
   */
  constructor(config: FakeSpotApiServerConfig) {
    const keys = new FakeApiKeyStore();
    const streams = new FakeUserStreams(new FakeApiClock(), config.limits.maxUserStreamSubscriptionIds);
    this.#api = new FakeSpotApi({ ...config, endpoints: [...sessionEndpoints(keys, streams), ...config.endpoints] }, keys, streams);
    this.#ws = new FakeWsApiServer(this.#api);
    this.#rest = new FakeRestRoute(this.#api);
    this.upgradeRoute = this.#ws;
    this.httpRoute = this.#rest;
    this.wsApiConnection$ = this.#ws.connection$;
    this.wsApiClosed$ = this.#ws.closed$;
    this.apiRequest$ = this.#api.record$;
  }

  addApiKey(options: FakeApiKeyOptions): FakeApiKeyInfo {
    return this.#api.addApiKey(options);
  }

  removeApiKey(apiKey: string): boolean {
    const removed = this.#api.keys.remove(apiKey);
    if (removed) this.#api.userStreams.terminate((s) => s.apiKey === apiKey);
    return removed;
  }

  get apiKeys(): readonly FakeApiKeyInfo[] {
    return this.#api.keys.infos;
  }

  accountOf(apiKeyOrAccount: string): unknown {
    return this.#api.accountOf(apiKeyOrAccount);
  }

  setClockOffset(ms: number): void {
    this.#api.clock.setOffset(ms);
  }

  serverTime(): number {
    return this.#api.clock.now();
  }

  scriptApi(target: FakeApiScriptTarget, reply: FakeApiScriptReply, times = 1): () => void {
    const endpoint = this.#api.registry.resolve(target.method);
    if (endpoint === undefined) throw new ConfigError(`The fake serves no method or route ${target.method}.`, 'target');
    if (target.transport === 'rest' && endpoint.rest === undefined) {
      throw new ConfigError(`${endpoint.method} has no REST route.`, 'target');
    }
    return this.#api.scripts.add(endpoint.method, target.transport, reply, times);
  }

  clearApiScripts(): void {
    this.#api.scripts.clear();
  }

  get usedWeight(): number {
    return this.#api.limiter.usedWeight(this.#api.clock.now());
  }

  resetRateLimits(): void {
    this.#api.resetRateLimits();
  }

  banIp(durationMs: number): number {
    if (!(Number.isFinite(durationMs) && durationMs > 0)) {
      throw new ConfigError(`A ban must last a finite number > 0 of ms, got ${String(durationMs)}.`, 'durationMs');
    }
    return this.#api.banIp(durationMs);
  }

  liftIpBan(): boolean {
    return this.#api.ipBan.lift(this.#api.clock.now());
  }

  get ipBannedUntil(): number | undefined {
    return this.#api.ipBan.bannedUntil(this.#api.clock.now());
  }

  rateLimitRefusals(): FakeRateLimitRefusals {
    return this.#api.refusals.snapshot();
  }

  sendWsApiServerShutdown(filter?: FakeWsApiConnectionFilter): number {
    return this.#ws.sendServerShutdown(filter);
  }

  sendWsApiRaw(text: string, filter?: FakeWsApiConnectionFilter): number {
    return this.#ws.sendRaw(text, filter);
  }

  dropWsApiConnections(filter?: FakeWsApiConnectionFilter): number {
    return this.#ws.drop(filter);
  }

  closeWsApiConnections(filter?: FakeWsApiConnectionFilter, code?: number, reason?: string): number {
    return this.#ws.close(filter, code, reason);
  }

  get wsApiConnections(): readonly FakeWsApiConnectionInfo[] {
    return this.#ws.connections;
  }

  /** Every WS-API connection accepted, open or closed (the last 10 000 closed ones). */
  get allWsApiConnections(): readonly FakeWsApiConnectionInfo[] {
    return this.#ws.allConnections;
  }

  get apiRequests(): readonly FakeApiRecord[] {
    return this.#api.records;
  }

  /** {@inheritDoc FakeUserStreamControls.userStreamSubscriptions} */
  userStreamSubscriptions(apiKeyOrAccount?: string): number {
    return this.#api.userStreams.infos(apiKeyOrAccount).length;
  }

  /** {@inheritDoc FakeUserStreamControls.userStreams} */
  get userStreams(): readonly FakeUserStreamInfo[] {
    return this.#api.userStreams.infos();
  }

  /** {@inheritDoc FakeUserStreamControls.terminateUserStreams} */
  terminateUserStreams(filter?: FakeUserStreamFilter): number {
    return this.#api.userStreams.terminate(filter);
  }

  /** {@inheritDoc FakeUserStreamControls.pushUserEvent} */
  pushUserEvent(apiKeyOrAccount: string, event: FakeUserEvent): number {
    if (typeof event.e !== 'string') throw new ConfigError('A user event needs a string e (its type).', 'event');
    return this.#api.userStreams.deliver(this.accountNameOf(apiKeyOrAccount), [event]);
  }

  /**
   * The account name of an API key, or the name itself if it names an account.
   *
   * @throws {@link ConfigError} when it is neither
   */
  accountNameOf(apiKeyOrAccount: string): string {
    const name = this.#api.keys.get(apiKeyOrAccount)?.info.account ?? apiKeyOrAccount;
    if (this.#api.accountOf(name) === undefined) throw new ConfigError(`No API key or account ${apiKeyOrAccount} is registered.`, 'apiKeyOrAccount');
    return name;
  }

  /** Closes the WS-API connections, cancels delayed replies and completes the observables. */
  async stop(): Promise<void> {
    await this.#ws.stop();
    this.#rest.stop();
    this.#api.complete();
  }
}
