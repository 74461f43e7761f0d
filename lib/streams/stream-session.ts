import { asyncScheduler, filter, ignoreElements, interval, map, merge, Observable, of, switchMap, timer, type Subscription } from 'rxjs';
import { DecodeError } from '../errors/decode-error.js';
import { StreamSubscribeError } from '../errors/stream-errors.js';
import { StaleStreamError } from '../errors/transport-errors.js';
import { openSocket, type FrameSink, type SocketClosure, type SocketHandle } from '../transport/socket/socket.js';
import type { ConnectionEvent, ReplaceReason } from './connection-event.js';
import { ConnectionLimits } from '../rate-limit/connection-limits.js';
import { controlError, ControlResponse } from './control-response.js';
import { planControlMessage } from './plan-control-message.js';
import { HANDOFF_TIMEOUT_MS, StreamHandoff } from './stream-handoff.js';
import type { ShardConfig } from './shard-config.js';
import { deliver, type StreamRoute } from './stream-route.js';

/** What a session tells its shard through its observable. @internal */
export type SessionSignal = { readonly type: 'healthy' } | { readonly type: 'replace'; readonly reason: ReplaceReason };

/** An event without the fields the session fills in. @internal */
export type SessionEventBody = ConnectionEvent extends infer E
  ? E extends ConnectionEvent
    ? Omit<E, 'connectionId' | 'url' | 'at'>
    : never
  : never;

/** The shard, as one of its sessions sees it. @internal */
export interface SessionHost {
  readonly config: ShardConfig;
  readonly routes: ReadonlyMap<string, StreamRoute>;
  isPrimary(session: StreamSession): boolean;
  /** Every wanted stream is confirmed on this session. */
  sessionReady(session: StreamSession): void;
  sessionEnded(session: StreamSession): void;
  failRoute(name: string, error: StreamSubscribeError): void;
  /** A stream has just moved to its replacement connection. */
  handedOver(): void;
  emit(session: StreamSession, event: SessionEventBody): void;
  socketOpened(): void;
  socketClosed(session: StreamSession, closure: SocketClosure): void;
}

interface WireEntry {
  readonly requestId: number;
  confirmed: boolean;
}

interface PendingControl {
  readonly method: 'SUBSCRIBE' | 'UNSUBSCRIBE' | 'LIST_SUBSCRIPTIONS';
  readonly names: readonly string[];
}

const HEALTHY: SessionSignal = { type: 'healthy' };
const SHUTDOWN_STREAM = '!serverShutdown';

/**
 * One physical stream connection: opens the socket, keeps the server's subscriptions equal to
 * the shard's wanted names through paced SUBSCRIBE/UNSUBSCRIBE, routes data frames to their
 * streams, and watches liveness and the connection's age.
 *
 * @remarks
 * `run$()` is cold: subscribing opens the socket, unsubscribing closes it. It emits `healthy`
 * on the first frame (the retry count restarts) and `replace` when the server announces a
 * shutdown or the connection nears Binance's 24 h limit; it errors with a transport error when
 * the connection dies, and completes when retired.
 *
 * @internal
 */
export class StreamSession {
  readonly id: string;
  readonly #host: SessionHost;
  readonly #onWire = new Map<string, WireEntry>();
  readonly #pending = new Map<number, PendingControl>();
  #probes: string[][] = [];
  /** Messages (paced) and streams of this connection, as the rate limiter sees them. */
  readonly #limits: ConnectionLimits;
  #retire: (() => void) | undefined;
  #socket: SocketHandle | undefined;
  #nextRequestId = 1;
  #flushTimer: Subscription | undefined;
  #drainTimer: Subscription | undefined;
  #frames = 0;
  #framesAtCheck = 0;
  #lastActivityAt = 0;
  #probedActivityAt = -1;
  #probeDue = false;
  #healthy = false;
  #replaceReason: ReplaceReason | undefined;
  #ready = false;

  constructor(id: string, host: SessionHost) {
    this.id = id;
    this.#host = host;
    const { messagesPerSecond, maxStreamsPerConnection, rateLimiter } = host.config;
    this.#limits = rateLimiter?.connection(id, messagesPerSecond, maxStreamsPerConnection) ?? new ConnectionLimits(messagesPerSecond, maxStreamsPerConnection);
  }

  /** Whether this session's subscription of `name` is confirmed by the server. */
  isConfirmed(name: string): boolean {
    return this.#onWire.get(name)?.confirmed === true;
  }

  /** Why this session asked to be replaced, if it did. */
  get replaceReason(): ReplaceReason | undefined {
    return this.#replaceReason;
  }

  /** The wanted names changed: plan a control message at the next pacing slot. */
  markDirty(): void {
    if (this.#socket === undefined || this.#flushTimer !== undefined) return;
    const delay = this.#limits.pacer.delayMs(asyncScheduler.now());
    this.#flushTimer = asyncScheduler.schedule(() => this.#flush(), delay);
  }

  /** Ends the session on purpose (its successor is ready): the socket closes with 1000. */
  retire(): void {
    this.#retire?.();
  }

  /** Whether it is replaced and only finishes handing its streams over. */
  get draining(): boolean {
    return this.#drainTimer !== undefined;
  }

  /**
   * Its successor confirmed every stream: it retires once none is still being handed over (the
   * shard sees to that), and after {@link HANDOFF_TIMEOUT_MS} at the latest.
   */
  drain(): void {
    if (this.#retire === undefined || this.#drainTimer !== undefined) return;
    this.#drainTimer = asyncScheduler.schedule(() => this.retire(), HANDOFF_TIMEOUT_MS);
  }

  /** Re-checks readiness after the wanted set shrank. */
  checkReady(): void {
    if (this.#ready || this.#socket === undefined || !this.#host.isPrimary(this)) return;
    for (const route of this.#host.routes.values()) {
      if (route.owner !== this && !(route.handoff?.to === this && this.isConfirmed(route.name))) return;
    }
    if (this.#host.routes.size === 0) return;
    this.#ready = true;
    this.#host.sessionReady(this);
  }

  run$(): Observable<SessionSignal> {
    return new Observable<SessionSignal>((subscriber) => {
      const { config } = this.#host;
      this.#retire = () => subscriber.complete();
      const sink: FrameSink = {
        frame: (text) => {
          this.#frames++;
          const signal = this.#onFrame(text) ?? this.#firstFrame();
          if (signal !== undefined) subscriber.next(signal);
        },
        heartbeat: () => {
          this.#frames++;
          const signal = this.#firstFrame();
          if (signal !== undefined) subscriber.next(signal);
        },
      };
      // a connection attempt counts against the IP's CONNECTIONS limit (it may wait for room)
      const subscription = (config.admitConnection?.() ?? of(undefined))
        .pipe(
          switchMap(() => {
            this.#host.emit(this, { type: 'connecting' });
            this.#host.socketOpened();
            return openSocket(config.url, config.webSocket, sink, { onClosed: (closure) => this.#host.socketClosed(this, closure) });
          }),
          switchMap((socket) => {
            this.#onOpen(socket);
            return merge(this.#liveness$(), this.#maxAge$());
          }),
        )
        .subscribe({
          next: (signal) => subscriber.next(signal),
          // recover deliberately: a connection being replaced may die before its successor is ready
          error: (error: unknown) => (this.#replaceReason !== undefined ? subscriber.complete() : subscriber.error(error)),
        });
      return () => {
        subscription.unsubscribe();
        this.#retire = undefined;
        this.#flushTimer?.unsubscribe();
        this.#flushTimer = undefined;
        this.#drainTimer?.unsubscribe();
        this.#drainTimer = undefined;
        this.#socket = undefined;
        this.#limits.release();
        this.#host.sessionEnded(this);
      };
    });
  }

  #onOpen(socket: SocketHandle): void {
    this.#socket = socket;
    this.#lastActivityAt = asyncScheduler.now();
    this.#host.emit(this, { type: 'open' });
    this.markDirty();
  }

  #firstFrame(): SessionSignal | undefined {
    if (this.#healthy) return undefined;
    this.#healthy = true;
    return HEALTHY;
  }

  #onFrame(text: string): SessionSignal | undefined {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch (cause) {
      this.#reportUnreadable(new DecodeError('JSON', text, [messageOf(cause)], { cause }));
      return undefined;
    }
    if (typeof message === 'object' && message !== null && !Array.isArray(message)) {
      const frame = message as { readonly stream?: unknown; readonly data?: unknown; readonly e?: unknown };
      const stream = frame.stream;
      if (typeof stream === 'string') {
        const route = this.#host.routes.get(stream);
        if (route !== undefined) {
          const { handoff } = route;
          // the other socket of a replacement delivers it
          if (handoff === undefined ? route.owner !== this : !handoff.hears(this)) return undefined;
          if (!('data' in frame)) this.#reportUnreadable(new DecodeError('StreamEnvelope', message, ['missing "data"']), stream);
          else if (handoff === undefined) deliver(route, frame.data);
          else if (handoff.take(this, text, frame.data)) this.#host.handedOver();
          return undefined;
        }
        if (stream === SHUTDOWN_STREAM) return this.#replace('serverShutdown');
        return undefined; // late data of a stream unsubscribed a moment ago
      }
      if ('id' in frame) {
        this.#onControlResponse(message);
        return undefined;
      }
      if (frame.e === 'serverShutdown') return this.#replace('serverShutdown');
    }
    this.#reportUnreadable(new DecodeError('StreamFrame', message, ['not a stream payload, control response or known event']));
    return undefined;
  }

  #reportUnreadable(error: DecodeError, stream?: string): void {
    this.#host.emit(this, { type: 'decodeError', stream, error });
  }

  #replace(reason: ReplaceReason): SessionSignal | undefined {
    if (this.#replaceReason !== undefined) return undefined;
    this.#replaceReason = reason;
    return { type: 'replace', reason };
  }

  #onControlResponse(message: unknown): void {
    const decoded = ControlResponse.decode(message);
    if (decoded._tag === 'Left') {
      this.#reportUnreadable(new DecodeError('ControlResponse', message, ['malformed control response']));
      return;
    }
    const response = decoded.right;
    const id = typeof response.id === 'number' ? response.id : Number(response.id);
    const pending = this.#pending.get(id);
    if (pending === undefined) return; // ids are per socket: nothing else can answer here
    this.#pending.delete(id);
    const error = controlError(response);
    if (pending.method === 'SUBSCRIBE') {
      if (error === undefined) this.#onSubscribed(pending.names, id);
      else this.#onSubscribeRejected(pending.names, id, error);
    }
    // UNSUBSCRIBE left the wire when sent; LIST_SUBSCRIPTIONS only proved the socket alive
  }

  #onSubscribed(names: readonly string[], requestId: number): void {
    const { routes } = this.#host;
    for (const name of names) {
      const entry = this.#onWire.get(name);
      if (entry === undefined || entry.requestId !== requestId) continue;
      entry.confirmed = true;
      const route = routes.get(name);
      // a stream in a handoff moves when both sockets line up
      if (route !== undefined && this.#host.isPrimary(this) && route.handoff?.to !== this) route.owner = this;
    }
    this.checkReady();
  }

  #onSubscribeRejected(names: readonly string[], requestId: number, error: { code: number; msg: string }): void {
    for (const name of names) if (this.#onWire.get(name)?.requestId === requestId) this.#onWire.delete(name);
    this.#limits.setStreams(this.#onWire.size);
    const [only] = names;
    if (names.length === 1 && only !== undefined) {
      this.#host.failRoute(only, new StreamSubscribeError(only, error.code, error.msg));
    } else {
      // the server answers the batch as a whole: split it until the offending names stand alone
      const open = names.filter((name) => this.#host.routes.has(name) && !this.#onWire.has(name));
      const half = Math.ceil(open.length / 2);
      if (open.length > 0) this.#probes.push(open.slice(0, half));
      if (open.length > half) this.#probes.push(open.slice(half));
    }
    this.markDirty();
  }

  #flush(): void {
    this.#flushTimer = undefined;
    const socket = this.#socket;
    if (socket === undefined || !this.#host.isPrimary(this)) return;
    const { routes, config } = this.#host;
    const plan = planControlMessage({ desired: routes, onWire: this.#onWire, probes: this.#probes, maxStreams: config.maxStreamsPerConnection });
    const id = this.#nextRequestId;
    if (plan !== undefined) {
      socket.send(JSON.stringify({ method: plan.method, params: plan.names, id }));
      this.#pending.set(id, plan);
      if (plan.method === 'SUBSCRIBE') {
        for (const name of plan.names) {
          this.#onWire.set(name, { requestId: id, confirmed: false });
          // the connection being replaced still delivers it: from now on both get its events
          const route = routes.get(name);
          if (route?.owner !== undefined && route.owner !== this && route.handoff?.to !== this) {
            route.handoff = new StreamHandoff(route, route.owner, this);
          }
        }
        this.#probes = this.#probes.filter((group) => group.some((name) => routes.has(name) && !this.#onWire.has(name)));
      } else {
        for (const name of plan.names) this.#onWire.delete(name);
      }
    } else if (this.#probeDue) {
      this.#probeDue = false;
      socket.send(JSON.stringify({ method: 'LIST_SUBSCRIPTIONS', id }));
      this.#pending.set(id, { method: 'LIST_SUBSCRIPTIONS', names: [] });
    } else {
      return;
    }
    this.#nextRequestId++;
    this.#limits.recordMessage(asyncScheduler.now());
    this.#limits.setStreams(this.#onWire.size);
    this.markDirty();
  }

  /** Errors with {@link StaleStreamError} after `streamTimeoutMs` without any frame. */
  #liveness$(): Observable<never> {
    const { streamTimeoutMs, url } = this.#host.config;
    const checkEveryMs = Math.min(1000, Math.max(10, Math.floor(streamTimeoutMs / 10)));
    return interval(checkEveryMs).pipe(
      map(() => {
        const now = asyncScheduler.now();
        if (this.#frames !== this.#framesAtCheck) {
          this.#framesAtCheck = this.#frames;
          this.#lastActivityAt = now;
          return;
        }
        const silentMs = now - this.#lastActivityAt;
        if (silentMs >= streamTimeoutMs) throw new StaleStreamError(url, silentMs);
        // browsers hide ping frames: ask the server something before calling it dead
        if (silentMs >= streamTimeoutMs / 2 && this.#probedActivityAt !== this.#lastActivityAt) {
          this.#probedActivityAt = this.#lastActivityAt;
          this.#probeDue = true;
          this.markDirty();
        }
      }),
      ignoreElements(),
    );
  }

  #maxAge$(): Observable<SessionSignal> {
    return timer(this.#host.config.maxConnectionAgeMs).pipe(
      map(() => this.#replace('maxAge')),
      filter((signal): signal is SessionSignal => signal !== undefined),
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
