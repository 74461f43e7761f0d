/**
 * Throughput: messages per second delivered to a subscriber, for 1 and 100 symbols, through a
 * plain `ws` + `JSON.parse` client (the baseline), `spot.rawStream$` and `spot.stream$(Trade)`.
 * The fake exchange runs in its own process; this process only receives.
 *
 * Run alone: `npx tsx bench/stream-throughput.ts` (`BENCH_VERBOSE=1` prints every round).
 */
import { FakeExchangeProcess } from './support/fake-exchange-process.js';
import { envInt, runIfMain } from './support/run-main.js';
import { formatCount, formatFixed, formatTable, median } from './support/stats.js';
import { benchSymbols } from './support/trade-payloads.js';
import { measureServer, runRound, type RoundResult, type RoundSetup } from './throughput/run-round.js';
import { BASELINE_VARIANT, RAW_STREAM_VARIANT, TRADE_STREAM_VARIANT, type ThroughputVariant } from './throughput/throughput-variants.js';

/** Knobs of {@link runStreamThroughput}. */
export interface ThroughputOptions {
  /** Messages per round. */
  readonly messages: number;
  /** Clean rounds wanted per variant (a warm-up round comes first and is discarded). */
  readonly rounds: number;
  /** Rounds at most, when a busy machine spoils some. */
  readonly maxRounds: number;
  readonly symbolCounts: readonly number[];
  /** Messages the fake publishes between two `flush()`es. */
  readonly chunk: number;
}

/** Defaults; `BENCH_MESSAGES` and `BENCH_ROUNDS` override the sizes. */
export const DEFAULT_THROUGHPUT_OPTIONS: ThroughputOptions = {
  messages: envInt('BENCH_MESSAGES', 200_000),
  rounds: envInt('BENCH_ROUNDS', 5),
  maxRounds: 2 * envInt('BENCH_ROUNDS', 5),
  symbolCounts: [1, 100],
  chunk: 1000,
};

const VERBOSE = process.env['BENCH_VERBOSE'] === '1';
const VARIANTS: readonly ThroughputVariant[] = [BASELINE_VARIANT, RAW_STREAM_VARIANT, TRADE_STREAM_VARIANT];
/** Ratio to the baseline each SDK variant should reach. */
const TARGETS: ReadonlyMap<ThroughputVariant, number> = new Map([
  [RAW_STREAM_VARIANT, 0.9],
  [TRADE_STREAM_VARIANT, 0.6],
]);
/** A round where this process had less of a core than this, while receiving, was disturbed. */
const CLEAN_CPU = 0.9;
/** The server should outpace the baseline client by this much, or the figures measure the server. */
const SERVER_HEADROOM = 1.5;

/** What the throughput bench found. */
export interface ThroughputSummary {
  /** One line per missed target or warning. */
  readonly failures: readonly string[];
}

/** The rounds of one variant at one symbol count, and the figures taken from them. */
interface VariantFigures {
  readonly rounds: readonly RoundResult[];
  /** Rounds with the client alone on its core; the figures come from these when there are enough. */
  readonly clean: boolean;
  readonly rate: number;
  readonly cpuNs: number;
}

/**
 * Runs the throughput benchmark and prints its table.
 *
 * @param options - sizes
 * @returns the missed targets and warnings
 */
export async function runStreamThroughput(options: ThroughputOptions = DEFAULT_THROUGHPUT_OPTIONS): Promise<ThroughputSummary> {
  console.log(`\n== Throughput: ${formatCount(options.messages)} trades per round, median of ${options.rounds} clean rounds after 1 warm-up ==`);
  const fake = await FakeExchangeProcess.start();
  const failures: string[] = [];
  const rows: string[][] = [];
  const serverRows: string[][] = [];
  try {
    for (const symbolCount of options.symbolCounts) {
      const symbols = benchSymbols(symbolCount);
      const setup: RoundSetup = { fake, key: `trades-${symbolCount}`, symbols, messages: options.messages, chunk: options.chunk };
      const { payloadBytes } = await fake.call({ kind: 'prepare', key: setup.key, symbols, count: options.messages });
      const server = await measureServer(setup, options.rounds);
      const figures = await measureVariants(setup, options);
      const baseline = figures.get(BASELINE_VARIANT) as VariantFigures;
      for (const variant of VARIANTS) {
        const own = figures.get(variant) as VariantFigures;
        const ratio = own.rate / baseline.rate;
        const cpuRatio = baseline.cpuNs / own.cpuNs;
        // without enough clean rounds the clock measured the other processes too: judge on CPU time
        const byCpu = !own.clean || !baseline.clean;
        const judged = byCpu ? cpuRatio : ratio;
        const target = TARGETS.get(variant);
        const pass = target === undefined || judged >= target;
        if (!pass) {
          failures.push(`throughput: ${variant.name} at ${symbolCount} symbol(s) is ${judged.toFixed(3)}× the baseline${byCpu ? ' (CPU ratio: machine busy)' : ''}, target ≥ ${target}`);
        }
        const rates = own.rounds.map((r) => r.rate);
        rows.push([
          variant.name,
          String(symbolCount),
          formatCount(own.rate),
          `${formatCount(Math.min(...rates))}-${formatCount(Math.max(...rates))}`,
          formatFixed(ratio, 3),
          formatFixed(own.cpuNs, 0),
          formatFixed(cpuRatio, 3),
          target === undefined ? '' : `≥ ${target}`,
          target === undefined ? '' : `${pass ? 'PASS' : 'FAIL'}${byCpu ? ' (cpu)' : ''}`,
          `${own.rounds.filter(isClean).length}/${own.rounds.length}`,
          `${formatFixed(100 * median(own.rounds.map((r) => r.clientCpu)), 0)}%`,
          `${formatFixed(100 * median(own.rounds.map((r) => r.serverCpu)), 0)}%`,
        ]);
      }
      const headroom = server.rate / baseline.rate;
      serverRows.push([
        String(symbolCount),
        formatCount(server.rate),
        formatCount(server.cpuRate),
        formatCount(baseline.rate),
        `${formatFixed(headroom, 2)}×`,
        headroom >= SERVER_HEADROOM ? 'ok' : 'WARN',
        formatFixed(payloadBytes / options.messages, 0),
      ]);
      if (headroom < SERVER_HEADROOM) {
        failures.push(`throughput: WARN the fake pushes only ${headroom.toFixed(2)}× the baseline's rate at ${symbolCount} symbol(s) (< ${SERVER_HEADROOM}×): the baseline may be server-bound`);
      }
    }
  } finally {
    await fake.stop();
  }
  printReport(rows, serverRows, failures);
  return { failures };
}

/**
 * Runs rounds of every variant, interleaved and in rotating order, until each has
 * `options.rounds` clean rounds or `options.maxRounds` were run.
 */
async function measureVariants(setup: RoundSetup, options: ThroughputOptions): Promise<Map<ThroughputVariant, VariantFigures>> {
  const results = new Map<ThroughputVariant, RoundResult[]>(VARIANTS.map((v) => [v, []]));
  const cleanCount = (variant: ThroughputVariant): number => (results.get(variant) ?? []).filter(isClean).length;
  for (let round = 0; round <= options.maxRounds; round++) {
    if (round > options.rounds && VARIANTS.every((v) => cleanCount(v) >= options.rounds)) break;
    for (let i = 0; i < VARIANTS.length; i++) {
      // rotate the order, so that no variant always runs right after another one
      const variant = VARIANTS[(i + round) % VARIANTS.length] as ThroughputVariant;
      const result = await runRound(variant, setup);
      if (VERBOSE) {
        console.log(
          `  round ${round}${round === 0 ? ' (warm-up)' : ''}  ${setup.symbols.length} symbol(s)  ${variant.name.padEnd(24)} ` +
            `${formatCount(result.rate).padStart(9)} msgs/s  ${formatFixed(result.cpuNsPerMsg, 0).padStart(5)} CPU ns/msg  client CPU ${formatFixed(100 * result.clientCpu, 0)}%`,
        );
      }
      if (round > 0) results.get(variant)?.push(result);
    }
  }
  const figures = new Map<ThroughputVariant, VariantFigures>();
  for (const variant of VARIANTS) {
    const rounds = results.get(variant) ?? [];
    const cleanRounds = rounds.filter(isClean);
    const clean = cleanRounds.length >= Math.min(3, options.rounds);
    const used = clean ? cleanRounds : rounds;
    figures.set(variant, { rounds, clean, rate: median(used.map((r) => r.rate)), cpuNs: median(rounds.map((r) => r.cpuNsPerMsg)) });
  }
  return figures;
}

function isClean(result: RoundResult): boolean {
  return result.clientCpu >= CLEAN_CPU;
}

function printReport(rows: string[][], serverRows: string[][], failures: readonly string[]): void {
  console.log(
    formatTable(
      ['variant', 'symbols', 'msgs/s', 'min-max msgs/s', 'ratio', 'CPU ns/msg', 'CPU ratio', 'target', 'verdict', 'clean', 'client CPU', 'server CPU'],
      rows,
    ),
  );
  console.log('\nServer side (the fake, in its own process), to a client that discards bytes unparsed:');
  console.log(formatTable(['symbols', 'server msgs/s', 'server msgs/CPU-s', 'baseline msgs/s', 'headroom', 'check', 'payload bytes'], serverRows));
  console.log(
    [
      'msgs/s: first to last message, median of the clean rounds; ratio: over the baseline\'s msgs/s at the same symbol count.',
      'CPU ns/msg: CPU time of this process (all its threads, GC included) per message, median of all rounds; CPU ratio:',
      '  the baseline\'s CPU ns/msg over the variant\'s. client CPU: CPU time over wall time while receiving; a round is',
      `  clean at ≥ ${100 * CLEAN_CPU}% (this process had a whole core). With fewer than 3 clean rounds the verdict uses`,
      `  the CPU ratio, marked (cpu). Server headroom (its msgs/s over the baseline's) should be ≥ ${SERVER_HEADROOM}×.`,
    ].join('\n'),
  );
  for (const line of failures) console.log(line.includes('WARN') ? line : `FAIL ${line}`);
}

runIfMain(module, () => runStreamThroughput());
