import type { FakeApiClock } from '../fake-api-clock.js';
import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiError } from '../fake-api-types.js';
import type { FakeApiTimeUnit } from '../time-unit.js';
import type { FakeUserEvent, FakeUserEventSink } from './fake-user-event.js';
import type { FakeUserStreamFilter, FakeUserStreamInfo } from './fake-user-stream-info.js';
import { eventStreamTerminated, userEventFrame } from './user-event-frame.js';

/** What the registry needs of a WebSocket-API connection. @internal */
export interface FakeUserStreamSession {
  readonly connectionId: string;
  /** The unit of the connection's timestamps (URL `timeUnit=`). */
  readonly timeUnit: FakeApiTimeUnit;
  /** Sends a text frame if the connection is open. */
  sendText(text: string): boolean;
}

/** The outcome of a subscription request. @internal */
export type FakeSubscribeResult = { readonly subscriptionId: number } | { readonly error: FakeApiError };

interface Subscription {
  readonly info: FakeUserStreamInfo;
  readonly session: FakeUserStreamSession;
}

interface ConnectionStreams {
  nextId: number;
  readonly subscriptions: Map<number, Subscription>;
}

/**
 * The User Data Stream subscriptions of every WebSocket-API connection of the fake, and the
 * delivery of account events to them (`spec/user-data.md` §1, `spec/spot-ws-api.md` §6.6).
 *
 * @remarks
 * Ids are per connection: 0, 1, … in order of subscription, never reused; once `maxIds` were
 * given out the connection gets -2042. One subscription per account per connection (-2035).
 * Ending a subscription (unsubscribe, logout, a test's terminate) sends it
 * `eventStreamTerminated`; a closed connection's subscriptions just vanish.
 *
 * Frames produced inside {@link FakeUserStreams.hold} (a WS-API request being handled) are sent
 * when it returns, so a request's response goes out before the events it caused.
 *
 * @internal
 */
export class FakeUserStreams {
  /** The fake's clock, shared with the request pipeline. */
  readonly clock: FakeApiClock;
  readonly #maxIds: number;
  readonly #connections = new Map<string, ConnectionStreams>();
  readonly #queue: (() => void)[] = [];
  #held = 0;

  /**
   * @param clock - the fake's clock (`since`, `eventStreamTerminated` times)
   * @param maxIds - subscription ids a connection may use in its lifetime (65 535 on Binance)
   */
  constructor(clock: FakeApiClock, maxIds: number) {
    this.clock = clock;
    this.#maxIds = maxIds;
  }

  /**
   * Subscribes an account on a connection.
   *
   * @returns the new id, or -2035 (the account is already subscribed there) / -2042 (ids used up)
   */
  subscribe(session: FakeUserStreamSession, apiKey: string, account: string, via: 'logon' | 'signature'): FakeSubscribeResult {
    const streams = this.#streamsOf(session.connectionId);
    if ([...streams.subscriptions.values()].some((s) => s.info.account === account)) return { error: FAKE_API_ERRORS.subscriptionActive };
    if (streams.nextId >= this.#maxIds) return { error: FAKE_API_ERRORS.maxSubscriptionIds };
    const subscriptionId = streams.nextId;
    streams.nextId += 1;
    const info = { connectionId: session.connectionId, subscriptionId, apiKey, account, via, since: this.clock.now() };
    streams.subscriptions.set(subscriptionId, { info, session });
    return { subscriptionId };
  }

  /**
   * Ends one subscription of a connection, or all of them.
   *
   * @param subscriptionId - the one to end; `undefined` ends every one
   * @returns `false` when there was nothing to end (-2036)
   */
  unsubscribe(connectionId: string, subscriptionId: number | undefined): boolean {
    const subscriptions = this.#connections.get(connectionId)?.subscriptions;
    if (subscriptions === undefined) return false;
    const ending = subscriptionId === undefined ? [...subscriptions.values()] : [subscriptions.get(subscriptionId)].flatMap((s) => s ?? []);
    ending.forEach((s) => this.#end(s));
    return ending.length > 0;
  }

  /** The ids of a connection's live subscriptions, ascending. */
  subscriptionIds(connectionId: string): readonly number[] {
    return [...(this.#connections.get(connectionId)?.subscriptions.keys() ?? [])].sort((a, b) => a - b);
  }

  /** Ends the subscription a connection made through its logon (`session.logout`, a new key). */
  endLogon(connectionId: string): void {
    this.terminate((s) => s.connectionId === connectionId && s.via === 'logon');
  }

  /** Forgets a closed connection's subscriptions (nothing can be sent any more). */
  connectionClosed(connectionId: string): void {
    this.#connections.delete(connectionId);
  }

  /**
   * Ends the selected subscriptions with `eventStreamTerminated`.
   *
   * @returns how many ended
   */
  terminate(filter?: FakeUserStreamFilter): number {
    const ending = this.#select(filter);
    ending.forEach((s) => this.#end(s));
    return ending.length;
  }

  /** The live subscriptions (all, or the selected ones), by connection then id. */
  infos(filter?: FakeUserStreamFilter): readonly FakeUserStreamInfo[] {
    return this.#select(filter).map((s) => s.info);
  }

  /** Whether any subscription listens to an account. */
  listening(account: string): boolean {
    return this.#all().some((s) => s.info.account === account);
  }

  /**
   * Sends events to every subscription of an account, in the `{subscriptionId, event}` envelope.
   *
   * @returns how many subscriptions they reached
   */
  deliver(account: string, events: readonly FakeUserEvent[]): number {
    const targets = this.#all().filter((s) => s.info.account === account);
    for (const event of events) for (const target of targets) this.#send(target, event);
    return targets.length;
  }

  /** The sink an account publishes its events to. */
  sinkFor(account: string): FakeUserEventSink {
    const listening = (): boolean => this.listening(account);
    return {
      get listening(): boolean {
        return listening();
      },
      publish: (events) => this.deliver(account, events),
    };
  }

  /**
   * Runs a request's handling with event frames held back until it returns (nested calls hold
   * until the outermost returns).
   *
   * @returns what `body` returns
   */
  hold<T>(body: () => T): T {
    this.#held += 1;
    try {
      return body();
    } finally {
      this.#held -= 1;
      if (this.#held === 0) this.#queue.splice(0).forEach((send) => send());
    }
  }

  #end(subscription: Subscription): void {
    this.#connections.get(subscription.info.connectionId)?.subscriptions.delete(subscription.info.subscriptionId);
    this.#send(subscription, eventStreamTerminated(this.clock.now()));
  }

  #send(subscription: Subscription, event: FakeUserEvent): void {
    const text = userEventFrame(subscription.info.subscriptionId, event, subscription.session.timeUnit);
    const send = (): void => void subscription.session.sendText(text);
    if (this.#held > 0) this.#queue.push(send);
    else send();
  }

  #streamsOf(connectionId: string): ConnectionStreams {
    let streams = this.#connections.get(connectionId);
    if (streams === undefined) {
      streams = { nextId: 0, subscriptions: new Map() };
      this.#connections.set(connectionId, streams);
    }
    return streams;
  }

  #all(): Subscription[] {
    return [...this.#connections.values()].flatMap((c) => [...c.subscriptions.values()].sort((a, b) => a.info.subscriptionId - b.info.subscriptionId));
  }

  #select(filter: FakeUserStreamFilter | undefined): Subscription[] {
    const all = this.#all();
    if (filter === undefined) return all;
    if (typeof filter === 'string') return all.filter((s) => s.info.apiKey === filter || s.info.account === filter);
    return all.filter((s) => filter(s.info));
  }
}
