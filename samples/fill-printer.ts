/**
 * Fill printer: your fills as they happen, from the user-data stream, on the simulated exchange.
 *
 * Starts `FakeBinance` with its market simulator (the BTCUSDT book moves and trades on its own)
 * and a client with an API key registered on the fake, subscribes to `spot.stream$(SubType.User)`
 * and prints every TRADE execution report with its exact price and quantity, taker or maker.
 * The fills come from the market, not from the fake's controls: a MARKET buy takes the best ask
 * at once (taker); then the sample quotes both sides at the top of the book (GTC LIMIT orders at
 * the best bid and the best ask, read from `SubType.BookTicker`), and the simulated flow fills
 * them when it trades through their price (maker). A filled quote is replaced at the new top.
 * Ctrl-C or the end of `--duration` cancels the quotes left.
 *
 * Run: `npx tsx samples/fill-printer.ts [--duration <seconds>]` (until Ctrl-C without it).
 */
import { concatMap, filter, firstValueFrom, from, map, merge, of, race, shareReplay, Subscription, take, takeUntil } from 'rxjs';
// In your project these two imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the sample imports the sources so it runs (and is type-checked) without a build.
import { isExecutionReport, OrderSide, OrderStatus, OrderType, SpotClient, SubType, TimeInForce } from '../lib/index.js';
import { FakeBinance } from '../lib/testing/index.js';
import { fakeCredentials } from './support/fake-credentials.js';
import { runSample } from './support/run-options.js';

const SYMBOL = 'BTCUSDT';
/** Every order's size, an exact decimal string (BTCUSDT's lot step is 0.00001). */
const QUANTITY = '0.001';

runSample('fill-printer', async ({ stopped }) => {
  const fake = await FakeBinance.start({ simulate: { symbols: [SYMBOL], eventsPerSecond: 20 } });
  const spot = new SpotClient({ ...fake.hosts.spot, credentials: fakeCredentials(fake, 'fillsKey'.repeat(8)) });
  const stop$ = from(stopped);
  const subscriptions = new Subscription();
  try {
    // every fill of this account, as it happens
    // fills of orders placed before the subscription is live would not be reported: wait for it
    const live = firstValueFrom(race(stop$, spot.events$.pipe(filter((e) => e.type === 'userStreamSubscribed'))));
    const fills$ = spot.stream$(SubType.User).pipe(
      filter(isExecutionReport),
      filter((report) => report.executionType === 'TRADE'),
    );
    subscriptions.add(
      fills$.subscribe((fill) =>
        console.log(
          `[fill] ${fill.side} ${fill.lastExecutedQuantity.toFixed()} ${fill.symbol} @ ${fill.lastExecutedPrice.toFixed()} (order #${fill.orderId}, ${fill.orderStatus}, ${fill.isMaker ? 'maker' : 'taker'})`,
        ),
      ),
    );
    await live;

    // a taker fill: a MARKET buy takes the best ask (level by level if it is small)
    const bought = await firstValueFrom(spot.createOrder({ symbol: SYMBOL, side: OrderSide.Buy, type: OrderType.Market, quantity: QUANTITY }));
    console.log(`[order] #${bought.orderId} MARKET BUY ${QUANTITY} ${SYMBOL}: ${bought.status ?? '?'}`);

    // maker fills: a quote on each side at the top; when the flow fills one, quote that side again
    const top$ = spot.stream$(SubType.BookTicker, SYMBOL).pipe(shareReplay({ bufferSize: 1, refCount: true }));
    const refill$ = fills$.pipe(
      filter((fill) => fill.orderType === OrderType.Limit && fill.orderStatus === OrderStatus.Filled),
      map((fill) => fill.side),
    );
    const quoting$ = merge(of(OrderSide.Buy, OrderSide.Sell), refill$).pipe(
      takeUntil(stop$),
      // one placement at a time, each at the top as it is then
      concatMap((side) =>
        top$.pipe(
          take(1),
          concatMap((top) => {
            const price = (side === OrderSide.Buy ? top.bidPrice : top.askPrice).toFixed();
            return spot
              .createOrder({ symbol: SYMBOL, side, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: QUANTITY, price })
              .pipe(map((o) => `[quote] #${o.orderId} LIMIT ${side} ${QUANTITY} ${SYMBOL} @ ${price}: ${o.status ?? '?'}`));
          }),
        ),
      ),
    );
    await new Promise<void>((done, fail) => subscriptions.add(quoting$.subscribe({ next: (line) => console.log(line), error: fail, complete: done })));

    // leaving the user-data stream sends its unsubscribe; then no quote is left open
    subscriptions.unsubscribe();
    const open = await firstValueFrom(spot.getOpenOrders({ symbol: SYMBOL }));
    if (open.length > 0) await firstValueFrom(spot.cancelAllOrders({ symbol: SYMBOL }));
    console.log(`[fill-printer] canceled ${open.length} open quote(s)`);
  } finally {
    subscriptions.unsubscribe();
    await spot.close();
    await fake.stop();
  }
});
