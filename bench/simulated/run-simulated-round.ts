import { performance } from 'node:perf_hooks';
import { FakeExchangeProcess } from '../support/fake-exchange-process.js';
import type { SimulatedRun } from '../support/fake-exchange-protocol.js';
import { sleep } from '../support/stats.js';
import { type DashboardVariant, dashboardNames, type OpenDashboard } from './dashboard-workload.js';
import { verifyFlow } from './verify-flow.js';

/** One round's inputs. */
export interface SimulatedRoundSetup {
  /** Upper case, simulated by the fake. */
  readonly symbols: readonly string[];
  /** Simulator steps (events per symbol) measured. */
  readonly steps: number;
  /** Simulator steps before them, not measured: the variant's code reaches its steady state. */
  readonly warmSteps: number;
  /** Steps per `flush()` of the fake. */
  readonly chunk: number;
  /** Seed of the fake and its simulator: every round replays the same market. */
  readonly seed: number;
}

/** What one round of one variant measured. */
export interface SimulatedRound {
  /** The fake's answer (events, frames per name, its time). */
  readonly run: SimulatedRun;
  /** Frames delivered to the variant's consumers, all names. */
  readonly frames: number;
  /** CPU time (user + system) of this process, from the simulate request to the last frame, µs. */
  readonly cpuUs: number;
  /** Wall time over the same span, ms. */
  readonly wallMs: number;
}

const DRAIN_TIMEOUT_MS = 30_000;
/**
 * Idle time before the measured span: V8 finishes on its own threads (which
 * `process.cpuUsage()` counts) the compilations the warm-up queued. No `gc()` here: a forced
 * full collection throws the SDK's optimized code away, and the measured span then pays for
 * recompiling it (twice the CPU per event in trials).
 */
const SETTLE_MS = 200;

/**
 * Runs the workload once against a fresh fake (same seed: the same market every round): the
 * variant subscribes, the fake makes `warmSteps` events per symbol (unmeasured), then `steps`,
 * while this process's CPU time is taken until every frame the fake sent is in; what arrived in
 * each part is checked against what was sent.
 *
 * @param variant - the client
 * @param setup - symbols, size, seed
 * @returns the round's figures
 * @throws {@link Error} when the variant did not receive exactly what the fake sent
 */
export async function runSimulatedRound(variant: DashboardVariant, setup: SimulatedRoundSetup): Promise<SimulatedRound> {
  const { symbols, steps, warmSteps, chunk, seed } = setup;
  const names = dashboardNames(symbols);
  const fake = await FakeExchangeProcess.start({ seed, simulate: { symbols, seed } });
  try {
    const open = await variant.open(fake, symbols);
    try {
      await fake.call({ kind: 'awaitSubscribers', names, subscribers: 1, connections: 1, timeoutMs: 10_000 });
      const warm = await fake.call({ kind: 'simulate', steps: warmSteps, chunk });
      await drained(open, names, warm);
      check(variant, [...open.problems(), ...verifyFlow(open, symbols, warm)], 'warm-up');
      const measured = since(open, names);
      await sleep(SETTLE_MS);
      const cpu = process.cpuUsage();
      const start = performance.now();
      const run = await fake.call({ kind: 'simulate', steps, chunk });
      await drained(measured, names, run);
      const used = process.cpuUsage(cpu);
      const wallMs = performance.now() - start;
      check(variant, [...open.problems(), ...verifyFlow(measured, symbols, run)], 'measured');
      return { run, frames: names.reduce((sum, name) => sum + measured.frames(name), 0), cpuUs: used.user + used.system, wallMs };
    } finally {
      await open.close();
    }
  } finally {
    await fake.stop();
  }
}

function check(variant: DashboardVariant, problems: readonly string[], part: string): void {
  if (problems.length > 0) throw new Error(`${variant.name}, ${part} part: received other than the fake sent: ${problems.slice(0, 6).join('; ')}`);
}

/** The variant's counts from now on (the last values stay as they are). */
function since(open: OpenDashboard, names: readonly string[]): OpenDashboard {
  const base = new Map(names.map((name) => [name, open.frames(name)]));
  const offset = (name: string): number => base.get(name) ?? 0;
  return {
    frames: (name) => open.frames(name) - offset(name),
    received: (name) => {
      const got = open.received(name);
      return { ...got, frames: got.frames - offset(name) };
    },
    problems: () => open.problems(),
    close: () => open.close(),
  };
}

/** Resolves once every name has delivered as many frames as the fake sent on it. */
async function drained(open: OpenDashboard, names: readonly string[], run: SimulatedRun): Promise<void> {
  const started = performance.now();
  const short = (): string[] => names.filter((name) => open.frames(name) < (run.streams[name]?.frames ?? 0));
  for (let missing = short(); missing.length > 0; missing = short()) {
    if (performance.now() - started > DRAIN_TIMEOUT_MS) {
      const name = missing[0] as string;
      throw new Error(`${missing.length} name(s) short after ${DRAIN_TIMEOUT_MS} ms, e.g. ${name}: ${open.frames(name)} of ${run.streams[name]?.frames ?? 0}`);
    }
    await sleep(1);
  }
}
