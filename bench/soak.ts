/**
 * Soak: 10 000 subscribe/unsubscribe cycles against the fake exchange (in its own process),
 * then 2 × 10 000 synchronous subscribe+unsubscribe pairs on one name, and a check that heap and
 * handles are back to where they were.
 *
 * Run alone: `npx tsx --expose-gc bench/soak.ts`.
 */
import { performance } from 'node:perf_hooks';
import { SubType } from '../lib/index.js';
import { DECODED_TRADES, RAW_AGG_TRADES, SoakClient } from './soak/soak-client.js';
import { exposedGc, formatResources, resourceChanges, takeSnapshot, type ResourceSnapshot } from './soak/resource-snapshot.js';
import { FakeExchangeProcess } from './support/fake-exchange-process.js';
import { envInt, runIfMain } from './support/run-main.js';
import { formatFixed, formatTable, sleep } from './support/stats.js';
import { benchSymbols } from './support/trade-payloads.js';

/** Sizes of {@link runSoak}. */
export interface SoakOptions {
  readonly rounds: number;
  /** Distinct streams per round. */
  readonly streams: number;
  /** Synchronous subscribe+unsubscribe pairs per burst. */
  readonly burst: number;
  /** The client's `connectionLinger`. */
  readonly lingerMs: number;
  /** Allowed growth of heap used, after GC. */
  readonly heapMarginBytes: number;
}

/** Defaults; `SOAK_ROUNDS` overrides the round count. */
export const DEFAULT_SOAK_OPTIONS: SoakOptions = {
  rounds: envInt('SOAK_ROUNDS', 100),
  streams: 100,
  burst: 10_000,
  lingerMs: 20,
  heapMarginBytes: 5 * 1024 * 1024,
};

const BURST_SYMBOL = 'BTCUSDT';
const BURST_NAME = 'btcusdt@trade';
const ANCHOR_NAME = 'ethusdt@aggTrade';
const MB = 1024 * 1024;

/**
 * Runs the soak and prints baseline vs after with a PASS/FAIL line.
 *
 * @returns the failed checks
 */
export async function runSoak(options: SoakOptions = DEFAULT_SOAK_OPTIONS): Promise<{ readonly failures: readonly string[] }> {
  const cycles = options.rounds * options.streams;
  console.log(`\n== Soak: ${options.rounds} rounds × ${options.streams} streams (${cycles} subscribe/unsubscribe cycles) + 2 bursts of ${options.burst} sync pairs, connectionLinger ${options.lingerMs} ms ==`);
  const { gc, fromFlag } = exposedGc();
  if (!fromFlag) console.log('(gc() taken from V8 at run time: run with --expose-gc to use the flag)');
  const beforeAll = await takeSnapshot(gc);
  const fake = await FakeExchangeProcess.start();
  const client = new SoakClient(fake, options.lingerMs);
  const symbols = benchSymbols(options.streams);
  const allNames = [...DECODED_TRADES.names(symbols), ...RAW_AGG_TRADES.names(symbols), ANCHOR_NAME];
  const failures: string[] = [];
  const phases: string[][] = [];
  let baseline: ResourceSnapshot;
  let after: ResourceSnapshot;
  try {
    // warm-up: every code path once, so that lazy initialisation is not counted as growth
    await client.round(DECODED_TRADES, symbols);
    await client.round(RAW_AGG_TRADES, symbols);
    burst(client, 100);
    await client.idle([BURST_NAME]);
    baseline = await takeSnapshot(gc);
    const opened = client.events['connecting'] ?? 0;

    let start = performance.now();
    for (let round = 0; round < options.rounds; round++) await client.round(round % 2 === 0 ? DECODED_TRADES : RAW_AGG_TRADES, symbols);
    phases.push(['rounds', `${options.rounds} × ${options.streams} streams, a connection each`, formatFixed(performance.now() - start, 0)]);

    start = performance.now();
    burst(client, options.burst);
    await client.idle([BURST_NAME]);
    phases.push(['cold burst', `${options.burst} pairs, no connection open`, formatFixed(performance.now() - start, 0)]);

    start = performance.now();
    const anchor = client.spot.rawStream$(ANCHOR_NAME).subscribe();
    await fake.call({ kind: 'awaitSubscribers', names: [ANCHOR_NAME], subscribers: 1, connections: 1, timeoutMs: 10_000 });
    const subscribesBefore = (await fake.call({ kind: 'status', names: [BURST_NAME] })).subscribesNaming;
    burst(client, options.burst);
    await sleep(300); // more than a pacing slot: a control message for the burst name would have left
    const warm = await fake.call({ kind: 'status', names: [BURST_NAME] });
    if (warm.subscribesNaming !== subscribesBefore || warm.subscribedNames !== 0) {
      failures.push(`warm burst reached the wire: ${warm.subscribesNaming - subscribesBefore} SUBSCRIBE(s) naming ${BURST_NAME}`);
    }
    anchor.unsubscribe();
    await client.idle([ANCHOR_NAME, BURST_NAME]);
    phases.push(['warm burst', `${options.burst} pairs on an open connection`, formatFixed(performance.now() - start, 0)]);

    after = await takeSnapshot(gc);
    const status = await fake.call({ kind: 'status', names: allNames });
    const rows = [
      ['heap used (MB, after gc)', formatFixed(baseline.heapUsed / MB, 2), formatFixed(after.heapUsed / MB, 2), `growth ${formatFixed((after.heapUsed - baseline.heapUsed) / MB, 2)} MB < ${options.heapMarginBytes / MB} MB`],
      ['active resources', formatResources(baseline.resources), formatResources(after.resources), 'same counts'],
      ['client sockets open (events$)', '0', String(client.openSockets), '0'],
      ['fake connections open', '0', String(status.connectionCount), '0'],
      ['fake streams with subscribers', '0', String(status.subscribedNames), '0'],
    ];
    console.log(formatTable(['', 'baseline', 'after', 'expected'], rows));
    console.log(formatTable(['phase', 'what', 'ms'], phases));
    console.log(
      `connections opened during the soak: ${(client.events['connecting'] ?? 0) - opened}; fake saw ${status.methods['SUBSCRIBE'] ?? 0} SUBSCRIBE, ` +
        `${status.methods['UNSUBSCRIBE'] ?? 0} UNSUBSCRIBE, ${status.totalConnections} connections in all; events$: ` +
        Object.entries(client.events)
          .map(([type, n]) => `${type} ${n}`)
          .join(', '),
    );
    const growth = after.heapUsed - baseline.heapUsed;
    if (growth >= options.heapMarginBytes) failures.push(`heap grew by ${formatFixed(growth / MB, 2)} MB (limit ${options.heapMarginBytes / MB} MB)`);
    const changed = resourceChanges(baseline.resources, after.resources);
    if (changed.length > 0) failures.push(`active resources changed: ${changed.join(', ')}`);
    if (client.openSockets !== 0) failures.push(`${client.openSockets} client socket(s) still open`);
    if (status.connectionCount !== 0 || status.subscribedNames !== 0) failures.push(`the fake still has ${status.connectionCount} connection(s), ${status.subscribedNames} subscribed stream(s)`);
    failures.push(...client.problems.slice(0, 5));
  } finally {
    await client.close();
    await fake.stop();
  }
  const afterAll = await takeSnapshot(gc);
  const leftOver = resourceChanges(beforeAll.resources, afterAll.resources);
  console.log(`after close() and the fake's exit: ${formatResources(afterAll.resources)} (before the soak: ${formatResources(beforeAll.resources)})`);
  if (leftOver.length > 0) failures.push(`handles left after close(): ${leftOver.join(', ')}`);
  console.log(failures.length === 0 ? 'PASS soak: handles back to baseline, heap within margin' : `FAIL soak: ${failures.join('; ')}`);
  return { failures: failures.map((f) => `soak: ${f}`) };
}

/** `count` synchronous subscribe+unsubscribe pairs of one decoded stream. */
function burst(client: SoakClient, count: number): void {
  for (let i = 0; i < count; i++) client.spot.stream$(SubType.Trade, BURST_SYMBOL).subscribe().unsubscribe();
}

runIfMain(module, () => runSoak());
