import { performance } from 'node:perf_hooks';
import type { FakeExchangeProcess } from '../support/fake-exchange-process.js';
import { withTimeout } from '../support/run-main.js';
import { median } from '../support/stats.js';
import { tradeStreamName } from '../support/trade-payloads.js';
import { openDiscardingSink } from './discarding-sink.js';
import { MessageCounter } from './message-counter.js';
import type { ThroughputVariant } from './throughput-variants.js';

/** What one round of one variant measured. */
export interface RoundResult {
  /** Messages per second, from the first message received to the last. */
  readonly rate: number;
  /** CPU time of this process over wall time, from the publish request to the last message. */
  readonly clientCpu: number;
  /** CPU time of this process over the same span, per message. */
  readonly cpuNsPerMsg: number;
  /** CPU time of the fake's process over its publishing time. */
  readonly serverCpu: number;
}

/** One round's inputs. */
export interface RoundSetup {
  readonly fake: FakeExchangeProcess;
  /** The payloads the fake prepared under this key. */
  readonly key: string;
  readonly symbols: readonly string[];
  readonly messages: number;
  readonly chunk: number;
}

/**
 * Opens the variant, waits until the fake has its subscription, has the fake publish every
 * prepared message, and counts them in; then closes the variant and waits until the fake has no
 * connection left.
 *
 * @throws when a message is lost, or the variant reports a problem
 */
export async function runRound(variant: ThroughputVariant, setup: RoundSetup): Promise<RoundResult> {
  const { fake, key, symbols, messages, chunk } = setup;
  const names = symbols.map(tradeStreamName);
  const counter = new MessageCounter(messages);
  const open = await variant.open({ streamHost: fake.streamHost, symbols, counter });
  try {
    await fake.call({ kind: 'awaitSubscribers', names, subscribers: 1, connections: 1, timeoutMs: 10_000 });
    const cpu = process.cpuUsage();
    const start = performance.now();
    const published = await fake.call({ kind: 'publish', key, chunk, cork: true });
    if (published.reached !== messages) throw new Error(`${variant.name}: the fake reached ${published.reached} of ${messages}`);
    const span = await withTimeout(counter.done, 20_000, () => `${variant.name}: received ${counter.count} of ${messages} messages`);
    const used = process.cpuUsage(cpu);
    const problems = open.problems();
    if (problems.length > 0) throw new Error(`${variant.name}: ${problems.slice(0, 3).join('; ')}`);
    const cpuUs = used.user + used.system;
    return {
      rate: ((messages - 1) * 1000) / (span.lastAt - span.firstAt),
      clientCpu: cpuUs / 1000 / (span.lastAt - start),
      cpuNsPerMsg: (cpuUs * 1000) / messages,
      serverCpu: published.cpuMs / published.wallMs,
    };
  } finally {
    await open.close();
    await fake.call({ kind: 'awaitSubscribers', names, subscribers: 0, connections: 0, timeoutMs: 10_000 });
  }
}

/**
 * What the fake can push: its send rate to a reader that costs nothing (bytes discarded
 * unparsed), and its rate per CPU-second; medians over `rounds` rounds after a warm-up.
 */
export async function measureServer(setup: RoundSetup, rounds: number): Promise<{ rate: number; cpuRate: number }> {
  const { fake, key, symbols, chunk } = setup;
  const names = symbols.map(tradeStreamName);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const sink = await openDiscardingSink(fake.port, `/stream?streams=${names.join('/')}`);
    try {
      await fake.call({ kind: 'awaitSubscribers', names, subscribers: 1, connections: 1, timeoutMs: 10_000 });
      const published = await fake.call({ kind: 'publish', key, chunk, cork: true });
      if (round === 0) continue;
      rates.push((published.sent * 1000) / published.wallMs);
      cpuRates.push((published.sent * 1000) / published.cpuMs);
    } finally {
      sink.close();
      await fake.call({ kind: 'awaitSubscribers', names, subscribers: 0, connections: 0, timeoutMs: 10_000 });
    }
  }
  return { rate: median(rates), cpuRate: median(cpuRates) };
}
