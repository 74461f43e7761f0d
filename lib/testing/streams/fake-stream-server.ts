import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Subject, type Observable } from 'rxjs';
import { WebSocketServer, type WebSocket } from 'ws';
import { ConfigError } from '../../errors/config-error.js';
import type { UpgradeRoute } from '../http/fake-http-host.js';
import { rejectUpgrade } from '../http/reject-upgrade.js';
import { BoundedLog } from './bounded-log.js';
import type { FakeInboundRecord } from './fake-inbound-record.js';
import { FakeStreamConnection, type FakeStreamConnectionHost } from './fake-stream-connection.js';
import type { ConnectionFilter, FakeStreamConnectionInfo } from './fake-stream-connection-info.js';
import type { FakeStreamControls } from './fake-stream-controls.js';
import type { FakeStreamLimits, FakeStreamMarketConfig } from './fake-stream-market-config.js';
import { parseStreamUrl, type StreamUrl } from './parse-stream-url.js';
import { STREAM_ERRORS, type StreamErrorPayload } from './stream-error-payloads.js';
import { StreamRejectionRules, type StreamMatcher } from './stream-rejection-rules.js';

/** Closed connections kept for `allConnections`. */
const CLOSED_CONNECTIONS_KEPT = 10_000;
/** How long `stop()` waits for clients to answer the close frame before dropping them. */
const STOP_GRACE_MS = 1000;

/** The connections subscribed to one stream, and the start of its combined envelope. */
interface Subscribers {
  readonly connections: Set<FakeStreamConnection>;
  readonly envelopeStart: string;
}

/**
 * The market-stream protocol server of one market (spot, USDⓈ-M, COIN-M), mounted on an HTTP
 * host by path: raw and combined URLs, live control messages, Binance's limits, and the test
 * controls of {@link FakeStreamControls}.
 *
 * @remarks
 * Knows nothing of a market beyond its {@link FakeStreamMarketConfig}. Keeps an index from
 * stream name to subscribed connections, so `publish` costs one lookup plus one `send` per
 * receiver. `stop()` closes every connection (code 1001) and completes the observables.
 *
 * @internal
 */
export class FakeStreamServer implements FakeStreamControls, UpgradeRoute, FakeStreamConnectionHost {
  readonly #config: FakeStreamMarketConfig;
  readonly #wss = new WebSocketServer({ noServer: true, autoPong: false, clientTracking: false, perMessageDeflate: false });
  readonly #open = new Map<string, FakeStreamConnection>();
  readonly #closed = new BoundedLog<FakeStreamConnectionInfo>(CLOSED_CONNECTIONS_KEPT);
  readonly #subscribers = new Map<string, Subscribers>();
  readonly #rules = new StreamRejectionRules();
  readonly #inbound: BoundedLog<FakeInboundRecord>;
  readonly #connectionSubject$ = new Subject<FakeStreamConnectionInfo>();
  readonly #inboundSubject$ = new Subject<FakeInboundRecord>();
  readonly #closedSubject$ = new Subject<FakeStreamConnectionInfo>();
  readonly connection$: Observable<FakeStreamConnectionInfo> = this.#connectionSubject$.asObservable();
  readonly inbound$: Observable<FakeInboundRecord> = this.#inboundSubject$.asObservable();
  readonly closed$: Observable<FakeStreamConnectionInfo> = this.#closedSubject$.asObservable();
  #total = 0;
  #stopped = false;

  /** @param config - paths, limits and stream names of the market */
  constructor(config: FakeStreamMarketConfig) {
    this.#config = config;
    this.#inbound = new BoundedLog(config.limits.inboundLogLimit);
  }

  /** The limits it enforces. */
  get limits(): FakeStreamLimits {
    return this.#config.limits;
  }

  // ---- UpgradeRoute ----

  matches(pathname: string): boolean {
    return parseStreamUrl(pathname, this.#config.pathPrefixes) !== undefined;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const target = request.url ?? '/';
    const url = parseStreamUrl(target, this.#config.pathPrefixes);
    if (url === undefined) return rejectUpgrade(socket, 404, { code: -1, msg: 'Not found' });
    if ('status' in url) return rejectUpgrade(socket, url.status, url.body);
    const error = this.subscribeError(url.streams, url.pathPrefix);
    if (error !== undefined) return rejectUpgrade(socket, 400, error);
    if (this.#stopped) return rejectUpgrade(socket, 503, { code: -1, msg: 'Server stopping' });
    this.#wss.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, socket, url, target));
  }

  #accept(ws: WebSocket, socket: Duplex, url: StreamUrl, target: string): void {
    this.#total += 1;
    const id = `${this.#config.market}-${this.#total}`;
    const path = target.split('?', 1)[0] ?? target;
    const connection = new FakeStreamConnection(ws, socket, url, { id, market: this.#config.market, path, url: target }, this);
    this.#open.set(id, connection);
    connection.start();
    this.#connectionSubject$.next(connection.info());
  }

  // ---- FakeStreamConnectionHost ----

  subscribeError(names: readonly string[], pathPrefix: string): StreamErrorPayload | undefined {
    for (const name of names) {
      if (!this.isValidStreamName(name, pathPrefix)) return STREAM_ERRORS.invalidStream;
      const rejected = this.#rules.errorFor(name);
      if (rejected !== undefined) return rejected;
    }
    return undefined;
  }

  isValidStreamName(name: string, pathPrefix: string): boolean {
    return this.#config.isValidStreamName(name, pathPrefix);
  }

  subscribed(connection: FakeStreamConnection, names: readonly string[]): void {
    for (const name of names) {
      let entry = this.#subscribers.get(name);
      if (entry === undefined) {
        entry = { connections: new Set(), envelopeStart: `{"stream":${JSON.stringify(name)},"data":` };
        this.#subscribers.set(name, entry);
      }
      entry.connections.add(connection);
    }
  }

  unsubscribed(connection: FakeStreamConnection, names: readonly string[]): void {
    for (const name of names) {
      const entry = this.#subscribers.get(name);
      if (entry === undefined) continue;
      entry.connections.delete(connection);
      if (entry.connections.size === 0) this.#subscribers.delete(name);
    }
  }

  received(record: FakeInboundRecord): void {
    this.#inbound.push(record);
    this.#inboundSubject$.next(record);
  }

  closed(connection: FakeStreamConnection): void {
    this.#open.delete(connection.origin.id);
    this.unsubscribed(connection, [...connection.streams]);
    const info = connection.info();
    this.#closed.push(info);
    this.#closedSubject$.next(info);
  }

  // ---- FakeStreamControls ----

  publish(stream: string, payload: unknown, filter?: ConnectionFilter): number {
    const json: unknown = JSON.stringify(payload);
    if (typeof json !== 'string') throw new ConfigError('The payload does not serialise to JSON.', 'payload');
    return this.publishRaw(stream, json, filter);
  }

  publishRaw(stream: string, dataJson: string, filter?: ConnectionFilter): number {
    const entry = this.#subscribers.get(stream);
    if (entry === undefined) return 0;
    let enveloped: string | undefined;
    let reached = 0;
    for (const connection of entry.connections) {
      if (filter !== undefined && !isSelected(connection, filter)) continue;
      const text = connection.combined ? (enveloped ??= `${entry.envelopeStart}${dataJson}}`) : dataJson;
      if (connection.sendText(text)) reached += 1;
    }
    return reached;
  }

  sendRaw(text: string, filter?: ConnectionFilter): number {
    return this.#select(filter).filter((c) => c.sendText(text)).length;
  }

  sendServerShutdown(filter?: ConnectionFilter): number {
    const event = `{"e":"serverShutdown","E":${Date.now()}}`;
    const enveloped = `{"stream":"!serverShutdown","data":${event}}`;
    return this.#select(filter).filter((c) => c.sendText(c.combined ? enveloped : event)).length;
  }

  silence(filter?: ConnectionFilter): number {
    return this.#each(filter, (c) => c.silence());
  }

  resume(filter?: ConnectionFilter): number {
    return this.#each(filter, (c) => c.resume());
  }

  dropConnections(filter?: ConnectionFilter): number {
    return this.#each(filter, (c) => c.drop());
  }

  closeConnections(filter?: ConnectionFilter, code = 1000, reason = ''): number {
    if (!isValidCloseCode(code)) throw new ConfigError(`${code} is not a close code a server may send.`, 'code');
    if (Buffer.byteLength(reason) > 123) throw new ConfigError('A close reason holds at most 123 bytes.', 'reason');
    return this.#each(filter, (c) => c.close(code, reason));
  }

  rejectStream(matcher: StreamMatcher, error: StreamErrorPayload = STREAM_ERRORS.invalidStream): () => void {
    return this.#rules.add(matcher, error);
  }

  async flush(): Promise<void> {
    await Promise.all([...this.#open.values()].map((c) => c.flush()));
  }

  subscribersOf(stream: string): number {
    return this.#subscribers.get(stream)?.connections.size ?? 0;
  }

  get connections(): readonly FakeStreamConnectionInfo[] {
    return [...this.#open.values()].map((c) => c.info());
  }

  get allConnections(): readonly FakeStreamConnectionInfo[] {
    return [...this.#closed.toArray(), ...this.connections].sort((a, b) => order(a.id) - order(b.id));
  }

  get connectionCount(): number {
    return this.#open.size;
  }

  get totalConnections(): number {
    return this.#total;
  }

  get inbound(): readonly FakeInboundRecord[] {
    return this.#inbound.toArray();
  }

  /**
   * Closes every connection (code 1001, dropped if a client does not answer within a second),
   * forgets the rejection rules and completes the observables.
   */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    await Promise.all([...this.#open.values()].map((c) => c.shutdown(STOP_GRACE_MS)));
    this.#wss.close();
    this.#rules.clear();
    this.#connectionSubject$.complete();
    this.#inboundSubject$.complete();
    this.#closedSubject$.complete();
  }

  #select(filter: ConnectionFilter | undefined): FakeStreamConnection[] {
    const open = [...this.#open.values()];
    return filter === undefined ? open : open.filter((c) => isSelected(c, filter));
  }

  #each(filter: ConnectionFilter | undefined, action: (connection: FakeStreamConnection) => void): number {
    const selected = this.#select(filter);
    selected.forEach(action);
    return selected.length;
  }
}

function isSelected(connection: FakeStreamConnection, filter: ConnectionFilter): boolean {
  return typeof filter === 'string' ? connection.origin.id === filter : filter(connection.info());
}

/** The codes a server may put in a close frame (RFC 6455 §7.4, as `ws` checks them). */
function isValidCloseCode(code: number): boolean {
  return (
    Number.isInteger(code) &&
    ((code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) || (code >= 3000 && code <= 4999))
  );
}

/** The sequence number in a connection id (`spot-12` → 12). */
function order(id: string): number {
  return Number(id.slice(id.lastIndexOf('-') + 1));
}
