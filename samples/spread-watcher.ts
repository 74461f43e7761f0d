/**
 * Spread watcher: two managed order books at once, on the simulated exchange.
 *
 * Starts `FakeBinance` with its market simulator (BTCUSDT and ETHUSDT books change and trade on
 * their own) and follows both with `spot.stream$(SubType.OrderBook, …)`: each is a local book
 * synced by Binance's procedure (a depth snapshot plus the diff stream), emitted after every
 * update. `combineLatest` joins them and `auditTime` prints the latest pair four times a second:
 * each book's update id, mid price, spread (absolute and in basis points of the mid) and the
 * sizes at the top. Every number is an exact `Big`.
 *
 * Run: `npx tsx samples/spread-watcher.ts [--duration <seconds>]` (until Ctrl-C without it).
 * Ctrl-C, or the end of `--duration`, closes the client and the fake and exits 0.
 */
import { auditTime, combineLatest, map } from 'rxjs';
// In your project these two imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the sample imports the sources so it runs (and is type-checked) without a build.
import { type OrderBook, SpotClient, SubType } from '../lib/index.js';
import { FakeBinance } from '../lib/testing/index.js';
import { runSample } from './support/run-options.js';

/** Lines per second at most: a book changes far more often than anyone reads. */
const LINES_PER_SECOND = 4;

/** One book's line: `BTCUSDT #412 mid 65000.005 spread 0.01 (0.0015 bps) top 0.31 × 0.12`. */
function describe(symbol: string, book: OrderBook): string {
  const { bestBid, bestAsk, spread } = book;
  if (bestBid === undefined || bestAsk === undefined || spread === undefined) return `${symbol} #${book.lastUpdateId} (a side is empty)`;
  const mid = bestBid.price.plus(bestAsk.price).div(2);
  const bps = spread.div(mid).times(10_000).toFixed(4);
  return `${symbol} #${book.lastUpdateId} mid ${mid.toFixed()} spread ${spread.toFixed()} (${bps} bps) top ${bestBid.quantity.toFixed()} × ${bestAsk.quantity.toFixed()}`;
}

runSample('spread-watcher', async ({ stopped }) => {
  const fake = await FakeBinance.start({ simulate: { symbols: ['BTCUSDT', 'ETHUSDT'], eventsPerSecond: 20 } });
  const spot = new SpotClient({ ...fake.hosts.spot });
  try {
    // snapshots of 100 levels, diffs every 100 ms: plenty for the top of the book
    const btc$ = spot.stream$(SubType.OrderBook, 'BTCUSDT', { limit: 100, speed: 100 });
    const eth$ = spot.stream$(SubType.OrderBook, 'ETHUSDT', { limit: 100, speed: 100 });
    const watching = combineLatest([btc$, eth$])
      .pipe(
        auditTime(1000 / LINES_PER_SECOND),
        map(([btc, eth]) => `${describe('BTCUSDT', btc)} | ${describe('ETHUSDT', eth)}`),
      )
      .subscribe({ next: (line) => console.log(line), error: (error: unknown) => console.error('order book failed:', error) });
    await stopped;
    watching.unsubscribe();
  } finally {
    await spot.close();
    await fake.stop();
  }
});
