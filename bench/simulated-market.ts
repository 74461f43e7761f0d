/**
 * Realistic flow: the dashboard's workload (per symbol a managed order book, trades, book ticker
 * and 24 h ticker, for BTCUSDT, ETHUSDT and BNBUSDT) fed by the fake exchange's market
 * simulator (random book changes and market orders trading against the live books), through the
 * SDK and through a hand-written baseline (`ws` + `JSON.parse` + a `Map` book), in the same run.
 * The figure is this process's CPU time per simulated event; each round checks that the client
 * received exactly what the fake sent. There is no target: a WARN line flags a large ratio.
 *
 * Run alone: `npx tsx bench/simulated-market.ts` (`BENCH_VERBOSE=1` prints every round;
 * `BENCH_SIM_STEPS`, `BENCH_SIM_CHUNK` and `BENCH_ROUNDS` set the sizes).
 */
import { performance } from 'node:perf_hooks';
import { BASELINE_DASHBOARD } from './simulated/baseline-dashboard.js';
import { DASHBOARD_SYMBOLS, type DashboardVariant } from './simulated/dashboard-workload.js';
import { runSimulatedRound, type SimulatedRound, type SimulatedRoundSetup } from './simulated/run-simulated-round.js';
import { SDK_DASHBOARD } from './simulated/sdk-dashboard.js';
import type { SimulatedRun } from './support/fake-exchange-protocol.js';
import { envInt, runIfMain } from './support/run-main.js';
import { formatCount, formatFixed, formatTable, median } from './support/stats.js';

/** SDK CPU per event above this many times the baseline's prints a WARN (no target is set). */
const WARN_RATIO = 3;
const VERBOSE = process.env['BENCH_VERBOSE'] === '1';
const VARIANTS: readonly DashboardVariant[] = [BASELINE_DASHBOARD, SDK_DASHBOARD];

/** Knobs of {@link runSimulatedMarket}. */
export interface SimulatedMarketOptions {
  /** Simulator steps measured per round (events per symbol). */
  readonly steps: number;
  /** Simulator steps before them in each round, unmeasured (fresh client: its code warms up). */
  readonly warmSteps: number;
  /** Steps between two `flush()`es of the fake (its frames leave corked, one write per chunk). */
  readonly chunk: number;
  /** Measured rounds per variant (a warm-up round comes first and is discarded). */
  readonly rounds: number;
  readonly seed: number;
}

/** Defaults: about 4 s of the fake's simulation per round, at its pace (≈ 600 events/s). */
export const DEFAULT_SIMULATED_MARKET_OPTIONS: SimulatedMarketOptions = {
  steps: envInt('BENCH_SIM_STEPS', 450),
  warmSteps: 100,
  chunk: envInt('BENCH_SIM_CHUNK', 10),
  rounds: envInt('BENCH_ROUNDS', 5),
  seed: 7,
};

/** What the bench found. */
export interface SimulatedMarketSummary {
  /** Failed rounds and warnings, one line each. */
  readonly failures: readonly string[];
}

/**
 * Runs the simulated-market benchmark and prints its table.
 *
 * @param options - sizes
 * @returns failed rounds and warnings
 */
export async function runSimulatedMarket(options: SimulatedMarketOptions = DEFAULT_SIMULATED_MARKET_OPTIONS): Promise<SimulatedMarketSummary> {
  const symbols = DASHBOARD_SYMBOLS;
  console.log(
    `\n== Simulated market, dashboard workload (${symbols.join(', ')}: OrderBook, Trade, BookTicker, Ticker each): ` +
      `${formatCount(options.steps * symbols.length)} simulator events per round, median of ${options.rounds} rounds after 1 warm-up ==`,
  );
  const started = performance.now();
  const setup: SimulatedRoundSetup = { symbols, steps: options.steps, warmSteps: options.warmSteps, chunk: options.chunk, seed: options.seed };
  const failures: string[] = [];
  const results = new Map<DashboardVariant, SimulatedRound[]>(VARIANTS.map((variant) => [variant, []]));
  for (let round = 0; round <= options.rounds; round++) {
    for (const variant of round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
      try {
        const result = await runSimulatedRound(variant, setup);
        if (VERBOSE) printRound(round, variant, result);
        if (round > 0) results.get(variant)?.push(result);
      } catch (error: unknown) {
        const line = `simulated market: round ${round} of ${variant.name} failed: ${error instanceof Error ? error.message : String(error)}`;
        console.log(`FAIL ${line}`);
        failures.push(line);
      }
    }
  }
  const markets = new Set([...results.values()].flat().map((r) => marketSignature(r.run)));
  if (markets.size > 1) failures.push(`simulated market: WARN the fake's market differed between rounds (${markets.size} variants of it): the variants were not fed the same events`);
  const baseline = cpuPerEvent(results.get(BASELINE_DASHBOARD) ?? []);
  const sdk = cpuPerEvent(results.get(SDK_DASHBOARD) ?? []);
  const ratio = sdk / baseline;
  if (ratio > WARN_RATIO) failures.push(`simulated market: WARN the SDK uses ${ratio.toFixed(2)}× the baseline's CPU per simulated event (> ${WARN_RATIO}×)`);
  printReport(results, baseline, options);
  const paired = pairedRatio(results.get(SDK_DASHBOARD) ?? [], results.get(BASELINE_DASHBOARD) ?? []);
  console.log(
    `SDK/baseline CPU per simulated event: ${formatFixed(ratio, 2)}× (medians; round by round: median ${formatFixed(paired, 2)}×; no target, WARN above ${WARN_RATIO}×)`,
  );
  for (const line of failures) if (line.includes('WARN')) console.log(line);
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return { failures };
}

/** What makes two runs the same market: frames per name, and each symbol's last ids (not times). */
function marketSignature(run: SimulatedRun): string {
  const streams = Object.entries(run.streams).map(([name, tally]) => `${name}:${tally.frames}:${tally.lastId ?? '-'}`);
  const symbols = Object.entries(run.symbols).map(([symbol, state]) => `${symbol}:${state.lastUpdateId}:${state.lastTradeId ?? '-'}`);
  return [run.events, ...streams.sort(), ...symbols.sort()].join(' ');
}

/** The median over rounds of the SDK's CPU per event over the baseline's in the same round (the two ran back to back). */
function pairedRatio(sdk: readonly SimulatedRound[], baseline: readonly SimulatedRound[]): number {
  const count = Math.min(sdk.length, baseline.length);
  const ratios = Array.from({ length: count }, (_, i) => cpuPerEvent([sdk[i] as SimulatedRound]) / cpuPerEvent([baseline[i] as SimulatedRound]));
  return median(ratios);
}

/** Median CPU µs per simulated event over rounds. */
function cpuPerEvent(rounds: readonly SimulatedRound[]): number {
  return median(rounds.map((r) => r.cpuUs / r.run.events));
}

function printRound(round: number, variant: DashboardVariant, r: SimulatedRound): void {
  console.log(
    `  round ${round}${round === 0 ? ' (warm-up)' : ''}  ${variant.name.padEnd(28)} ${formatFixed(r.cpuUs / r.run.events, 2).padStart(6)} CPU µs/event  ` +
      `${formatCount(r.frames)} frames  client CPU ${formatFixed((100 * r.cpuUs) / 1000 / r.wallMs, 0)}%  fake ${formatCount((r.run.events * 1000) / r.run.wallMs)} events/s`,
  );
}

function printReport(results: ReadonlyMap<DashboardVariant, readonly SimulatedRound[]>, baseline: number, options: SimulatedMarketOptions): void {
  const rows: string[][] = [];
  for (const variant of VARIANTS) {
    const rounds = results.get(variant) ?? [];
    const perEvent = rounds.map((r) => r.cpuUs / r.run.events);
    const own = median(perEvent);
    rows.push([
      variant.name,
      `${rounds.length}`,
      formatCount(median(rounds.map((r) => r.run.events))),
      formatCount(median(rounds.map((r) => r.frames))),
      formatFixed(own, 2),
      rounds.length === 0 ? '-' : `${formatFixed(Math.min(...perEvent), 2)}-${formatFixed(Math.max(...perEvent), 2)}`,
      formatFixed(median(rounds.map((r) => (1000 * r.cpuUs) / r.frames)), 0),
      `${formatFixed(own / baseline, 2)}×`,
      `${formatFixed(median(rounds.map((r) => (100 * r.cpuUs) / 1000 / r.wallMs)), 0)}%`,
      formatCount(median(rounds.map((r) => (r.run.events * 1000) / r.run.wallMs))),
      `${formatFixed(median(rounds.map((r) => (100 * r.run.cpuMs) / r.run.wallMs)), 0)}%`,
    ]);
  }
  console.log(
    formatTable(['variant', 'rounds', 'events', 'frames', 'CPU µs/event', 'min-max', 'CPU ns/frame', 'vs baseline', 'client CPU', 'fake events/s', 'fake CPU'], rows),
  );
  console.log(
    [
      `events: simulator events (book changes and market orders) per round; frames: values delivered to the consumers (one`,
      `  diff event per book change, one per trade, book tickers on top changes, tickers every 1/10 of the run). CPU: this`,
      `  process (all threads, GC included) from the simulate request to the last frame, median over rounds; vs baseline:`,
      `  CPU per event over the baseline's. client CPU: CPU over wall time (the fake sets the pace). Each round starts a`,
      `  fresh fake (seed ${options.seed}) and client: both variants get the same market, ${options.chunk} steps per corked write,`,
      `  ${options.warmSteps} steps per symbol unmeasured first; every round checks counts, last ids and best bid/ask against`,
      `  what the fake sent.`,
    ].join('\n'),
  );
}

runIfMain(module, () => runSimulatedMarket());
