import { firstValueFrom, take, toArray } from 'rxjs';
import { SpotClient, SubType, TimeFrame } from '../lib/index.js';
import { FakeBinance, SPOT_STREAM_EXAMPLES } from '../lib/testing/index.js';

async function main(): Promise<void> {
  const fake = await FakeBinance.start();
  const spot = new SpotClient({ ...fake.hosts.spot });

  // hot and shared: both streams ride one connection, subscribed in one message
  const trades = firstValueFrom(spot.stream$(SubType.Trade, 'BNB_BTC').pipe(take(2), toArray()));
  const kline = firstValueFrom(spot.stream$(SubType.Kline, 'BNBBTC', TimeFrame.M1));

  // the fake is ours to drive: wait for the SUBSCRIBE, then publish Binance's payloads
  while (fake.subscribersOf('bnbbtc@kline_1m') === 0) await new Promise((r) => setTimeout(r, 10));
  fake.publish('bnbbtc@trade', SPOT_STREAM_EXAMPLES.trade);
  fake.publish('bnbbtc@trade', { ...SPOT_STREAM_EXAMPLES.trade, t: 12346, p: '0.0011' });
  fake.publish('bnbbtc@kline_1m', SPOT_STREAM_EXAMPLES.kline);

  for (const t of await trades) console.log(`trade ${t.tradeId}: ${t.quantity.toFixed()} @ ${t.price.toFixed()}`);
  const k = await kline;
  console.log(`kline ${k.interval} close ${k.close.toFixed()} (closed: ${k.isClosed})`);

  await spot.close();
  await fake.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
