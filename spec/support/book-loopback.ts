import Big from 'big.js';
import type { ClientOptions } from '../../lib/client/client-options.js';
import type { ConnectionEvent } from '../../lib/streams/connection-event.js';
import { type OrderBook, SpotClient } from '../../lib/index.js';
import { FakeBinance, type FakeBinanceOptions, type FakeOrderBook, seededRandom } from '../../lib/testing/index.js';
import { backoffPolicy } from '../../lib/transport/socket/retry-policy.js';
import { until } from './loopback.js';

/** A level as `[price, quantity]` with insignificant zeros dropped, for comparing books. */
type Level = readonly [string, string];

/** A book's levels as exact decimal strings (`Big#toFixed`), whatever their wire form. */
export function levelsOf(levels: readonly (readonly [string, string] | { readonly price: Big; readonly quantity: Big })[]): Level[] {
  return levels.map((l) => (Array.isArray(l) ? [new Big(l[0]).toFixed(), new Big(l[1]).toFixed()] : [(l as { price: Big }).price.toFixed(), (l as { quantity: Big }).quantity.toFixed()]));
}

/**
 * A fake exchange with a live BTCUSDT book, a spot client on it, and what the client's books
 * and events were; `mismatches()` lists every emitted book that differs from the truth at its
 * `lastUpdateId`.
 */
export async function bookLoopback(fakeOptions: FakeBinanceOptions = {}, clientOptions: ClientOptions = {}) {
  const fake = await FakeBinance.start(fakeOptions);
  const truth: FakeOrderBook = fake.orderBook('BTCUSDT');
  const spot = new SpotClient({ ...fake.hosts.spot, connectionLinger: 100, retryPolicy: backoffPolicy({ initialMs: 20, maxMs: 100 }), ...clientOptions });
  const events: ConnectionEvent[] = [];
  spot.events$.subscribe((e) => events.push(e));
  const resyncs = (): Extract<ConnectionEvent, { type: 'orderBookResync' }>[] =>
    events.filter((e): e is Extract<ConnectionEvent, { type: 'orderBookResync' }> => e.type === 'orderBookResync');
  const subscribed = (stream = 'btcusdt@depth'): Promise<void> => until(() => fake.subscribersOf(stream) >= 1, `${stream} subscribed`);
  /** Every emitted book against the truth at its id (all levels: the specs use limit 5000, the fake's whole book). */
  const mismatches = (books: readonly OrderBook[], book: FakeOrderBook = truth): string[] =>
    books.flatMap((b) => {
      const at = book.bookAt(b.lastUpdateId);
      if (at === undefined) return [`no truth kept at ${b.lastUpdateId}`];
      const same = JSON.stringify(levelsOf(b.bids)) === JSON.stringify(levelsOf(at.bids)) && JSON.stringify(levelsOf(b.asks)) === JSON.stringify(levelsOf(at.asks));
      return same ? [] : [`book at ${b.lastUpdateId} differs from the truth`];
    });
  let pumping: ReturnType<typeof setInterval> | undefined;
  /** Publishes a random update every `everyMs` (a live market) until `stop()`. */
  const pump = (seed: number, everyMs = 15): { stop(): void } => {
    const random = seededRandom(seed);
    pumping = setInterval(() => truth.randomUpdate(random), everyMs);
    return {
      stop: () => {
        clearInterval(pumping);
        pumping = undefined;
      },
    };
  };
  /** Waits until the last book is at the truth's id. */
  const caughtUp = (books: { readonly values: readonly OrderBook[] }, what = 'the book caught up'): Promise<void> =>
    until(() => books.values.at(-1)?.lastUpdateId === truth.lastUpdateId, what);
  const dispose = async (): Promise<void> => {
    clearInterval(pumping);
    await spot.close();
    await fake.stop();
  };
  return { fake, truth, spot, events, resyncs, subscribed, mismatches, pump, caughtUp, dispose };
}
