// Watches two managed order books at once with combineLatest: the mid price and the spread of
// BTCUSDT and ETHUSDT, on the built-in fake exchange (no network, no key).
// Run: npx tsx samples/spread-watcher.ts
import { combineLatest, map, take } from 'rxjs';
import { type OrderBook, SpotClient, SubType } from '../lib/index.js';
import { FakeBinance, seededRandom } from '../lib/testing/index.js';

/** The mid price of a book, exact (`Big`), or `-` when a side is empty. */
function mid(book: OrderBook): string {
  const { bestBid, bestAsk } = book;
  return bestBid === undefined || bestAsk === undefined ? '-' : bestBid.price.plus(bestAsk.price).div(2).toFixed(2);
}

async function main(): Promise<void> {
  const fake = await FakeBinance.start();
  const spot = new SpotClient({ ...fake.hosts.spot });
  // a live market on the fake: both books change every 20 ms
  const random = seededRandom(42);
  const market = setInterval(() => {
    fake.orderBook('BTCUSDT').randomUpdate(random);
    fake.orderBook('ETHUSDT').randomUpdate(random);
  }, 20);

  const btc$ = spot.stream$(SubType.OrderBook, 'BTCUSDT', { limit: 100, speed: 100 });
  const eth$ = spot.stream$(SubType.OrderBook, 'ETHUSDT', { limit: 100, speed: 100 });
  try {
    await new Promise<void>((done, fail) => {
      combineLatest([btc$, eth$])
        .pipe(
          map(([btc, eth]) => `BTCUSDT #${btc.lastUpdateId} mid ${mid(btc)} spread ${btc.spread?.toFixed() ?? '-'} | ETHUSDT #${eth.lastUpdateId} mid ${mid(eth)} spread ${eth.spread?.toFixed() ?? '-'}`),
          take(10),
        )
        .subscribe({ next: (line) => console.log(line), error: fail, complete: done });
    });
  } finally {
    clearInterval(market);
    await spot.close();
    await fake.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
