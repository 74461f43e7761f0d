// Prints your fills as they happen, from the user-data stream, on the built-in fake exchange
// (no network, no real key): subscribes, places a market order and a crossing limit order, and
// prints each TRADE execution report with its exact price and quantity.
// Run: npx tsx samples/fill-printer.ts
import { generateKeyPairSync } from 'node:crypto';
import { filter, firstValueFrom, take, toArray } from 'rxjs';
import Big from 'big.js';
import { Credentials, isExecutionReport, OrderSide, OrderType, SpotClient, SubType, TimeInForce } from '../lib/index.js';
import { FakeBinance } from '../lib/testing/index.js';

async function main(): Promise<void> {
  const fake = await FakeBinance.start();
  // An Ed25519 key, registered with the fake as you would register its public key with Binance.
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const apiKey = 'fillsKey'.repeat(8).slice(0, 64);
  fake.addApiKey({ apiKey, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  const spot = new SpotClient({
    ...fake.hosts.spot,
    credentials: new Credentials({ apiKey, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }),
  });

  try {
    // every fill of this account, as it happens; the first two orders' fills are enough here
    const fills = spot.stream$(SubType.User).pipe(
      filter(isExecutionReport),
      filter((report) => report.executionType === 'TRADE'),
    );
    const printed = firstValueFrom(fills.pipe(take(2), toArray())); // a second subscriber: same wire subscription
    const subscription = fills.subscribe((fill) =>
      console.log(`${fill.side} ${fill.lastExecutedQuantity.toFixed()} ${fill.symbol} @ ${fill.lastExecutedPrice.toFixed()} (order #${fill.orderId}, ${fill.orderStatus})`),
    );
    // orders placed before the subscription is live would not be reported: wait for it on the fake
    while (fake.userStreamSubscriptions() === 0) await new Promise((resolve) => setTimeout(resolve, 10));

    await firstValueFrom(spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' }));
    const last = (await firstValueFrom(spot.getTickerPrice({ symbol: 'BTCUSDT' }))).price;
    const price = last.times(new Big('0.98')).round(2, Big.roundDown).toFixed(2); // a sell 2% under the market crosses
    await firstValueFrom(spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Sell, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: '0.001', price }));

    await printed;
    subscription.unsubscribe();
  } finally {
    await spot.close();
    await fake.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
