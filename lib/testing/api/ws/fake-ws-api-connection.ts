import { WebSocket, type RawData } from 'ws';
import { StreamConnectionTimers } from '../../streams/stream-connection-timers.js';
import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiRecord } from '../fake-api-record.js';
import type { FakeApiSession } from '../fake-api-types.js';
import type { FakeApiDecision } from '../pipeline/fake-api-answer.js';
import type { FakeSpotApi } from '../pipeline/fake-spot-api.js';
import type { FakeApiTimeUnit } from '../time-unit.js';
import type { FakeWsApiConnectionInfo } from './fake-ws-api-connection-info.js';
import { parseWsApiFrame, type ParsedWsApiFrame } from './parse-ws-api-frame.js';
import { renderWsApiError, renderWsApiResponse, type RenderedWsApiResponse } from './render-ws-api-response.js';
import { wsApiPayload } from './ws-api-payload.js';

/** What a connection needs from its server. @internal */
export interface FakeWsApiConnectionHost {
  readonly api: FakeSpotApi;
  closed(connection: FakeWsApiConnection): void;
}

/** How a connection was opened. @internal */
export interface FakeWsApiConnectionOrigin {
  readonly id: string;
  readonly url: string;
  readonly returnRateLimits: boolean;
  readonly timeUnit: FakeApiTimeUnit;
}

/** A version prefix a method may carry, e.g. `v3/order.place` (`spec/spot-ws-api.md` §2). */
const VERSION_PREFIX = /^v\d+\//;

/**
 * One client connection of the fake WebSocket API: request/response by `id`, its
 * `session.logon` state, pings, and the test controls' effects (drop, close, raw frames).
 *
 * @remarks
 * Requests are handled synchronously in arrival order; a scripted delay holds only that
 * response back. Closing clears every timer, including pending delayed responses.
 *
 * @internal
 */
export class FakeWsApiConnection implements FakeApiSession {
  readonly origin: FakeWsApiConnectionOrigin;
  readonly openedAt = Date.now();
  readonly connectedSince: number;
  apiKey: string | undefined;
  authorizedSince: number | undefined;
  framesReceived = 0;
  closedAt: number | undefined;
  closeCode: number | undefined;
  closeReason: string | undefined;
  readonly #ws: WebSocket;
  readonly #host: FakeWsApiConnectionHost;
  readonly #timers: StreamConnectionTimers;
  readonly #pending = new Set<NodeJS.Timeout>();
  #closing = false;

  /**
   * @param ws - the accepted server-side socket
   * @param origin - id, URL and URL options
   * @param host - the server
   */
  constructor(ws: WebSocket, origin: FakeWsApiConnectionOrigin, host: FakeWsApiConnectionHost) {
    this.#ws = ws;
    this.origin = origin;
    this.#host = host;
    this.connectedSince = host.api.clock.now();
    const { pingIntervalMs, pongTimeoutMs, maxConnectionAgeMs } = host.api.limits;
    const timerLimits = { pingIntervalMs, pongTimeoutMs, maxConnectionAgeMs, maxMessagesPerSecond: Infinity, messageWindowMs: 1000, maxStreamsPerConnection: Infinity, inboundLogLimit: 0 };
    this.#timers = new StreamConnectionTimers(timerLimits, {
      ping: (payload) => {
        if (this.#canSend) this.#ws.ping(payload);
      },
      pongMissed: () => this.close(1008, `Pong timeout: no pong within ${pongTimeoutMs} ms`),
      expired: () => this.close(1000, `Connection reached its maximum age of ${maxConnectionAgeMs} ms`),
    });
  }

  get connectionId(): string {
    return this.origin.id;
  }

  get returnRateLimits(): boolean {
    return this.origin.returnRateLimits;
  }

  get timeUnit(): FakeApiTimeUnit {
    return this.origin.timeUnit;
  }

  /** Wires the socket's events and starts the timers. */
  start(): void {
    this.#ws.on('message', (data: RawData) => this.#onText(toText(data)));
    this.#ws.on('ping', (data: Buffer) => {
      // autoPong is off so that a closing connection does not answer.
      if (this.#canSend) this.#ws.pong(data);
    });
    this.#ws.on('pong', (data: Buffer) => this.#timers.pongReceived(data.toString()));
    this.#ws.on('close', (code: number, reason: Buffer) => this.#onClose(code, reason.toString()));
    // 'error' is always followed by 'close', which is where the end is recorded.
    this.#ws.on('error', () => undefined);
    this.#timers.start();
  }

  logon(apiKey: string, at: number): void {
    // Only one key per connection: the subscription of the key it replaces ends with it.
    if (this.apiKey !== undefined && this.apiKey !== apiKey) this.#host.api.userStreams.endLogon(this.origin.id);
    this.apiKey = apiKey;
    this.authorizedSince = at;
  }

  logout(): void {
    // `session.logout` closes the logon subscription only (spec/spot-ws-api.md §6.6).
    this.#host.api.userStreams.endLogon(this.origin.id);
    this.apiKey = undefined;
    this.authorizedSince = undefined;
  }

  get isOpen(): boolean {
    return this.closedAt === undefined;
  }

  /** Sends a text frame if the connection is open. */
  sendText(text: string): boolean {
    if (!this.#canSend) return false;
    this.#ws.send(text);
    return true;
  }

  /** Starts the close handshake. */
  close(code: number, reason: string): void {
    if (this.#closing || !this.isOpen) return;
    this.#stopTimers();
    this.#ws.close(code, reason);
  }

  /** Destroys the TCP socket without a close frame: the client sees 1006. */
  drop(): void {
    this.#stopTimers();
    this.#ws.terminate();
  }

  /** Closes (code 1001), waits up to `graceMs` for the handshake, then drops. */
  shutdown(graceMs: number): Promise<void> {
    if (!this.isOpen) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.drop(), graceMs);
      this.#ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.close(1001, 'Server stopping');
    });
  }

  /** A snapshot for tests. */
  info(): FakeWsApiConnectionInfo {
    return {
      id: this.origin.id,
      url: this.origin.url,
      openedAt: this.openedAt,
      connectedSince: this.connectedSince,
      returnRateLimits: this.origin.returnRateLimits,
      timeUnit: this.origin.timeUnit,
      apiKey: this.apiKey,
      authorizedSince: this.authorizedSince,
      framesReceived: this.framesReceived,
      closedAt: this.closedAt,
      closeCode: this.closeCode,
      closeReason: this.closeReason,
    };
  }

  get #canSend(): boolean {
    return !this.#closing && this.#ws.readyState === WebSocket.OPEN;
  }

  #onText(text: string): void {
    if (this.#closing) return;
    // User Data Stream events the request causes go out after its response.
    this.#host.api.userStreams.hold(() => this.#handle(text));
  }

  #handle(text: string): void {
    const at = Date.now();
    this.framesReceived += 1;
    const { api } = this.#host;
    const frame = parseWsApiFrame(text);
    const base = recordBase(at, this.origin.id, text, frame);
    // A banned IP gets 418 whatever it sends (spec/spot-ws-api.md §3), echoing the id it can read.
    const banned = api.screenIp();
    if (banned !== undefined) return this.#settle(base, frame, { kind: 'answer', answer: banned, delayMs: 0, scripted: false });
    if (frame.error !== undefined || frame.method === undefined || frame.params === undefined) {
      const error = frame.error ?? FAKE_API_ERRORS.invalidJson;
      return this.#answer(base, renderWsApiError(frame.idJson, frame.id, 400, error), 0);
    }
    const endpoint = api.registry.byMethod(frame.method.replace(VERSION_PREFIX, ''));
    if (endpoint === undefined) return this.#answer(base, renderWsApiError(frame.idJson, frame.id, 400, FAKE_API_ERRORS.unknownMethod), 0);
    this.#checkRevocation();
    const { params } = frame;
    const decision = api.process({
      transport: 'ws',
      endpoint,
      params,
      apiKey: typeof params['apiKey'] === 'string' ? params['apiKey'] : undefined,
      signature: typeof params['signature'] === 'string' ? params['signature'] : undefined,
      signatureMisplaced: false,
      payload: () => wsApiPayload(params),
      session: this,
    });
    this.#settle(base, frame, decision);
  }

  #settle(base: FakeApiRecord, frame: ParsedWsApiFrame, decision: FakeApiDecision): void {
    const record = { ...base, scripted: decision.scripted };
    if (decision.kind !== 'answer') {
      this.#host.api.record({ ...record, fate: decision.kind === 'drop' ? 'dropped' : 'noAnswer' });
      if (decision.kind === 'drop') this.drop();
      return;
    }
    const withRateLimits = readBoolean(frame.params?.['returnRateLimits']) ?? this.origin.returnRateLimits;
    const rendered = renderWsApiResponse(frame.idJson, frame.id, decision.answer, withRateLimits, this.origin.timeUnit);
    this.#answer(record, rendered, decision.delayMs);
  }

  #answer(record: FakeApiRecord, rendered: RenderedWsApiResponse, delayMs: number): void {
    const status = typeof rendered.body === 'object' && rendered.body !== null ? (rendered.body as { status?: number }).status : undefined;
    this.#host.api.record({ ...record, fate: 'answered', response: { status: status ?? 0, body: rendered.body } });
    if (delayMs <= 0) {
      this.sendText(rendered.text);
      return;
    }
    const timer = setTimeout(() => {
      this.#pending.delete(timer);
      this.sendText(rendered.text);
    }, delayMs);
    this.#pending.add(timer);
  }

  /** A logged-on key that was removed revokes the session on the next request (`spec/spot-ws-api.md` §3). */
  #checkRevocation(): void {
    if (this.apiKey === undefined || this.#host.api.keys.get(this.apiKey) !== undefined) return;
    this.logout();
    this.sendText(renderWsApiError('null', null, 401, FAKE_API_ERRORS.rejectedApiKey).text);
  }

  #stopTimers(): void {
    this.#closing = true;
    this.#timers.stop();
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
  }

  #onClose(code: number, reason: string): void {
    this.#stopTimers();
    this.closedAt = Date.now();
    this.closeCode = code;
    this.closeReason = reason;
    this.#host.api.userStreams.connectionClosed(this.origin.id);
    this.#host.closed(this);
  }
}

function recordBase(at: number, connectionId: string, text: string, frame: ParsedWsApiFrame): FakeApiRecord {
  return {
    at,
    transport: 'ws',
    connectionId,
    rawText: text,
    scripted: false,
    fate: 'answered',
    ...(frame.id === undefined ? {} : { id: frame.id }),
    ...(frame.method === undefined ? {} : { method: frame.method }),
    ...(frame.params === undefined ? {} : { params: frame.params }),
  };
}

/** A per-request `returnRateLimits` (JSON boolean or text); anything else means "not given". */
function readBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

function toText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString();
  return Buffer.isBuffer(data) ? data.toString() : Buffer.from(data).toString();
}
