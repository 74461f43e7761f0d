import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { WebSocket, type RawData } from 'ws';
import type { FakeStreamLimits } from './fake-stream-market-config.js';
import type { FakeStreamConnectionInfo } from './fake-stream-connection-info.js';
import type { FakeInboundRecord } from './fake-inbound-record.js';
import { MessageRateWindow } from './message-rate-window.js';
import { parseStreamFrame, type ParsedStreamFrame, type StreamRequest } from './parse-stream-request.js';
import type { StreamUrl } from './parse-stream-url.js';
import { STREAM_ERRORS, type StreamErrorPayload } from './stream-error-payloads.js';
import { StreamConnectionTimers } from './stream-connection-timers.js';

/** What a connection needs from its server. @internal */
export interface FakeStreamConnectionHost {
  readonly limits: FakeStreamLimits;
  /** The error a SUBSCRIBE of these names gets (invalid or rejected name), if any. */
  subscribeError(names: readonly string[], pathPrefix: string): StreamErrorPayload | undefined;
  /** Whether a name is valid at all (UNSUBSCRIBE checks only this). */
  isValidStreamName(name: string, pathPrefix: string): boolean;
  subscribed(connection: FakeStreamConnection, names: readonly string[]): void;
  unsubscribed(connection: FakeStreamConnection, names: readonly string[]): void;
  received(record: FakeInboundRecord): void;
  closed(connection: FakeStreamConnection): void;
}

/** Where a connection came from. @internal */
export interface FakeStreamConnectionOrigin {
  readonly id: string;
  readonly market: string;
  readonly path: string;
  readonly url: string;
}

const EMPTY = Buffer.alloc(0);

/**
 * One client connection of a fake market-stream server: its subscriptions, `combined` flag,
 * inbound rate window and Binance's enforcement (`spec/spot-streams.md` §2–§3).
 *
 * @remarks
 * While silenced it still reads, records and applies control messages, but sends nothing and
 * closes nothing by itself (rate and stream limits, pong deadline); an age limit reached
 * meanwhile closes it on `resume()`.
 *
 * @internal
 */
export class FakeStreamConnection {
  readonly origin: FakeStreamConnectionOrigin;
  readonly openedAt = Date.now();
  readonly streams = new Set<string>();
  combined: boolean;
  silenced = false;
  messagesReceived = 0;
  closedAt: number | undefined;
  closeCode: number | undefined;
  closeReason: string | undefined;
  readonly #ws: WebSocket;
  readonly #socket: Duplex;
  readonly #url: StreamUrl;
  readonly #host: FakeStreamConnectionHost;
  readonly #rate: MessageRateWindow;
  readonly #timers: StreamConnectionTimers;
  #closing = false;

  /**
   * @param ws - the accepted server-side socket
   * @param socket - its TCP socket (to drain and to destroy)
   * @param url - what the URL asked for
   * @param origin - id and request line
   * @param host - the server
   */
  constructor(ws: WebSocket, socket: Duplex, url: StreamUrl, origin: FakeStreamConnectionOrigin, host: FakeStreamConnectionHost) {
    this.#ws = ws;
    this.#socket = socket;
    this.#url = url;
    this.origin = origin;
    this.#host = host;
    this.combined = url.combined;
    const { limits } = host;
    this.#rate = new MessageRateWindow(limits.maxMessagesPerSecond, limits.messageWindowMs);
    this.#timers = new StreamConnectionTimers(limits, {
      ping: (payload) => {
        if (this.canSend) this.#ws.ping(payload);
      },
      pongMissed: () => this.close(1008, `Pong timeout: no pong within ${limits.pongTimeoutMs} ms`),
      expired: () => this.close(1000, `Connection reached its maximum age of ${limits.maxConnectionAgeMs} ms`),
    });
  }

  /** Wires the socket's events, subscribes the URL's streams and starts the timers. */
  start(): void {
    this.#ws.on('message', (data: RawData) => this.#onText(toText(data)));
    this.#ws.on('ping', (data: Buffer) => this.#onControlFrame('ping', data));
    this.#ws.on('pong', (data: Buffer) => this.#onControlFrame('pong', data));
    this.#ws.on('close', (code: number, reason: Buffer) => this.#onClose(code, reason.toString()));
    // Socket errors are followed by 'close', which is where they are recorded.
    this.#ws.on('error', () => undefined);
    this.#timers.start();
    this.#subscribe(this.#url.streams);
  }

  /** Whether frames can be written now: open and not silenced. */
  get canSend(): boolean {
    return !this.silenced && !this.#closing && this.#ws.readyState === WebSocket.OPEN;
  }

  /** Whether it is open (silenced or not). */
  get isOpen(): boolean {
    return this.closedAt === undefined;
  }

  /** Sends a text frame if it can send; the hot path of `publish`. */
  sendText(text: string): boolean {
    if (!this.canSend) return false;
    this.#ws.send(text);
    return true;
  }

  /** Stops every outbound frame and automatic close (see the class remarks). */
  silence(): void {
    this.silenced = true;
    this.#timers.pause();
  }

  /** Lifts `silence()`: pings start again from now. */
  resume(): void {
    if (!this.silenced) return;
    this.silenced = false;
    this.#timers.resume();
  }

  /** Starts the close handshake. */
  close(code: number, reason: string): void {
    if (this.#closing || !this.isOpen) return;
    this.#closing = true;
    this.#timers.stop();
    this.#ws.close(code, reason);
  }

  /** Destroys the TCP socket without a close frame: the client sees 1006. */
  drop(): void {
    this.#closing = true;
    this.#timers.stop();
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

  /** Resolves once everything written so far has left the socket's send buffer. */
  flush(): Promise<void> {
    if (this.#socket.destroyed || this.#socket.writableLength === 0) return Promise.resolve();
    // An empty write completes after every earlier write, and adds no byte to the stream.
    return new Promise((resolve) => this.#socket.write(EMPTY, () => resolve()));
  }

  /** A snapshot for tests. */
  info(): FakeStreamConnectionInfo {
    return {
      id: this.origin.id,
      market: this.origin.market,
      pathPrefix: this.#url.pathPrefix,
      path: this.origin.path,
      url: this.origin.url,
      openedAt: this.openedAt,
      combined: this.combined,
      timeUnit: this.#url.timeUnit,
      streams: new Set(this.streams),
      messagesReceived: this.messagesReceived,
      silenced: this.silenced,
      closedAt: this.closedAt,
      closeCode: this.closeCode,
      closeReason: this.closeReason,
    };
  }

  #onText(text: string): void {
    if (this.#closing) return;
    const at = Date.now();
    const frame = parseStreamFrame(text);
    if (!this.#admit()) {
      this.#record(at, frame, text, undefined);
      return;
    }
    const outcome = 'error' in frame.outcome ? frame.outcome : this.#execute(frame.outcome.request);
    const error = 'error' in outcome ? outcome.error : undefined;
    this.#record(at, frame, text, error);
    if (error !== undefined) {
      this.sendText(`{"error":{"code":${error.code},"msg":${JSON.stringify(error.msg)}},"id":${frame.idJson}}`);
    } else if ('resultJson' in outcome) {
      this.sendText(`{"result":${outcome.resultJson},"id":${frame.idJson}}`);
    }
  }

  #onControlFrame(kind: 'ping' | 'pong', payload: Buffer): void {
    if (this.#closing) return;
    const text = payload.toString();
    this.#host.received({ connectionId: this.origin.id, at: Date.now(), kind, text });
    if (!this.#admit()) return;
    // autoPong is off so that a silenced connection does not answer either.
    if (kind === 'pong') this.#timers.pongReceived(text);
    else if (this.canSend) this.#ws.pong(payload);
  }

  /** Counts one incoming message; closes the connection past Binance's message rate. */
  #admit(): boolean {
    this.messagesReceived += 1;
    if (this.#rate.admit(performance.now()) || this.silenced) return true;
    const { maxMessagesPerSecond, messageWindowMs } = this.#host.limits;
    this.close(1008, `Too many messages: more than ${maxMessagesPerSecond} in ${messageWindowMs} ms`);
    return false;
  }

  #execute(request: StreamRequest): { error: StreamErrorPayload } | { resultJson: string } | { closed: true } {
    const prefix = this.#url.pathPrefix;
    switch (request.method) {
      case 'SUBSCRIBE': {
        const error = this.#host.subscribeError(request.names, prefix);
        if (error !== undefined) return { error };
        return this.#subscribe(request.names) ? { resultJson: 'null' } : { closed: true };
      }
      case 'UNSUBSCRIBE': {
        if (!request.names.every((name) => this.#host.isValidStreamName(name, prefix))) {
          return { error: STREAM_ERRORS.invalidStream };
        }
        const gone = request.names.filter((name) => this.streams.delete(name));
        this.#host.unsubscribed(this, gone);
        return { resultJson: 'null' };
      }
      case 'LIST_SUBSCRIPTIONS':
        return { resultJson: JSON.stringify([...this.streams]) };
      case 'GET_PROPERTY':
        return { resultJson: String(this.combined) };
      case 'SET_PROPERTY':
        this.combined = request.value;
        return { resultJson: 'null' };
    }
  }

  /** Adds streams, or closes the connection if they would pass the stream limit. */
  #subscribe(names: readonly string[]): boolean {
    const added = [...new Set(names)].filter((name) => !this.streams.has(name));
    const { maxStreamsPerConnection } = this.#host.limits;
    if (this.streams.size + added.length > maxStreamsPerConnection) {
      if (!this.silenced) this.close(1008, `Too many streams: more than ${maxStreamsPerConnection} on one connection`);
      return false;
    }
    for (const name of added) this.streams.add(name);
    this.#host.subscribed(this, added);
    return true;
  }

  #record(at: number, frame: ParsedStreamFrame, text: string, error: StreamErrorPayload | undefined): void {
    this.#host.received({
      connectionId: this.origin.id,
      at,
      kind: frame.kind,
      text,
      ...(frame.method === undefined ? {} : { method: frame.method }),
      ...(frame.params === undefined ? {} : { params: frame.params }),
      ...(frame.id === undefined ? {} : { id: frame.id }),
      ...(error === undefined ? {} : { error }),
    });
  }

  #onClose(code: number, reason: string): void {
    this.#closing = true;
    this.#timers.stop();
    this.closedAt = Date.now();
    this.closeCode = code;
    this.closeReason = reason;
    this.#host.closed(this);
  }
}

function toText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString();
  return Buffer.isBuffer(data) ? data.toString() : Buffer.from(data).toString();
}
