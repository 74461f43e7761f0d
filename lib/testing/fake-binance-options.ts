import type { FakeSpotApiOptions } from './api/fake-api-options.js';
import type { FakeSpotSymbolDefinition } from './api/spot/fake-spot-market-symbols.js';
import type { FakeSimulationOptions } from './simulator/fake-simulation-options.js';
import type { FakeStreamOptions } from './streams/fake-stream-market-config.js';

/**
 * Options of {@link FakeBinance.start}; everything is optional.
 *
 * @example
 * ```ts
 * import { FakeBinance } from 'binance-rx/testing';
 * const fake = await FakeBinance.start({ spotStreams: { maxMessagesPerSecond: 50, pingIntervalMs: 100 } });
 * const limited = await FakeBinance.start({ spotApi: { requestWeightPerMinute: 100, ordersPer10s: 5 } });
 * ```
 */
export interface FakeBinanceOptions {
  /** Port of the spot server; 0 (the default) picks a free one. */
  readonly port?: number;
  /**
   * Limits and timing of the spot market streams, over Binance's (`SPOT_STREAM_LIMITS`): shrink
   * them to test reconnects fast, e.g. `{ pingIntervalMs: 50, pongTimeoutMs: 200 }`.
   */
  readonly spotStreams?: FakeStreamOptions;
  /**
   * Limits and timing of the spot WebSocket API and REST, over Binance's (`SPOT_API_LIMITS`):
   * e.g. `{ requestWeightPerMinute: 50 }` to reach 429 fast, `{ requestWeight: 20,
   * requestWeightInterval: { interval: 'SECOND', intervalNum: 1 } }` for a pool that refills
   * every second, `{ banMs: 5000 }` or `{ escalateToBan: false }` for the 418 escalation,
   * `{ pingIntervalMs: 100 }`.
   */
  readonly spotApi?: FakeSpotApiOptions;
  /**
   * The listed spot symbols (their prices, filters and books are generated from them); default
   * BTCUSDT, ETHUSDT, BNBUSDT, BNBBTC, LTCBTC, ETHBTC.
   */
  readonly spotSymbols?: readonly FakeSpotSymbolDefinition[];
  /** Seed of everything the fake generates (books, histories, the simulator); default 1. */
  readonly seed?: number;
  /**
   * Runs the market simulator (`fake.simulator`): `true` for its defaults (BTCUSDT, ETHUSDT,
   * BNBUSDT at 10 events per second each), or its options.
   */
  readonly simulate?: boolean | FakeSimulationOptions;
}

/** The hosts of one market, ready to spread into a client's options. */
export interface FakeMarketHosts {
  /** Market streams origin, e.g. `'ws://127.0.0.1:40123'` (the client appends `/ws` or `/stream`). */
  readonly streamHost: string;
  /** REST origin, e.g. `'http://127.0.0.1:40123'` (the client appends `/api/v3/…`). */
  readonly restHost: string;
  /** WebSocket-API URL, e.g. `'ws://127.0.0.1:40123/ws-api/v3'`. */
  readonly wsApiHost: string;
}

/** The hosts of every market of the fake. */
export interface FakeBinanceHosts {
  readonly spot: FakeMarketHosts;
}
