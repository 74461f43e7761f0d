import { asyncScheduler, defer, EMPTY, expand, finalize, ignoreElements, type Observable, race, share, type Subscriber, timer } from 'rxjs';
import type { StreamSubscribeError } from '../errors/stream-errors.js';
import { redactUrl } from '../internal/redact.js';
import type { SocketClosure } from '../transport/socket/socket.js';
import { retryWithPolicy } from '../transport/socket/retry-with-policy.js';
import type { ConnectionEvent } from './connection-event.js';
import type { ShardConfig } from './shard-config.js';
import { StreamSession, type SessionEventBody, type SessionHost, type SessionSignal } from './stream-session.js';
import type { StreamRoute } from './stream-route.js';

/** What a shard needs from its multiplexer. @internal */
export interface ShardHooks {
  emit(event: ConnectionEvent): void;
  nextConnectionId(): string;
  /** Fires once when `close()` begins; idle connections then close without lingering. */
  readonly closing$: Observable<unknown>;
  /** A name left this shard (last subscriber gone, or rejected). */
  released(name: string): void;
  /** The shard's connection ended and nothing holds it. */
  idle(shard: StreamShard): void;
  socketOpened(): void;
  socketClosed(): void;
}

/**
 * One logical stream connection: the names it carries (at most `maxStreamsPerConnection`),
 * their subscribers, and the socket(s) serving them.
 *
 * @remarks
 * `link$` is the connection's life: shared and refcounted by the streams on it (each stream
 * subscribes to it), so the first stream opens the socket and the socket closes `lingerMs`
 * after the last one leaves. It reconnects by the retry policy, and when a session asks to be
 * replaced (server shutdown, 24 h limit) it opens the successor while the old socket still
 * delivers, and once every stream is confirmed on the new one, retires the old one as soon as
 * each stream has moved over without a gap or a duplicate (see `StreamHandoff`).
 *
 * @internal
 */
export class StreamShard implements SessionHost {
  readonly config: ShardConfig;
  readonly routes = new Map<string, StreamRoute>();
  readonly link$: Observable<never>;
  readonly #hooks: ShardHooks;
  readonly #sessions = new Set<StreamSession>();
  #primary: StreamSession | undefined;
  #lastSession: { id: string } | undefined;
  #resubscribing = false;

  constructor(config: ShardConfig, hooks: ShardHooks) {
    this.config = config;
    this.#hooks = hooks;
    this.link$ = defer(() => this.#startSession()).pipe(
      expand((signal) => (signal.type === 'replace' ? this.#startSession() : EMPTY)),
      retryWithPolicy(
        config.retryPolicy,
        ({ fails, delayMs, error }) => {
          this.#resubscribing = true;
          this.#emitAs(this.#lastSession?.id ?? config.label, { type: 'reconnectScheduled', attempt: fails, delayMs, error });
        },
        () => this.routes.size > 0,
      ),
      ignoreElements(),
      finalize(() => {
        this.#resubscribing = false;
        this.#hooks.idle(this);
      }),
      share({
        resetOnError: true,
        resetOnComplete: true,
        resetOnRefCountZero: () => race(timer(config.lingerMs), hooks.closing$),
      }),
    );
  }

  /** Whether another name fits on this connection. */
  get hasRoom(): boolean {
    return this.routes.size < this.config.maxStreamsPerConnection;
  }

  /**
   * Adds a subscriber of `name`; the first one of a name makes it wanted on the wire.
   *
   * @returns the detach function (the last one leaving makes the name unwanted)
   */
  attach(name: string, sink: Subscriber<unknown>): () => void {
    let route = this.routes.get(name);
    if (route === undefined) {
      const primary = this.#primary;
      // a name that left and came back before its UNSUBSCRIBE went out is still live on the wire
      route = { name, sinks: [], owner: primary?.isConfirmed(name) === true ? primary : undefined, handoff: undefined };
      this.routes.set(name, route);
      primary?.markDirty();
    }
    route.sinks.push(sink);
    const attached = route;
    return () => this.#detach(attached, sink);
  }

  /** Completes every stream of this shard (client `close()`). */
  completeAll(): void {
    for (const route of [...this.routes.values()]) for (const sink of [...route.sinks]) sink.complete();
  }

  isPrimary(session: StreamSession): boolean {
    return session === this.#primary;
  }

  sessionReady(session: StreamSession): void {
    for (const old of [...this.#sessions]) {
      if (old === session) continue;
      this.#emitAs(old.id, { type: 'replaced', reason: old.replaceReason ?? 'serverShutdown', replacementId: session.id });
      old.drain();
    }
    this.#retireDrained();
    if (this.#resubscribing) this.#emitAs(session.id, { type: 'resubscribed', streams: this.routes.size });
    this.#resubscribing = true; // any later session of this link is a resubscription
  }

  sessionEnded(session: StreamSession): void {
    this.#sessions.delete(session);
    for (const route of this.routes.values()) {
      if (route.handoff?.from === session) route.handoff.finish();
      else if (route.handoff?.to === session) route.handoff = undefined;
      if (route.owner === session) route.owner = undefined;
    }
    if (this.#primary === session) this.#primary = undefined;
  }

  failRoute(name: string, error: StreamSubscribeError): void {
    const route = this.routes.get(name);
    if (route === undefined) return;
    this.routes.delete(name);
    this.#hooks.released(name);
    for (const sink of [...route.sinks]) sink.error(error);
    this.#primary?.checkReady();
    this.#retireDrained();
  }

  handedOver(): void {
    this.#retireDrained();
  }

  emit(session: StreamSession, event: SessionEventBody): void {
    this.#emitAs(session.id, event);
  }

  socketOpened(): void {
    this.#hooks.socketOpened();
  }

  socketClosed(session: StreamSession, closure: SocketClosure): void {
    this.#emitAs(session.id, { type: 'closed', code: closure.code, reason: closure.reason, byClient: closure.byClient });
    this.#hooks.socketClosed();
  }

  /** The connection id currently delivering `name`, for events raised downstream. */
  ownerOf(name: string): string | undefined {
    const owner = this.routes.get(name)?.owner;
    return owner instanceof StreamSession ? owner.id : undefined;
  }

  #startSession(): Observable<SessionSignal> {
    const session = new StreamSession(this.#hooks.nextConnectionId(), this);
    this.#sessions.add(session);
    this.#primary = session;
    this.#lastSession = session;
    return session.run$();
  }

  #detach(route: StreamRoute, sink: Subscriber<unknown>): void {
    const index = route.sinks.indexOf(sink);
    if (index >= 0) route.sinks.splice(index, 1);
    if (route.sinks.length > 0 || this.routes.get(route.name) !== route) return;
    this.routes.delete(route.name);
    this.#hooks.released(route.name);
    this.#primary?.markDirty();
    this.#primary?.checkReady();
    this.#retireDrained();
  }

  /** Retires the replaced sessions that no longer deliver any stream. */
  #retireDrained(): void {
    for (const session of [...this.#sessions]) {
      if (!session.draining) continue;
      let delivers = false;
      for (const route of this.routes.values()) if (route.owner === session) delivers = true;
      if (!delivers) session.retire();
    }
  }

  #emitAs(connectionId: string, event: SessionEventBody): void {
    this.#hooks.emit({ ...event, connectionId, url: redactUrl(this.config.url), at: asyncScheduler.now() } as ConnectionEvent);
  }
}
