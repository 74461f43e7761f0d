/**
 * Options of the fake exchange's market simulator (`FakeBinance.start({ simulate })`);
 * everything is optional.
 *
 * @example
 * ```ts
 * import { FakeBinance } from 'binance-rx/testing';
 * const fake = await FakeBinance.start({ seed: 7, simulate: { symbols: ['BTCUSDT'], eventsPerSecond: 20 } });
 * ```
 */
export interface FakeSimulationOptions {
  /** The simulated symbols, all listed on the fake; default BTCUSDT, ETHUSDT and BNBUSDT. */
  readonly symbols?: readonly string[];
  /** Market events (book changes and trades) per symbol per second, 0.1 to 10 000; default 10. */
  readonly eventsPerSecond?: number;
  /** The share of events that are a trade (a simulated market order), 0 to 1; default 0.3. */
  readonly tradeShare?: number;
  /** Seed of the random walk; default the fake's `seed` (1). The same seed and steps replay exactly. */
  readonly seed?: number;
  /**
   * Whether the simulator runs on its own timers from the start (default `true`). With `false`
   * a test drives it with `fake.simulator.step()` and `publishPeriodic()`.
   */
  readonly autoStart?: boolean;
}

/** The simulator's symbols unless told otherwise. */
export const DEFAULT_SIMULATED_SYMBOLS: readonly string[] = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT'];
