/**
 * Ticker operators: RxJS on live 24 h tickers of the simulated exchange.
 *
 * Starts `FakeBinance` with its market simulator (BTCUSDT and ETHUSDT trade on their own; the
 * `<symbol>@ticker` stream goes out once a second, as on Binance) and turns
 * `spot.stream$(SubType.Ticker, …)` into printed lines: the last price and its change
 * (`map`, `distinctUntilChanged` on `Big#eq`, `pairwise`), a moving average of the last prices
 * (`scan`), the 24 h statistics whenever new trades arrived (`distinctUntilKeyChanged`,
 * `throttleTime`) and the BTC/ETH ratio (`combineLatest`). It also prints the client's
 * connection events (`spot.events$`). Every number is a `Big`: no float touches a price.
 *
 * Run: `npx tsx samples/ticker-operators.ts [--duration <seconds>]` (until Ctrl-C without it).
 * Ctrl-C, or the end of `--duration`, closes the client and the fake and exits 0.
 */
import Big from 'big.js';
import {
  combineLatest,
  distinctUntilChanged,
  distinctUntilKeyChanged,
  filter,
  map,
  merge,
  pairwise,
  scan,
  Subscription,
  throttleTime,
  type Observable,
} from 'rxjs';
// In your project these two imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the sample imports the sources so it runs (and is type-checked) without a build.
import { SpotClient, SubType, type ConnectionEvent, type Ticker } from '../lib/index.js';
import { FakeBinance } from '../lib/testing/index.js';
import { runSample } from './support/run-options.js';

/** Prices of the last this many distinct tickers make the moving average. */
const SMA_LENGTH = 3;

/** Prices are printed with this many decimals (the symbols' tick size is 0.01). */
const DECIMALS = 2;

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

/** The last price of a ticker stream, each distinct value once. */
function lastPrice$(ticker$: Observable<Ticker>): Observable<Big> {
  return ticker$.pipe(
    map((ticker) => ticker.close),
    distinctUntilChanged((a, b) => a.eq(b)),
  );
}

/** Lines about one symbol: its price and change, its moving average, its 24 h statistics. */
function symbolLines$(symbol: string, ticker$: Observable<Ticker>): Observable<string> {
  const last$ = lastPrice$(ticker$);
  const change$ = last$.pipe(
    pairwise(),
    map(([prev, next]) => {
      const diff = next.minus(prev);
      const pct = diff.times(100).div(prev).toFixed(4);
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
  // the fake starts with a generated day of history; the simulated trades extend it
  const stats$ = ticker$.pipe(
    distinctUntilKeyChanged('tradeCount'),
    throttleTime(2000),
    map((t) => `[${symbol}] 24h ${t.tradeCount} trades, volume ${t.volume.toFixed()}, range ${t.low.toFixed(DECIMALS)}..${t.high.toFixed(DECIMALS)}, change ${t.priceChangePercent.toFixed(2)}%`),
  );
  return merge(change$, sma$, stats$);
}

runSample('ticker-operators', async ({ stopped }) => {
  const fake = await FakeBinance.start({ simulate: { symbols: ['BTCUSDT', 'ETHUSDT'], eventsPerSecond: 20 } });
  const spot = new SpotClient({ ...fake.hosts.spot });
  const subscriptions = new Subscription();
  try {
    subscriptions.add(spot.events$.subscribe((e) => console.log(`[event] ${describeEvent(e)}`)));

    // hot and shared: each ticker stream is subscribed once on the wire, however many pipes read it
    const btc$ = spot.stream$(SubType.Ticker, 'BTCUSDT');
    const eth$ = spot.stream$(SubType.Ticker, 'ETHUSDT');
    const ratio$ = combineLatest([lastPrice$(btc$), lastPrice$(eth$)]).pipe(
      map(([btc, eth]) => `[ratio] BTCUSDT/ETHUSDT ${btc.div(eth).toFixed(4)}`),
      distinctUntilChanged(),
    );
    subscriptions.add(merge(symbolLines$('BTCUSDT', btc$), symbolLines$('ETHUSDT', eth$), ratio$).subscribe((line) => console.log(line)));

    await stopped;
  } finally {
    // close() completes every stream and prints the closes; then nothing is left running
    await spot.close();
    subscriptions.unsubscribe();
    await fake.stop();
  }
});
