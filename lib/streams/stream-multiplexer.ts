import { asyncScheduler, Observable, ReplaySubject, Subject } from 'rxjs';
import type { DecodeError } from '../errors/decode-error.js';
import { redactUrl } from '../internal/redact.js';
import type { ConnectionEvent } from './connection-event.js';

/** What {@link StreamMultiplexer.reportOrderBookResync} reports. @internal */
export type OrderBookResyncReport = Omit<Extract<ConnectionEvent, { type: 'orderBookResync' }>, 'type' | 'connectionId' | 'url' | 'at'>;
import type { ShardConfig } from './shard-config.js';
import { StreamShard, type ShardHooks } from './stream-shard.js';

/**
 * All stream connections of one endpoint (a market, or one USDⓈ-M path): hands out one hot
 * observable per stream name, multiplexed over as few sockets as the per-connection stream cap
 * allows.
 *
 * @remarks
 * A name is subscribed on the wire while it has at least one subscriber, and unsubscribed when
 * the last one leaves; a socket opens with its first stream and closes `lingerMs` after its
 * last. Names go to the first connection with room, so 1500 names take two sockets.
 *
 * @internal
 */
export class StreamMultiplexer {
  /** Connection events of every socket of this endpoint. */
  readonly events$: Observable<ConnectionEvent>;
  readonly #config: ShardConfig;
  readonly #eventsSubject$ = new Subject<ConnectionEvent>();
  readonly #closingSubject$ = new ReplaySubject<void>(1);
  readonly #shards: StreamShard[] = [];
  readonly #shardOf = new Map<string, StreamShard>();
  readonly #hooks: ShardHooks;
  #connectionCount = 0;
  #openSockets = 0;
  #closed: Promise<void> | undefined;
  #resolveClosed: (() => void) | undefined;

  constructor(config: ShardConfig) {
    this.#config = config;
    this.events$ = this.#eventsSubject$.asObservable();
    this.#hooks = {
      emit: (event) => this.#eventsSubject$.next(event),
      nextConnectionId: () => `${config.label}#${++this.#connectionCount}`,
      closing$: this.#closingSubject$.asObservable(),
      released: (name) => this.#shardOf.delete(name),
      idle: (shard) => this.#dropIfIdle(shard),
      socketOpened: () => this.#openSockets++,
      socketClosed: () => {
        this.#openSockets--;
        this.#settleClose();
      },
    };
  }

  /** Streams with at least one subscriber. */
  get streamCount(): number {
    return this.#shardOf.size;
  }

  /** Logical connections (shards) currently held. */
  get shardCount(): number {
    return this.#shards.length;
  }

  /**
   * The payloads of one stream (the `data` of Binance's combined envelope), undecoded.
   *
   * @param name - the exact wire name, e.g. `btcusdt@trade`
   * @returns a hot observable: subscribing makes the name wanted, unsubscribing (of the last
   * subscriber) unwanted; completes on `close()`
   * @throws {@link StreamSubscribeError} if the server rejects the name
   * @throws {@link StreamAbandonedError} if the retry policy gives up
   */
  stream$(name: string): Observable<unknown> {
    return new Observable<unknown>((subscriber) => {
      if (this.#closed !== undefined) {
        subscriber.complete();
        return undefined;
      }
      const shard = this.#shardFor(name);
      const detach = shard.attach(name, subscriber);
      const link = shard.link$.subscribe({ error: (error: unknown) => subscriber.error(error) });
      return () => {
        detach();
        link.unsubscribe();
      };
    });
  }

  /** The id of the connection currently delivering `name`, if one is. */
  ownerOf(name: string): string | undefined {
    return this.#shardOf.get(name)?.ownerOf(name);
  }

  /** Reports a managed order book's resync on `events$`, as of the connection carrying `stream`. */
  reportOrderBookResync(stream: string, resync: OrderBookResyncReport): void {
    const connectionId = this.ownerOf(stream) ?? this.#config.label;
    this.#eventsSubject$.next({ type: 'orderBookResync', ...resync, connectionId, url: redactUrl(this.#config.url), at: asyncScheduler.now() });
  }

  /** Reports a payload of `stream` that failed its codec on `events$`. */
  reportDecodeError(stream: string, error: DecodeError): void {
    const connectionId = this.#shardOf.get(stream)?.ownerOf(stream) ?? this.#config.label;
    this.#eventsSubject$.next({
      type: 'decodeError',
      stream,
      error,
      connectionId,
      url: redactUrl(this.#config.url),
      at: asyncScheduler.now(),
    });
  }

  /**
   * Completes every stream, closes every socket (without lingering) and completes `events$`.
   *
   * @returns resolves once every socket is closed
   */
  close(): Promise<void> {
    if (this.#closed !== undefined) return this.#closed;
    this.#closed = new Promise<void>((resolve) => {
      this.#resolveClosed = resolve;
    });
    this.#closingSubject$.next();
    this.#closingSubject$.complete();
    for (const shard of [...this.#shards]) shard.completeAll();
    this.#settleClose();
    return this.#closed;
  }

  #shardFor(name: string): StreamShard {
    const known = this.#shardOf.get(name);
    if (known !== undefined) return known;
    let shard = this.#shards.find((s) => s.hasRoom);
    if (shard === undefined) {
      shard = new StreamShard(this.#config, this.#hooks);
      this.#shards.push(shard);
    }
    this.#shardOf.set(name, shard);
    return shard;
  }

  #dropIfIdle(shard: StreamShard): void {
    if (shard.routes.size > 0) return;
    const index = this.#shards.indexOf(shard);
    if (index >= 0) this.#shards.splice(index, 1);
  }

  #settleClose(): void {
    if (this.#resolveClosed === undefined || this.#openSockets > 0) return;
    const resolve = this.#resolveClosed;
    this.#resolveClosed = undefined;
    this.#eventsSubject$.complete();
    resolve();
  }
}
