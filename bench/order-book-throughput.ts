/**
 * Order books end to end: diff-depth events per second from the fake's socket to an emitted
 * book, for 1 and 100 symbols, through the SDK's managed book (`stream$(SubType.OrderBook)`:
 * decode, sequence checks, exact decimal order, an immutable book per event) against a baseline
 * in the same run: a raw `ws` client that `JSON.parse`s each frame into a `Map` per side, with
 * no snapshot, no checks and no ordering. The fake runs in its own process.
 *
 * Run alone: `npx tsx bench/order-book-throughput.ts` (`BENCH_VERBOSE=1` prints every round).
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { SpotClient, SubType } from '../lib/index.js';
import { BOOK_BENCH_SYMBOLS } from './orderbook/book-symbols.js';
import { FakeExchangeProcess } from './support/fake-exchange-process.js';
import { envInt, runIfMain, withTimeout } from './support/run-main.js';
import { formatCount, formatFixed, formatTable, median } from './support/stats.js';
import { MessageCounter } from './throughput/message-counter.js';

/** Ratio to the baseline the SDK's book should reach (issue 4). */
const TARGET_RATIO = 0.6;
const EVENTS = envInt('BENCH_BOOK_EVENTS', 100_000);
const ROUNDS = envInt('BENCH_ROUNDS', 5);
const CHUNK = 1000;
const VERBOSE = process.env['BENCH_VERBOSE'] === '1';

interface Variant {
  readonly name: string;
  /** Subscribes every symbol and resolves once each is ready to count events. */
  open(fake: FakeExchangeProcess, symbols: readonly string[], counter: MessageCounter): Promise<{ close(): Promise<void>; problems(): string[] }>;
}

/** The baseline: what a hand-written client does to keep books, nothing more. */
const BASELINE: Variant = {
  name: 'baseline ws+JSON.parse+Map',
  async open(fake, symbols, counter) {
    const books = new Map(symbols.map((s) => [s, { bids: new Map<string, string>(), asks: new Map<string, string>() }]));
    const socket = new WebSocket(`${fake.streamHost}/stream?streams=${symbols.map(depthStream).join('/')}`);
    const apply = (side: Map<string, string>, levels: [string, string][]): void => {
      for (const [price, quantity] of levels) {
        if (Number(quantity) === 0) side.delete(price);
        else side.set(price, quantity);
      }
    };
    socket.on('message', (data: Buffer) => {
      const { data: event } = JSON.parse(data.toString()) as { data: { s: string; b: [string, string][]; a: [string, string][] } };
      const book = books.get(event.s);
      if (book === undefined) return;
      apply(book.bids, event.b);
      apply(book.asks, event.a);
      counter.tick();
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return {
      problems: () => [],
      close: () =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.close(1000);
        }),
    };
  },
};

/** The SDK: one managed book per symbol, every emitted book read. */
const SDK: Variant = {
  name: 'stream$(OrderBook)',
  async open(fake, symbols, counter) {
    const origin = fake.streamHost.replace('ws://', '');
    const spot = new SpotClient({ streamHost: fake.streamHost, wsApiHost: `ws://${origin}/ws-api/v3`, restHost: `http://${origin}`, connectionLinger: 0 });
    const problems: string[] = [];
    const events = spot.events$.subscribe((e) => {
      if (e.type === 'orderBookResync' || e.type === 'decodeError' || e.type === 'reconnectScheduled') problems.push(`${e.type}${'reason' in e ? ` ${e.reason}` : ''}`);
    });
    const ready = new Set<string>();
    // snapshot depth: 1000 for one book; 100 for a hundred, to stay inside the request weight
    const limit = symbols.length === 1 ? 1000 : 100;
    const subscriptions = symbols.map((symbol) =>
      spot.stream$(SubType.OrderBook, symbol, { limit }).subscribe({
        next: (book) => {
          if (!ready.has(symbol)) {
            ready.add(symbol); // the snapshot book: not one of the counted events
            return;
          }
          // read the book as a consumer would
          if (book.bestBid === undefined) problems.push('empty book');
          counter.tick();
        },
        error: (error: unknown) => problems.push(`${symbol}: ${String(error)}`),
      }),
    );
    await withTimeout(
      (async () => {
        while (ready.size < symbols.length) await new Promise((r) => setTimeout(r, 20));
      })(),
      120_000,
      () => `only ${ready.size} of ${symbols.length} books synced`,
    );
    return {
      problems: () => [...problems],
      async close() {
        for (const s of subscriptions) s.unsubscribe();
        await spot.close();
        events.unsubscribe();
      },
    };
  },
};

function depthStream(symbol: string): string {
  return `${symbol.toLowerCase()}@depth`;
}

interface Round {
  readonly rate: number;
  readonly cpuNsPerEvent: number;
}

async function runRound(fake: FakeExchangeProcess, variant: Variant, symbols: readonly string[], key: string, seed: number): Promise<Round> {
  await fake.call({ kind: 'prepareBook', key, symbols, count: EVENTS, seed });
  const counter = new MessageCounter(EVENTS);
  const open = await variant.open(fake, symbols, counter);
  try {
    await fake.call({ kind: 'awaitSubscribers', names: symbols.map(depthStream), subscribers: 1, timeoutMs: 10_000 });
    const cpu = process.cpuUsage();
    const published = await fake.call({ kind: 'publishBook', key, chunk: CHUNK, cork: true });
    if (published.reached !== EVENTS) throw new Error(`${variant.name}: the fake reached ${published.reached} of ${EVENTS}`);
    const span = await withTimeout(counter.done, 60_000, () => `${variant.name}: ${counter.count} of ${EVENTS} events`);
    const used = process.cpuUsage(cpu);
    const problems = open.problems();
    if (problems.length > 0) throw new Error(`${variant.name}: ${problems.slice(0, 3).join('; ')}`);
    return { rate: ((EVENTS - 1) * 1000) / (span.lastAt - span.firstAt), cpuNsPerEvent: ((used.user + used.system) * 1000) / EVENTS };
  } finally {
    await open.close();
    await fake.call({ kind: 'awaitSubscribers', names: symbols.map(depthStream), subscribers: 0, connections: 0, timeoutMs: 10_000 });
  }
}

/** What the bench found. */
export interface BookThroughputSummary {
  readonly failures: readonly string[];
}

/** Runs the end-to-end order-book benchmark and prints its table. */
export async function runOrderBookThroughput(): Promise<BookThroughputSummary> {
  console.log(`\n== Order books end to end: ${formatCount(EVENTS)} diff events per round (≈3.5 level changes each), median of ${ROUNDS} rounds after 1 warm-up ==`);
  const started = performance.now();
  const fake = await FakeExchangeProcess.start({ spotSymbols: BOOK_BENCH_SYMBOLS });
  const failures: string[] = [];
  const rows: string[][] = [];
  try {
    for (const count of [1, 100]) {
      const symbols = BOOK_BENCH_SYMBOLS.slice(0, count).map((d) => d.symbol);
      const results = new Map<Variant, Round[]>([
        [BASELINE, []],
        [SDK, []],
      ]);
      for (let round = 0; round <= ROUNDS; round++) {
        for (const variant of round % 2 === 0 ? [BASELINE, SDK] : [SDK, BASELINE]) {
          const result = await runRound(fake, variant, symbols, `book-${count}-${round}-${variant.name}`, 1000 * round + count);
          if (VERBOSE) console.log(`  round ${round} ${count} symbol(s) ${variant.name.padEnd(28)} ${formatCount(result.rate).padStart(9)} events/s ${formatFixed(result.cpuNsPerEvent, 0)} CPU ns/event`);
          if (round > 0) results.get(variant)?.push(result);
        }
      }
      const base = results.get(BASELINE) as Round[];
      const baseRate = median(base.map((r) => r.rate));
      for (const variant of [BASELINE, SDK]) {
        const own = results.get(variant) as Round[];
        const rate = median(own.map((r) => r.rate));
        const ratio = rate / baseRate;
        const pass = variant === BASELINE || ratio >= TARGET_RATIO;
        if (!pass) failures.push(`order books: ${variant.name} at ${count} symbol(s) is ${ratio.toFixed(3)}× the baseline, target ≥ ${TARGET_RATIO}`);
        rows.push([
          variant.name,
          String(count),
          formatCount(rate),
          formatFixed(ratio, 3),
          formatFixed(median(own.map((r) => r.cpuNsPerEvent)), 0),
          variant === BASELINE ? '' : `≥ ${TARGET_RATIO}`,
          variant === BASELINE ? '' : pass ? 'PASS' : 'FAIL',
        ]);
      }
    }
  } finally {
    await fake.stop();
  }
  console.log(formatTable(['variant', 'symbols', 'events/s', 'vs baseline', 'CPU ns/event', 'target', ''], rows));
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return { failures };
}

runIfMain(module, () => runOrderBookThroughput());
