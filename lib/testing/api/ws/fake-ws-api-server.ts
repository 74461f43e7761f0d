import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Subject, type Observable } from 'rxjs';
import { WebSocketServer, type WebSocket } from 'ws';
import { ConfigError } from '../../../errors/config-error.js';
import type { UpgradeRoute } from '../../http/fake-http-host.js';
import { rejectUpgrade } from '../../http/reject-upgrade.js';
import { BoundedLog } from '../../streams/bounded-log.js';
import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeSpotApi } from '../pipeline/fake-spot-api.js';
import { parseTimeUnit } from '../time-unit.js';
import { FakeWsApiConnection, type FakeWsApiConnectionHost } from './fake-ws-api-connection.js';
import type { FakeWsApiConnectionFilter, FakeWsApiConnectionInfo } from './fake-ws-api-connection-info.js';

/** The WebSocket API's path (`spec/spot-ws-api.md` §1). */
const WS_API_PATH = '/ws-api/v3';
/** Closed connections kept for `allWsApiConnections`. */
const CLOSED_CONNECTIONS_KEPT = 10_000;
/** How long `stop()` waits for clients to answer the close frame before dropping them. */
const STOP_GRACE_MS = 1000;

/**
 * The spot WebSocket-API server of the fake exchange, mounted at `/ws-api/v3` on an HTTP host:
 * URL options, the IP ban (418) and the 2-weight connection cost (429 when the pool is used up,
 * `spec/spot-ws-api.md` §1), connections and their test controls.
 *
 * @remarks
 * Requests go through the shared {@link FakeSpotApi} pipeline. `stop()` closes every connection
 * (code 1001) and completes the observables.
 *
 * @internal
 */
export class FakeWsApiServer implements UpgradeRoute, FakeWsApiConnectionHost {
  readonly api: FakeSpotApi;
  readonly #wss = new WebSocketServer({ noServer: true, autoPong: false, clientTracking: false, perMessageDeflate: false });
  readonly #open = new Map<string, FakeWsApiConnection>();
  readonly #closed = new BoundedLog<FakeWsApiConnectionInfo>(CLOSED_CONNECTIONS_KEPT);
  readonly #connectionSubject$ = new Subject<FakeWsApiConnectionInfo>();
  readonly #closedSubject$ = new Subject<FakeWsApiConnectionInfo>();
  readonly connection$: Observable<FakeWsApiConnectionInfo> = this.#connectionSubject$.asObservable();
  readonly closed$: Observable<FakeWsApiConnectionInfo> = this.#closedSubject$.asObservable();
  #total = 0;
  #stopped = false;

  /** @param api - the request pipeline */
  constructor(api: FakeSpotApi) {
    this.api = api;
  }

  matches(pathname: string): boolean {
    return pathname === WS_API_PATH;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const target = request.url ?? WS_API_PATH;
    const query = new URLSearchParams(target.includes('?') ? target.slice(target.indexOf('?') + 1) : '');
    const timeUnit = parseTimeUnit(query.get('timeUnit') ?? undefined);
    if (timeUnit === undefined) return rejectUpgrade(socket, 400, FAKE_API_ERRORS.invalidTimeUnit);
    if (this.#stopped) return rejectUpgrade(socket, 503, { code: -1, msg: 'Server stopping' });
    const refusal = this.api.admitConnection();
    if (refusal !== undefined) {
      const body = 'error' in refusal.body ? (refusal.body.restError ?? refusal.body.error) : FAKE_API_ERRORS.unknown;
      return rejectUpgrade(socket, refusal.status, body, refusal.headers);
    }
    const origin = { url: target, returnRateLimits: query.get('returnRateLimits') !== 'false', timeUnit };
    this.#wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      this.#total += 1;
      const connection = new FakeWsApiConnection(ws, { id: `ws-api-${this.#total}`, ...origin }, this);
      this.#open.set(connection.origin.id, connection);
      connection.start();
      this.#connectionSubject$.next(connection.info());
    });
  }

  closed(connection: FakeWsApiConnection): void {
    this.#open.delete(connection.origin.id);
    const info = connection.info();
    this.#closed.push(info);
    this.#closedSubject$.next(info);
  }

  /** Sends any text frame; returns how many connections it reached. */
  sendRaw(text: string, filter?: FakeWsApiConnectionFilter): number {
    return this.#select(filter).filter((c) => c.sendText(text)).length;
  }

  /** Sends `{"event":{"e":"serverShutdown","E":<server time>}}` (`spec/spot-ws-api.md` §4). */
  sendServerShutdown(filter?: FakeWsApiConnectionFilter): number {
    return this.sendRaw(`{"event":{"e":"serverShutdown","E":${this.api.clock.now()}}}`, filter);
  }

  /** Terminates connections without a close frame. */
  drop(filter?: FakeWsApiConnectionFilter): number {
    const selected = this.#select(filter);
    selected.forEach((c) => c.drop());
    return selected.length;
  }

  /** Closes connections with a close handshake. */
  close(filter: FakeWsApiConnectionFilter | undefined, code = 1000, reason = ''): number {
    if (!((code >= 1000 && code <= 1014 && ![1004, 1005, 1006].includes(code)) || (code >= 3000 && code <= 4999)) || !Number.isInteger(code)) {
      throw new ConfigError(`${code} is not a close code a server may send.`, 'code');
    }
    if (Buffer.byteLength(reason) > 123) throw new ConfigError('A close reason holds at most 123 bytes.', 'reason');
    const selected = this.#select(filter);
    selected.forEach((c) => c.close(code, reason));
    return selected.length;
  }

  /** The open connections, in order of opening. */
  get connections(): readonly FakeWsApiConnectionInfo[] {
    return [...this.#open.values()].map((c) => c.info());
  }

  /** Every connection accepted (the last 10 000 closed ones and the open ones), in order of opening. */
  get allConnections(): readonly FakeWsApiConnectionInfo[] {
    const order = (id: string): number => Number(id.slice(id.lastIndexOf('-') + 1));
    return [...this.#closed.toArray(), ...this.connections].sort((a, b) => order(a.id) - order(b.id));
  }

  /** Closes every connection (1001, dropped after a second) and completes the observables. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    await Promise.all([...this.#open.values()].map((c) => c.shutdown(STOP_GRACE_MS)));
    this.#wss.close();
    this.#connectionSubject$.complete();
    this.#closedSubject$.complete();
  }

  #select(filter: FakeWsApiConnectionFilter | undefined): FakeWsApiConnection[] {
    const open = [...this.#open.values()];
    if (filter === undefined) return open;
    return open.filter((c) => (typeof filter === 'string' ? c.origin.id === filter : filter(c.info())));
  }
}
