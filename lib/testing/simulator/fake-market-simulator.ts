import Big from 'big.js';
import { ConfigError } from '../../errors/config-error.js';
import type { FakeSpotMarket } from '../api/spot/fake-spot-market.js';
import { floorTo } from '../api/spot/market-decimal.js';
import { planTaker } from '../api/spot/fake-spot-match.js';
import type { FakeOrderBook } from '../book/fake-order-book.js';
import { seededRandom } from '../seeded-random.js';
import { DEFAULT_SIMULATED_SYMBOLS, type FakeSimulationOptions } from './fake-simulation-options.js';
import { SimulatedStreams, type StreamOutlet } from './simulated-streams.js';

/** What the simulator drives on the fake. @internal */
export interface SimulatorHost extends StreamOutlet {
  readonly market: FakeSpotMarket;
  /** A symbol's live book (made on first call). */
  orderBook(symbol: string): FakeOrderBook;
  /** The fake's server time. */
  now(): number;
}

/** Timer period of the event loop; faster rates run several events per period. */
const MIN_PERIOD_MS = 10;

/**
 * The fake exchange's market simulator: for a few symbols it evolves each live order book by a
 * seeded random walk (the symbol's tick and lot sizes, spreads of a tick or more) and sends
 * simulated market orders into it, which trade against the book like any order (the trades
 * enter the history and take their levels, and accounts' resting orders fill when the book
 * reaches them). Everything the spot streams carry is published from that one state: diff and
 * partial depth, trades and aggregate trades, book tickers, 24 h, mini and window tickers,
 * klines aggregated from the trades, average and reference prices.
 *
 * @remarks
 * Start it with `FakeBinance.start({ simulate: true })` (or options) and reach it as
 * `fake.simulator`. It runs on its own timers unless `autoStart: false`; then a test calls
 * {@link FakeMarketSimulator.step} and {@link FakeMarketSimulator.publishPeriodic}. The same
 * seed and the same calls give the same market. `fake.stop()` stops it.
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * import { FakeBinance } from 'binance-rx/testing';
 *
 * const fake = await FakeBinance.start({ simulate: { symbols: ['BTCUSDT'], eventsPerSecond: 50 } });
 * const spot = new SpotClient({ ...fake.hosts.spot });
 * spot.stream$(SubType.Ticker, 'BTCUSDT').subscribe((t) => console.log(t.close.toFixed()));
 * ```
 */
export class FakeMarketSimulator {
  /** The simulated symbols. */
  readonly symbols: readonly string[];
  /** Events per symbol per second while running. */
  readonly eventsPerSecond: number;
  readonly #host: SimulatorHost;
  readonly #tradeShare: number;
  readonly #random: () => number;
  readonly #books = new Map<string, FakeOrderBook>();
  readonly #streams: SimulatedStreams;
  readonly #detach: () => void;
  #eventTimer: ReturnType<typeof setInterval> | undefined;
  #streamTimer: ReturnType<typeof setInterval> | undefined;
  #owed = 0;
  #ticks100 = 0;
  #events = 0;

  /**
   * Use `FakeBinance.start({ simulate })` instead.
   *
   * @param host - the fake's market, books, streams and clock
   * @param options - symbols, rate, trade share, seed, autoStart
   * @param defaultSeed - the fake's seed
   * @throws {@link ConfigError} for a symbol not listed or an option out of range
   *
   * @internal
   */
  constructor(host: SimulatorHost, options: FakeSimulationOptions, defaultSeed: number) {
    const symbols = options.symbols ?? DEFAULT_SIMULATED_SYMBOLS.filter((symbol) => host.market.hasSymbol(symbol));
    if (symbols.length === 0) throw new ConfigError('simulate.symbols must name at least one listed symbol.', 'simulate.symbols');
    for (const symbol of symbols) {
      if (!host.market.hasSymbol(symbol)) throw new ConfigError(`simulate.symbols: ${symbol} is not listed on the fake.`, 'simulate.symbols');
    }
    const rate = options.eventsPerSecond ?? 10;
    if (!(rate >= 0.1 && rate <= 10_000)) throw new ConfigError(`simulate.eventsPerSecond must be 0.1 to 10000, got ${rate}.`, 'simulate.eventsPerSecond');
    const share = options.tradeShare ?? 0.3;
    if (!(share >= 0 && share <= 1)) throw new ConfigError(`simulate.tradeShare must be 0 to 1, got ${share}.`, 'simulate.tradeShare');
    this.symbols = [...new Set(symbols)];
    this.eventsPerSecond = rate;
    this.#host = host;
    this.#tradeShare = share;
    this.#random = seededRandom(options.seed ?? defaultSeed);
    for (const symbol of this.symbols) this.#books.set(symbol, host.orderBook(symbol));
    this.#streams = new SimulatedStreams(host.market, this.#books, host);
    this.#detach = host.market.onChange((change) => this.#streams.onChange(change, host.now()));
    if (options.autoStart !== false) this.start();
  }

  /** Whether the simulator runs on its timers. */
  get running(): boolean {
    return this.#eventTimer !== undefined;
  }

  /** Events (book changes and trades) made so far, over all symbols. */
  get events(): number {
    return this.#events;
  }

  /** Starts the timers (no-op when running). */
  start(): void {
    if (this.#eventTimer !== undefined) return;
    const period = Math.max(MIN_PERIOD_MS, 1000 / this.eventsPerSecond);
    this.#eventTimer = setInterval(() => {
      this.#owed += (this.eventsPerSecond * period) / 1000;
      const due = Math.floor(this.#owed);
      this.#owed -= due;
      this.step(due);
    }, period);
    this.#streamTimer = setInterval(() => {
      this.#ticks100 += 1;
      if (this.#ticks100 % 10 === 0) this.publishPeriodic();
      else this.#streams.every100ms();
    }, 100);
  }

  /** Stops the timers; the market stays as it is. Safe to call twice. */
  stop(): void {
    if (this.#eventTimer !== undefined) clearInterval(this.#eventTimer);
    if (this.#streamTimer !== undefined) clearInterval(this.#streamTimer);
    this.#eventTimer = undefined;
    this.#streamTimer = undefined;
  }

  /**
   * Makes `count` events for every simulated symbol now: each a random change of the book or,
   * with the trade share's chance, a market order of 5 % to 300 % of the symbol's typical size
   * on a random side.
   *
   * @param count - events per symbol; default 1
   * @throws {@link RangeError} for a negative count
   */
  step(count = 1): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
    for (let i = 0; i < count; i++) {
      for (const [symbol, book] of this.#books) {
        this.#events += 1;
        if (this.#random() < this.#tradeShare) this.#marketOrder(symbol);
        else book.randomUpdate(this.#random);
      }
    }
  }

  /** Publishes the periodic streams now (what the timers publish every second), e.g. after {@link step}. */
  publishPeriodic(): void {
    this.#streams.every100ms();
    this.#streams.everySecond(this.#host.now());
  }

  /** @internal Stops and leaves the market (the fake's `stop()`). */
  dispose(): void {
    this.stop();
    this.#detach();
  }

  #marketOrder(symbol: string): void {
    const market = this.#host.market;
    const def = market.definitionOf(symbol);
    if (def === undefined) return;
    const step = new Big(def.stepSize);
    const perMille = 50 + Math.floor(this.#random() * 2951);
    const qty = floorTo(new Big(def.typicalQty).times(perMille).div(1000), step);
    if (qty.lte(0)) return;
    const side = this.#random() < 0.5 ? 'BUY' : 'SELL';
    const liquidity = market.liquidity(symbol);
    const plan = planTaker(liquidity, side, undefined, { qty });
    if (plan.takes.length > 0) liquidity.take(side, plan.takes, this.#host.now());
  }
}
