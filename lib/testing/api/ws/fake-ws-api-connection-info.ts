import type { FakeApiTimeUnit } from '../time-unit.js';

/**
 * A snapshot of one WebSocket-API connection of the fake exchange, as tests observe it.
 *
 * @remarks
 * A snapshot: it does not change after it is read. Read `fake.wsApiConnections` again for news.
 */
export interface FakeWsApiConnectionInfo {
  /** Unique for the life of the fake, e.g. `'ws-api-1'`. */
  readonly id: string;
  /** The request target as the client sent it, e.g. `'/ws-api/v3?returnRateLimits=false'`. */
  readonly url: string;
  /** When the server accepted it (epoch ms, the machine's clock). */
  readonly openedAt: number;
  /** `connectedSince` of `session.status`: when it opened by the fake's clock (ms). */
  readonly connectedSince: number;
  /** Whether responses carry `rateLimits` by default (URL `returnRateLimits=false` turns it off). */
  readonly returnRateLimits: boolean;
  /** The unit of timestamps in responses (URL `timeUnit=`). */
  readonly timeUnit: FakeApiTimeUnit;
  /** The API key it is logged on with (`session.logon`), if any. */
  readonly apiKey: string | undefined;
  /** When it logged on (the fake's clock, ms), if it is. */
  readonly authorizedSince: number | undefined;
  /** Text frames received so far (requests, valid or not). */
  readonly framesReceived: number;
  /** When it closed (epoch ms); `undefined` while open. */
  readonly closedAt: number | undefined;
  /** The close code the server saw (1006 for a drop); `undefined` while open. */
  readonly closeCode: number | undefined;
  /** The close reason the server saw; `undefined` while open. */
  readonly closeReason: string | undefined;
}

/**
 * Selects WebSocket-API connections for a test control: a connection id, or a predicate on the
 * connection's info. Controls given no filter act on every open WebSocket-API connection.
 *
 * @example
 * ```ts
 * fake.dropWsApiConnections('ws-api-1');
 * fake.sendWsApiServerShutdown((c) => c.apiKey !== undefined);
 * ```
 */
export type FakeWsApiConnectionFilter = string | ((connection: FakeWsApiConnectionInfo) => boolean);
