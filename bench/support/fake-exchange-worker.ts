/**
 * The fake exchange's own process (forked by {@link FakeExchangeProcess}): runs `FakeBinance`
 * and obeys the bench over IPC, so that what the bench measures is the client's CPU, not the
 * server's.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FakeBinance, SPOT_STREAM_EXAMPLES } from '../../lib/testing/index.js';
import { SimulationDriver } from '../simulated/simulation-driver.js';
import type {
  FakeExchangeEnvelope,
  FakeExchangeReady,
  FakeExchangeReply,
  FakeExchangeRequest,
  FakeExchangeResults,
  FakeExchangeStartOptions,
} from './fake-exchange-protocol.js';
import { tradePayloads, tradeStreamName } from './trade-payloads.js';

interface Prepared {
  readonly names: readonly string[];
  readonly payloads: readonly string[];
}

/** Diff-depth events planned on the symbols' live books, published round-robin. */
interface PreparedBook {
  readonly symbols: readonly string[];
  readonly count: number;
}

async function main(): Promise<void> {
  // The accepted TCP sockets (a documented diagnostics channel; FakeBinance keeps its own
  // private). Corking them while a chunk is published turns one write(2) per frame into one
  // writev(2) per chunk, like a real server's batching; without it the fake, not the client,
  // is the bottleneck.
  const sockets = new Set<Socket>();
  subscribe('net.server.socket', (message) => {
    const { socket } = message as { socket: Socket };
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const options = JSON.parse(process.argv[2] ?? '{}') as FakeExchangeStartOptions;
  const fake = await FakeBinance.start({
    ...(options.spotStreams === undefined ? {} : { spotStreams: options.spotStreams }),
    ...(options.spotSymbols === undefined ? {} : { spotSymbols: options.spotSymbols }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.simulate === undefined ? {} : { simulate: { ...options.simulate, autoStart: false } }),
  });
  const simulation = options.simulate === undefined ? undefined : new SimulationDriver(fake, sockets);
  const prepared = new Map<string, Prepared>();
  const preparedBooks = new Map<string, PreparedBook>();
  const methods: Record<string, number> = {};
  const subscribesOf = new Map<string, number>();
  fake.inbound$.subscribe((record) => {
    if (record.method === undefined) return;
    methods[record.method] = (methods[record.method] ?? 0) + 1;
    if (record.method === 'SUBSCRIBE' && Array.isArray(record.params)) {
      for (const name of record.params) if (typeof name === 'string') subscribesOf.set(name, (subscribesOf.get(name) ?? 0) + 1);
    }
  });

  const handle = async (request: FakeExchangeRequest): Promise<FakeExchangeResults[FakeExchangeRequest['kind']]> => {
    switch (request.kind) {
      case 'prepare': {
        const payloads = tradePayloads(request.symbols, request.count);
        prepared.set(request.key, { names: request.symbols.map(tradeStreamName), payloads });
        return { payloadBytes: payloads.reduce((sum, p) => sum + p.length, 0) };
      }
      case 'publish': {
        const set = prepared.get(request.key);
        if (set === undefined) throw new Error(`nothing prepared under ${request.key}`);
        const { names, payloads } = set;
        const cpu = process.cpuUsage();
        const start = performance.now();
        let reached = 0;
        for (let from = 0; from < payloads.length; from += request.chunk) {
          const to = Math.min(payloads.length, from + request.chunk);
          if (request.cork) for (const socket of sockets) socket.cork();
          for (let i = from; i < to; i++) reached += fake.publishRaw(names[i % names.length] as string, payloads[i] as string);
          if (request.cork) for (const socket of sockets) socket.uncork();
          await fake.flush();
        }
        const wallMs = performance.now() - start;
        const used = process.cpuUsage(cpu);
        return { sent: payloads.length, reached, wallMs, cpuMs: (used.user + used.system) / 1000 };
      }
      case 'prepareBook': {
        const n = request.symbols.length;
        let payloadBytes = 0;
        const firstUpdateIds: Record<string, number> = {};
        request.symbols.forEach((symbol, k) => {
          // events k, k + n, k + 2n, … of the round-robin
          const plan = fake.orderBook(symbol).plan(Math.max(0, Math.ceil((request.count - k) / n)), request.seed + k);
          payloadBytes += plan.payloadBytes;
          firstUpdateIds[symbol] = plan.firstUpdateId;
        });
        preparedBooks.set(request.key, { symbols: request.symbols, count: request.count });
        return { payloadBytes, firstUpdateIds };
      }
      case 'publishBook': {
        const set = preparedBooks.get(request.key);
        if (set === undefined) throw new Error(`no book events prepared under ${request.key}`);
        preparedBooks.delete(request.key);
        const books = set.symbols.map((symbol) => fake.orderBook(symbol));
        const cpu = process.cpuUsage();
        const start = performance.now();
        let reached = 0;
        for (let from = 0; from < set.count; from += request.chunk) {
          const to = Math.min(set.count, from + request.chunk);
          if (request.cork === true) for (const socket of sockets) socket.cork();
          for (let i = from; i < to; i++) reached += (books[i % books.length] as (typeof books)[number]).publishPlanned(1);
          if (request.cork === true) for (const socket of sockets) socket.uncork();
          await fake.flush();
        }
        const wallMs = performance.now() - start;
        const used = process.cpuUsage(cpu);
        return { sent: set.count, reached, wallMs, cpuMs: (used.user + used.system) / 1000 };
      }
      case 'publishOnce': {
        let reached = 0;
        for (const name of request.names) {
          const symbol = (name.split('@', 1)[0] ?? '').toUpperCase();
          const payload = name.endsWith('@trade')
            ? (tradePayloads([symbol], 1)[0] as string)
            : JSON.stringify({ ...SPOT_STREAM_EXAMPLES.aggTrade, s: symbol });
          reached += fake.publishRaw(name, payload);
        }
        return { reached };
      }
      case 'simulate':
        if (simulation === undefined) throw new Error('the fake was started without simulate');
        return simulation.run(request);
      case 'awaitSubscribers': {
        const start = performance.now();
        const settled = (): boolean =>
          request.names.every((name) => fake.subscribersOf(name) === request.subscribers) &&
          (request.connections === undefined || fake.connectionCount === request.connections);
        while (!settled()) {
          if (performance.now() - start > request.timeoutMs) {
            const off = request.names.filter((name) => fake.subscribersOf(name) !== request.subscribers);
            throw new Error(
              `timeout after ${request.timeoutMs} ms waiting for ${request.subscribers} subscriber(s) on ${request.names.length} name(s)` +
                ` (${off.length} off, e.g. ${off[0] ?? '-'}; ${fake.connectionCount} connection(s) open, wanted ${request.connections ?? 'any'})`,
            );
          }
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        return { waitedMs: performance.now() - start };
      }
      case 'status':
        return {
          connectionCount: fake.connectionCount,
          totalConnections: fake.totalConnections,
          subscribedNames: request.names.filter((name) => fake.subscribersOf(name) > 0).length,
          methods: { ...methods },
          subscribesNaming: request.names.reduce((sum, name) => sum + (subscribesOf.get(name) ?? 0), 0),
        };
      case 'stop':
        await fake.stop();
        return { stopped: true };
    }
  };

  const reply = (message: FakeExchangeReply): void => {
    process.send?.(message);
  };
  process.on('message', (message: FakeExchangeEnvelope) => {
    handle(message.request).then(
      (result) => {
        reply({ id: message.id, ok: true, result });
        if (message.request.kind === 'stop') process.disconnect();
      },
      (error: unknown) => reply({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  // the bench died or let go: nothing to serve any more
  process.on('disconnect', () => void fake.stop().then(() => process.exit(0)));
  const ready: FakeExchangeReady = { kind: 'ready', streamHost: fake.hosts.spot.streamHost, port: Number(new URL(fake.hosts.spot.streamHost).port) };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  console.error('fake exchange process failed:', error);
  process.exit(1);
});
