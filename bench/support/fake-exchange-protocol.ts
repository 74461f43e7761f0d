import type { FakeSpotSymbolDefinition, FakeStreamOptions } from '../../lib/testing/index.js';

/** What the bench process asks of the fake exchange process. */
export type FakeExchangeRequest =
  /** Serialises `count` trade payloads for `symbols` once, under `key`, before any timing. */
  | { readonly kind: 'prepare'; readonly key: string; readonly symbols: readonly string[]; readonly count: number }
  /**
   * Publishes the payloads prepared under `key` round-robin over their stream names with
   * `publishRaw`, as fast as the sockets drain: `chunk` messages, then `await fake.flush()`.
   * With `cork`, each chunk's frames leave in one `writev` (see the worker).
   */
  | { readonly kind: 'publish'; readonly key: string; readonly chunk: number; readonly cork: boolean }
  /**
   * Plans `count` random diff-depth events round-robin over `symbols` (uppercase, listed) with
   * `FakeOrderBook.plan`, under `key`, before any timing: event `i` belongs to `symbols[i % n]`,
   * symbol `k` is planned with seed `seed + k`. A later `prepareBook` naming a symbol replaces its plan.
   */
  | { readonly kind: 'prepareBook'; readonly key: string; readonly symbols: readonly string[]; readonly count: number; readonly seed: number }
  /**
   * Publishes the events planned under `key` in the same round-robin order (`publishPlanned(1)`
   * per event, on `<symbol>@depth` and `<symbol>@depth@100ms`), `chunk` events then
   * `await fake.flush()`, like `publish`; `cork` as there.
   */
  | { readonly kind: 'publishBook'; readonly key: string; readonly chunk: number; readonly cork?: boolean }
  /** Publishes one trade payload on each name (`@trade`) or one raw JSON text (other names). */
  | { readonly kind: 'publishOnce'; readonly names: readonly string[] }
  /** Resolves once every name has exactly `subscribers` subscribed connections (and `connections` are open, if given). */
  | {
      readonly kind: 'awaitSubscribers';
      readonly names: readonly string[];
      readonly subscribers: number;
      readonly connections?: number;
      readonly timeoutMs: number;
    }
  /** Counts of the server's state and of what clients sent. */
  | { readonly kind: 'status'; readonly names: readonly string[] }
  /** Stops the fake; the process then exits. */
  | { readonly kind: 'stop' };

/** The answer to each request kind. */
export interface FakeExchangeResults {
  readonly prepare: { readonly payloadBytes: number };
  readonly publish: {
    readonly sent: number;
    /** Sum over messages of the connections each reached. */
    readonly reached: number;
    /** From the first `publishRaw` to the resolution of the last `flush()`. */
    readonly wallMs: number;
    /** CPU time (user + system) of the fake's process over the same span. */
    readonly cpuMs: number;
  };
  readonly prepareBook: {
    readonly payloadBytes: number;
    /** `U` of each symbol's first planned event: a client's book is current from there. */
    readonly firstUpdateIds: Readonly<Record<string, number>>;
  };
  /** As `publish`: `sent` counts events, `reached` sums over both stream names. */
  readonly publishBook: FakeExchangeResults['publish'];
  readonly publishOnce: { readonly reached: number };
  readonly awaitSubscribers: { readonly waitedMs: number };
  readonly status: {
    readonly connectionCount: number;
    readonly totalConnections: number;
    /** Names of the request with at least one subscribed connection. */
    readonly subscribedNames: number;
    /** Control messages received, by method (`SUBSCRIBE`, `UNSUBSCRIBE`, …), over the whole run. */
    readonly methods: Readonly<Record<string, number>>;
    /** SUBSCRIBEs received that named one of the request's names. */
    readonly subscribesNaming: number;
  };
  readonly stop: { readonly stopped: true };
}

/** A request on the IPC channel. */
export interface FakeExchangeEnvelope {
  readonly id: number;
  readonly request: FakeExchangeRequest;
}

/** A reply on the IPC channel. */
export type FakeExchangeReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** The first message of the fake's process, once it listens. */
export interface FakeExchangeReady {
  readonly kind: 'ready';
  readonly streamHost: string;
  readonly port: number;
}

/** Options the bench passes to the fake's process (as JSON in argv). */
export interface FakeExchangeStartOptions {
  readonly spotStreams?: FakeStreamOptions;
  /** The listed spot symbols (for order books of many symbols). */
  readonly spotSymbols?: readonly FakeSpotSymbolDefinition[];
}
