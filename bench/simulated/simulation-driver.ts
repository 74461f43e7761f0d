/**
 * The fake's side of the `simulate` request (run in the fake exchange's process): drives the
 * market simulator in chunks and tallies what went out on each stream name, so the bench can
 * check that a client received exactly that.
 */
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { FakeBinance, FakeMarketSimulator } from '../../lib/testing/index.js';
import type { FakeExchangeRequest, SimulatedRun, SimulatedStreamTally, SimulatedSymbolState } from '../support/fake-exchange-protocol.js';

type SimulateRequest = Extract<FakeExchangeRequest, { kind: 'simulate' }>;

/** A tally being counted. */
interface MutableTally {
  frames: number;
  reached: number;
  lastId: number | undefined;
}

/** The id a frame carries, by stream kind (see {@link SimulatedStreamTally.lastId}). */
function idOf(stream: string, payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const key = stream.endsWith('@trade') ? 't' : stream.endsWith('@bookTicker') ? 'u' : stream.endsWith('@ticker') ? 'L' : undefined;
  const id: unknown = key === undefined ? undefined : (payload as Record<string, unknown>)[key];
  return typeof id === 'number' ? id : undefined;
}

/**
 * Counts what the simulator publishes, and runs `simulate` requests.
 *
 * @remarks
 * Two taps, both in this process only: the simulator publishes trades, book tickers and the
 * periodic streams through `fake.publish`, which is wrapped here to count frames per name; the
 * live books publish their diff-depth events on their own, one per book change the market reports
 * without trades (`spotMarket.onChange`), which is counted instead. Should the fake change
 * either path, the counts fall short and every round fails loudly.
 */
export class SimulationDriver {
  readonly #fake: FakeBinance;
  readonly #simulator: FakeMarketSimulator;
  readonly #sockets: ReadonlySet<Socket>;
  #tallies = new Map<string, MutableTally>();

  /**
   * @param fake - the fake, started with `simulate` and `autoStart: false`
   * @param sockets - its accepted TCP sockets, corked while a chunk is made
   * @throws {@link Error} if the fake has no simulator
   */
  constructor(fake: FakeBinance, sockets: ReadonlySet<Socket>) {
    const simulator = fake.simulator;
    if (simulator === undefined) throw new Error('the fake was started without simulate');
    this.#fake = fake;
    this.#simulator = simulator;
    this.#sockets = sockets;
    const publish = fake.publish.bind(fake);
    fake.publish = (stream, payload, filter) => {
      const reached = publish(stream, payload, filter);
      const tally = this.#tally(stream);
      tally.frames += 1;
      tally.reached += reached;
      tally.lastId = idOf(stream, payload) ?? tally.lastId;
      return reached;
    };
    const lower = new Map(simulator.symbols.map((symbol) => [symbol, symbol.toLowerCase()]));
    fake.spotMarket.onChange((change) => {
      const name = lower.get(change.symbol);
      if (name === undefined || change.trades.length > 0) return;
      const lastUpdateId = fake.orderBook(change.symbol).lastUpdateId;
      for (const stream of [`${name}@depth`, `${name}@depth@100ms`]) {
        const subscribers = fake.subscribersOf(stream);
        if (subscribers === 0) continue;
        const tally = this.#tally(stream);
        tally.frames += 1;
        tally.reached += subscribers;
        tally.lastId = lastUpdateId;
      }
    });
  }

  /**
   * Runs one `simulate` request.
   *
   * @param request - steps per symbol, chunk, periodic cadence, corking
   * @returns what was made and sent, and the symbols' state after it
   * @throws {@link RangeError} for steps or chunk below 1
   */
  async run(request: SimulateRequest): Promise<SimulatedRun> {
    const { steps, chunk } = request;
    if (!Number.isInteger(steps) || steps < 1 || !Number.isInteger(chunk) || chunk < 1) throw new RangeError(`steps and chunk must be positive integers, got ${steps} and ${chunk}`);
    const chunks = Math.ceil(steps / chunk);
    const periodicEvery = request.periodicEvery ?? Math.max(1, Math.round(chunks / 10));
    const cork = request.cork ?? true;
    this.#tallies = new Map();
    const eventsBefore = this.#simulator.events;
    let periodic = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let done = 0, index = 1; done < steps; done += chunk, index++) {
      if (cork) for (const socket of this.#sockets) socket.cork();
      this.#simulator.step(Math.min(chunk, steps - done));
      if (index % periodicEvery === 0 || index === chunks) {
        this.#simulator.publishPeriodic();
        periodic += 1;
      }
      if (cork) for (const socket of this.#sockets) socket.uncork();
      await this.#fake.flush();
    }
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const streams: Record<string, SimulatedStreamTally> = Object.fromEntries(this.#tallies);
    return {
      events: this.#simulator.events - eventsBefore,
      periodic,
      reached: [...this.#tallies.values()].reduce((sum, tally) => sum + tally.reached, 0),
      wallMs,
      cpuMs: (used.user + used.system) / 1000,
      streams,
      symbols: Object.fromEntries(this.#simulator.symbols.map((symbol) => [symbol, this.#stateOf(symbol)])),
    };
  }

  #stateOf(symbol: string): SimulatedSymbolState {
    const top = this.#fake.orderBook(symbol).snapshot(1);
    const market = this.#fake.spotMarket;
    return {
      lastUpdateId: top.lastUpdateId,
      lastTradeId: market.tradeLog(symbol, this.#fake.serverTime()).trades.at(-1)?.id,
      bestBid: top.bids[0]?.[0],
      bestAsk: top.asks[0]?.[0],
    };
  }

  #tally(stream: string): MutableTally {
    let tally = this.#tallies.get(stream);
    if (tally === undefined) {
      tally = { frames: 0, reached: 0, lastId: undefined };
      this.#tallies.set(stream, tally);
    }
    return tally;
  }
}
