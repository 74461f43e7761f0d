import type { Observable, Subscription } from 'rxjs';
import { SpotClient, SubType } from '../../lib/index.js';
import type { FakeExchangeProcess } from '../support/fake-exchange-process.js';
import { withTimeout } from '../support/run-main.js';

/** Counts of `events$` by type. */
export type EventCounts = Record<string, number>;

/** How one soak round subscribes. */
export interface RoundKind {
  readonly label: string;
  /** Wire names of the round, from the uppercase symbols. */
  names(symbols: readonly string[]): string[];
  /** The observable of one symbol. */
  stream$(spot: SpotClient, symbol: string): Observable<unknown>;
  /** Subscribers per stream. */
  readonly subscribers: number;
}

/** Decoded trades, two subscribers per stream (shared decode, refcounted route). */
export const DECODED_TRADES: RoundKind = {
  label: 'stream$(Trade) ×2 subscribers',
  names: (symbols) => symbols.map((s) => `${s.toLowerCase()}@trade`),
  stream$: (spot, symbol) => spot.stream$(SubType.Trade, symbol),
  subscribers: 2,
};

/** Raw aggregate trades, one subscriber per stream. */
export const RAW_AGG_TRADES: RoundKind = {
  label: 'rawStream$(@aggTrade) ×1 subscriber',
  names: (symbols) => symbols.map((s) => `${s.toLowerCase()}@aggTrade`),
  stream$: (spot, symbol) => spot.rawStream$(`${symbol.toLowerCase()}@aggTrade`),
  subscribers: 1,
};

/** A SpotClient under soak: its `events$` counted, its rounds driven against the fake. */
export class SoakClient {
  readonly spot: SpotClient;
  readonly events: EventCounts = {};
  readonly #fake: FakeExchangeProcess;
  readonly #eventsSubscription: Subscription;
  readonly #problems: string[] = [];

  constructor(fake: FakeExchangeProcess, lingerMs: number) {
    this.#fake = fake;
    this.spot = new SpotClient({ streamHost: fake.streamHost, connectionLinger: lingerMs });
    this.#eventsSubscription = this.spot.events$.subscribe((event) => {
      this.events[event.type] = (this.events[event.type] ?? 0) + 1;
      if (event.type === 'decodeError' || event.type === 'reconnectScheduled') this.#problems.push(`${event.type} on ${event.connectionId}`);
    });
  }

  /** Sockets the client opened and has not seen closed (from `events$`). */
  get openSockets(): number {
    return (this.events['connecting'] ?? 0) - (this.events['closed'] ?? 0);
  }

  /** Problems seen on `events$` or by subscribers. */
  get problems(): readonly string[] {
    return this.#problems;
  }

  /**
   * One cycle: subscribe every stream, wait until the fake has them all, publish one message on
   * each and wait until every subscriber got it, unsubscribe all, wait until the connection is gone.
   */
  async round(kind: RoundKind, symbols: readonly string[]): Promise<void> {
    const names = kind.names(symbols);
    const expected = names.length * kind.subscribers;
    let delivered = 0;
    let resolveDelivered: () => void = () => undefined;
    const allDelivered = new Promise<void>((resolve) => {
      resolveDelivered = resolve;
    });
    const subscriptions: Subscription[] = [];
    for (const symbol of symbols) {
      for (let i = 0; i < kind.subscribers; i++) {
        let got = false;
        subscriptions.push(
          kind.stream$(this.spot, symbol).subscribe({
            next: () => {
              if (got) return;
              got = true;
              if (++delivered === expected) resolveDelivered();
            },
            error: (error: unknown) => this.#problems.push(`${symbol}: ${String(error)}`),
          }),
        );
      }
    }
    await this.#fake.call({ kind: 'awaitSubscribers', names, subscribers: 1, connections: 1, timeoutMs: 10_000 });
    await this.#fake.call({ kind: 'publishOnce', names });
    await withTimeout(allDelivered, 10_000, () => `${kind.label}: ${delivered} of ${expected} deliveries`);
    for (const subscription of subscriptions) subscription.unsubscribe();
    await this.idle(names);
  }

  /** Waits until the client's sockets are closed and the fake has no connection nor subscriber of `names`. */
  async idle(names: readonly string[]): Promise<void> {
    await this.#fake.call({ kind: 'awaitSubscribers', names, subscribers: 0, connections: 0, timeoutMs: 10_000 });
    const start = Date.now();
    while (this.openSockets > 0) {
      if (Date.now() - start > 10_000) throw new Error(`${this.openSockets} client socket(s) still open`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  async close(): Promise<void> {
    await this.spot.close();
    this.#eventsSubscription.unsubscribe();
  }
}
