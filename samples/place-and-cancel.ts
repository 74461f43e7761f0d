// Places a limit order and cancels it, on the built-in simulated exchange: no network, no real key.
// Run: npx tsx samples/place-and-cancel.ts
import { firstValueFrom, switchMap, tap } from 'rxjs';
import Big from 'big.js';
// In your project these two imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the sample imports the sources so it runs (and is type-checked) without a build.
import { ExecutionStatusUnknownError, OrderSide, OrderType, SpotClient, TimeInForce } from '../lib/index.js';
import { FakeBinance } from '../lib/testing/index.js';
import { fakeCredentials } from './support/fake-credentials.js';

async function main(): Promise<void> {
  const fake = await FakeBinance.start({ simulate: { symbols: ['BTCUSDT'] } });
  // An Ed25519 key, registered with the fake as you would register its public key with Binance.
  const spot = new SpotClient({ ...fake.hosts.spot, credentials: fakeCredentials(fake, 'sampleKey'.repeat(8).slice(0, 64)) });

  try {
    const last = (await firstValueFrom(spot.getTickerPrice({ symbol: 'BTCUSDT' }))).price;
    const price = last.times(new Big('0.9')).round(2, Big.roundDown).toFixed(2); // 10% under the market: it rests
    await firstValueFrom(
      spot
        .createOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: '0.001', price })
        .pipe(
          tap((o) => console.log(`placed #${o.orderId} ${o.side ?? ''} ${o.origQuantity?.toFixed() ?? ''} BTCUSDT @ ${o.price?.toFixed() ?? ''}: ${o.status ?? ''}`)),
          switchMap((o) => spot.cancelOrder({ symbol: 'BTCUSDT', orderId: o.orderId })),
          tap((c) => console.log('contingencyType' in c ? `canceled list #${c.orderListId}` : `canceled #${c.orderId}: ${c.status}`)),
        ),
    );
  } catch (error: unknown) {
    // An order whose fate is unknown must be looked up, never blindly re-sent.
    if (error instanceof ExecutionStatusUnknownError) console.error('order status unknown; check getOrder()');
    throw error;
  } finally {
    await spot.close();
    await fake.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
