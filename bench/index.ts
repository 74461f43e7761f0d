/**
 * `npm run bench`: throughput, where the time goes, order books (reducer and end to end), the
 * dashboard's workload on the fake's simulated market, and soak, in sequence, against the fake
 * exchange on 127.0.0.1 (never the real Binance). Missed targets print FAIL lines; the exit code
 * is non-zero only when a benchmark crashes.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { runDecodeCost } from './decode-cost.js';
import { runOrderBookReducer } from './order-book-reducer.js';
import { runOrderBookThroughput } from './order-book-throughput.js';
import { runSimulatedMarket } from './simulated-market.js';
import { runSoak } from './soak.js';
import { runStreamThroughput } from './stream-throughput.js';

async function main(): Promise<void> {
  const started = performance.now();
  const cores = cpus();
  console.log(`binance-rx benchmarks: Node ${process.version}, ${cores.length} CPU(s) (${cores[0]?.model ?? 'unknown'}), fake exchange on 127.0.0.1 in its own process`);
  const throughput = await runStreamThroughput();
  await runDecodeCost();
  const reducer = runOrderBookReducer();
  const books = await runOrderBookThroughput();
  const simulated = await runSimulatedMarket();
  const soak = await runSoak();
  const failures = [...throughput.failures, ...reducer.failures, ...books.failures, ...simulated.failures, ...soak.failures];
  console.log(`\n== Summary (${((performance.now() - started) / 1000).toFixed(0)} s) ==`);
  if (failures.length === 0) console.log('PASS all targets met, soak clean');
  for (const line of failures) console.log(line.includes('WARN') ? line : `FAIL ${line}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('benchmark crashed:', error);
    process.exit(1);
  },
);
