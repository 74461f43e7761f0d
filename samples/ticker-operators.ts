/**
 * Ticker operators: RxJS on live 24 h tickers, against the fake exchange.
 *
 * Starts `FakeBinance`, publishes a random walk of `24hrTicker` payloads for BTCUSDT and ETHUSDT
 * every 200 ms, and turns `spot.stream$(SubType.Ticker, …)` into printed lines: the last price
 * and its change (`distinctUntilChanged` on `Big#eq`, `pairwise`), a moving average of the last
 * prices (`scan`), a per-second digest (`bufferTime`) and the BTC/ETH ratio (`combineLatest`).
 * It also prints the client's connection events (`spot.events$`).
 *
 * Run: `npm start` (until Ctrl-C) or `npx tsx samples/ticker-operators.ts --duration 10`.
 * Ctrl-C, or the end of `--duration`, closes the client and the fake and exits 0.
 */
import Big from 'big.js';
import {
  bufferTime,
  combineLatest,
  distinctUntilChanged,
  filter,
  firstValueFrom,
  fromEvent,
  interval,
  map,
  merge,
  NEVER,
  pairwise,
  scan,
  Subscription,
  take,
  timer,
  type Observable,
} from 'rxjs';
// In your project these two imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the sample imports the sources so it runs (and is type-checked) without a build.
import { SpotClient, SubType, type ConnectionEvent, type TickerWire } from '../lib/index.js';
import { FakeBinance, SPOT_STREAM_EXAMPLES } from '../lib/testing/index.js';

/** Prices of the last this many distinct ticks make the moving average. */
const SMA_LENGTH = 5;
const TICK_MS = 200;
const DAY_MS = 86_400_000;

/** Prices are printed (and published) with this many decimals. */
const DECIMALS = 2;

/** One simulated market: a price that walks in whole steps, so no float ever touches it. */
interface Walk {
  readonly symbol: string;
  readonly stepSize: Big;
  readonly open: Big;
  price: Big;
  high: Big;
  low: Big;
  trades: number;
}

function newWalk(symbol: string, open: string, stepSize: string): Walk {
  const start = new Big(open);
  return { symbol, stepSize: new Big(stepSize), open: start, price: start, high: start, low: start, trades: 0 };
}

/** Moves the price by -10…+10 steps (0 now and then: `distinctUntilChanged` drops those). */
function step(walk: Walk): void {
  const steps = Math.floor(Math.random() * 21) - 10;
  walk.price = walk.price.plus(walk.stepSize.times(steps));
  if (walk.price.gt(walk.high)) walk.high = walk.price;
  if (walk.price.lt(walk.low)) walk.low = walk.price;
  walk.trades += 1 + Math.floor(Math.random() * 5);
}

/** Binance's `24hrTicker` payload for the walk's current state, every decimal a string. */
function tickerPayload(walk: Walk, now: number): TickerWire {
  const fixed = (n: Big): string => n.toFixed(DECIMALS);
  const change = walk.price.minus(walk.open);
  return {
    ...SPOT_STREAM_EXAMPLES.ticker,
    E: now,
    s: walk.symbol,
    p: fixed(change),
    P: change.times(100).div(walk.open).toFixed(2),
    w: fixed(walk.high.plus(walk.low).div(2)),
    x: fixed(walk.open),
    c: fixed(walk.price),
    Q: '0.01000000',
    b: fixed(walk.price.minus('0.01')),
    a: fixed(walk.price.plus('0.01')),
    o: fixed(walk.open),
    h: fixed(walk.high),
    l: fixed(walk.low),
    O: now - DAY_MS,
    C: now,
    F: 0,
    L: walk.trades - 1,
    n: walk.trades,
  };
}

/** `--duration <seconds>` (or `--duration=<seconds>`); `undefined` runs until Ctrl-C. */
function parseDuration(args: readonly string[]): number | undefined {
  const at = args.findIndex((a) => a === '--duration' || a.startsWith('--duration='));
  if (at < 0) return undefined;
  const arg = args[at] ?? '';
  const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
  const seconds = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--duration needs a positive number of seconds, got ${JSON.stringify(text ?? null)}`);
  }
  return seconds;
}

class UsageError extends Error {
  override readonly name = 'UsageError';
}

function describeEvent(e: ConnectionEvent): string {
  switch (e.type) {
    case 'closed':
      return `closed ${e.connectionId} code=${e.code ?? '-'} byClient=${e.byClient}`;
    case 'reconnectScheduled':
      return `reconnect ${e.connectionId} #${e.attempt} in ${e.delayMs} ms`;
    case 'resubscribed':
      return `resubscribed ${e.connectionId} (${e.streams} streams)`;
    case 'replaced':
      return `replaced ${e.connectionId} by ${e.replacementId} (${e.reason})`;
    case 'decodeError':
      return `decodeError on ${e.stream ?? '?'}: ${e.error.message}`;
    default:
      return `${e.type} ${e.connectionId} ${e.url}`;
  }
}

/** The last price of a symbol, each distinct value once. */
function lastPrice$(spot: SpotClient, symbol: string): Observable<Big> {
  return spot.stream$(SubType.Ticker, symbol).pipe(
    map((ticker) => ticker.close),
    distinctUntilChanged((a, b) => a.eq(b)),
  );
}

/** Lines about one symbol: its price and change, its moving average, a digest per second. */
function symbolLines$(symbol: string, last$: Observable<Big>): Observable<string> {
  const change$ = last$.pipe(
    pairwise(),
    map(([prev, next]) => {
      const diff = next.minus(prev);
      const pct = diff.times(100).div(prev).toFixed(3);
      const sign = diff.gte(0) ? '+' : '';
      return `[${symbol}] last ${next.toFixed(DECIMALS)} change ${sign}${diff.toFixed(DECIMALS)} (${sign}${pct}%)`;
    }),
  );
  const sma$ = last$.pipe(
    scan((window: readonly Big[], price) => [...window, price].slice(-SMA_LENGTH), []),
    filter((window) => window.length === SMA_LENGTH),
    map((window) => window.reduce((sum, p) => sum.plus(p), new Big(0)).div(window.length)),
    map((sma) => `[${symbol}] sma${SMA_LENGTH} ${sma.toFixed(DECIMALS)}`),
  );
  const perSecond$ = last$.pipe(
    bufferTime(1000),
    filter((prices) => prices.length > 0),
    map((prices) => {
      const high = prices.reduce((a, b) => (b.gt(a) ? b : a));
      const low = prices.reduce((a, b) => (b.lt(a) ? b : a));
      return `[${symbol}] 1s: ${prices.length} prices, range ${low.toFixed(DECIMALS)}..${high.toFixed(DECIMALS)}`;
    }),
  );
  return merge(change$, sma$, perSecond$);
}

async function main(): Promise<void> {
  const duration = parseDuration(process.argv.slice(2));
  const fake = await FakeBinance.start();
  const spot = new SpotClient({ ...fake.hosts.spot });
  console.log(`[sample] fake exchange on ${fake.hosts.spot.streamHost}; ${duration === undefined ? 'Ctrl-C to stop' : `running ${duration} s`}`);
  const walks = [newWalk('BTCUSDT', '65000.00', '2.50'), newWalk('ETHUSDT', '3200.00', '0.15')];

  // The first of: Ctrl-C, the end of --duration. take(1) removes the SIGINT listener, so a second
  // Ctrl-C during shutdown kills the process the default way.
  const stop$ = merge(fromEvent(process, 'SIGINT'), duration === undefined ? NEVER : timer(duration * 1000)).pipe(take(1));
  const stopped = firstValueFrom(stop$);
  const subscriptions = new Subscription();
  try {
    subscriptions.add(spot.events$.subscribe((e) => console.log(`[event] ${describeEvent(e)}`)));

    const btc$ = lastPrice$(spot, 'BTCUSDT');
    const eth$ = lastPrice$(spot, 'ETHUSDT');
    const ratio$ = combineLatest([btc$, eth$]).pipe(
      map(([btc, eth]) => `[ratio] BTCUSDT/ETHUSDT ${btc.div(eth).toFixed(4)}`),
      distinctUntilChanged(),
    );
    subscriptions.add(merge(symbolLines$('BTCUSDT', btc$), symbolLines$('ETHUSDT', eth$), ratio$).subscribe((line) => console.log(line)));

    // The exchange side: one ticker per symbol per tick, on `<symbol>@ticker`.
    const publisher = interval(TICK_MS).subscribe(() => {
      for (const walk of walks) {
        step(walk);
        fake.publish(`${walk.symbol.toLowerCase()}@ticker`, tickerPayload(walk, Date.now()));
      }
    });

    await stopped;
    console.log('[sample] stopping');
    publisher.unsubscribe();
  } finally {
    // close() completes every stream (bufferTime flushes its last buffer) and prints the closes.
    await spot.close();
    subscriptions.unsubscribe();
    await fake.stop();
  }
  console.log('[sample] stopped');
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `usage: ticker-operators [--duration <seconds>]\n${error.message}` : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
