import type { FakeSimulationOptions, FakeSpotSymbolDefinition, FakeStreamOptions } from '../../lib/testing/index.js';

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
  /**
   * Drives the market simulator (start option `simulate`): `fake.simulator.step(chunk)` until
   * `steps` events per symbol are made (the last chunk may be shorter), `await fake.flush()`
   * after each chunk, and `publishPeriodic()` (tickers, klines, partial depth, …) after every
   * `periodicEvery` chunks and after the last one; default `periodicEvery`: a tenth of the
   * chunks, as if the run lasted 10 s of 1 s streams. `cork` as for `publish` (default true).
   */
  | { readonly kind: 'simulate'; readonly steps: number; readonly chunk: number; readonly periodicEvery?: number; readonly cork?: boolean }
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
  readonly simulate: SimulatedRun;
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

/** What the fake sent on one stream name during a `simulate` request. */
export interface SimulatedStreamTally {
  /** Frames published on the name. */
  readonly frames: number;
  /** Sum over frames of the connections each reached. */
  readonly reached: number;
  /**
   * The id of the last frame: `u` for `@depth` and `@bookTicker`, `t` for `@trade`, `L` for
   * `@ticker`; `undefined` when none was sent (or the name carries no id).
   */
  readonly lastId: number | undefined;
}

/** The truth about one simulated symbol once a `simulate` request is done. */
export interface SimulatedSymbolState {
  /** The live book's last update id. */
  readonly lastUpdateId: number;
  /** The last trade's id in the market's history (`undefined` if it has none). */
  readonly lastTradeId: number | undefined;
  /** Best bid and ask prices, wire text (`undefined` for an empty side). */
  readonly bestBid: string | undefined;
  readonly bestAsk: string | undefined;
}

/** The answer to `simulate`. */
export interface SimulatedRun {
  /** Simulator events made (book changes and market orders), over all symbols. */
  readonly events: number;
  /** `publishPeriodic()` calls. */
  readonly periodic: number;
  /** Sum over every frame sent on a name of `streams` of the connections it reached. */
  readonly reached: number;
  /** From the first `step` to the resolution of the last `flush()`. */
  readonly wallMs: number;
  /** CPU time (user + system) of the fake's process over the same span. */
  readonly cpuMs: number;
  /** Per stream name with at least one frame (diff depth: `<symbol>@depth` and `<symbol>@depth@100ms`). */
  readonly streams: Readonly<Record<string, SimulatedStreamTally>>;
  /** Per simulated symbol (upper case). */
  readonly symbols: Readonly<Record<string, SimulatedSymbolState>>;
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
  /** Seed of everything the fake generates (`FakeBinance.start({ seed })`). */
  readonly seed?: number;
  /** Runs the market simulator, driven by `simulate` requests only (its `autoStart` is forced off). */
  readonly simulate?: Omit<FakeSimulationOptions, 'autoStart'>;
}
