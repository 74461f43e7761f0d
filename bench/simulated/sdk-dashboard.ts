import type { Observable, Subscription } from 'rxjs';
import { type BookTicker, type OrderBook, SpotClient, SubType, type Ticker, type Trade } from '../../lib/index.js';
import type { FakeExchangeProcess } from '../support/fake-exchange-process.js';
import { withTimeout } from '../support/run-main.js';
import { sleep } from '../support/stats.js';
import { BOOK_LIMIT, type DashboardVariant, type OpenDashboard, type ReceivedStream, streamName } from './dashboard-workload.js';

/** The last value a consumer kept, and how many it got. */
interface Slot<T> {
  frames: number;
  last: T | undefined;
}

function slot<T>(): Slot<T> {
  return { frames: 0, last: undefined };
}

/** The consumer: counts and keeps the last value; errors become problems. */
function keep<T>(source$: Observable<T>, into: Slot<T>, problems: string[]): Subscription {
  return source$.subscribe({
    next: (value) => {
      into.frames += 1;
      into.last = value;
    },
    error: (error: unknown) => problems.push(String(error)),
  });
}

/**
 * The SDK, as the dashboard uses it: per symbol `stream$(SubType.OrderBook, s, { limit: 100 })`,
 * `stream$(SubType.Trade, s)`, `stream$(SubType.BookTicker, s)` and `stream$(SubType.Ticker, s)`
 * on one client (one multiplexed stream connection; book snapshots over the WebSocket API),
 * each consumer keeping the last value.
 */
export const SDK_DASHBOARD: DashboardVariant = {
  name: 'SDK stream$ ×4 per symbol',
  async open(fake: FakeExchangeProcess, symbols: readonly string[]): Promise<OpenDashboard> {
    const origin = fake.streamHost.replace('ws://', '');
    const spot = new SpotClient({ streamHost: fake.streamHost, wsApiHost: `ws://${origin}/ws-api/v3`, restHost: `http://${origin}`, connectionLinger: 0 });
    const problems: string[] = [];
    const events = spot.events$.subscribe((e) => {
      if (e.type === 'orderBookResync' || e.type === 'decodeError' || e.type === 'reconnectScheduled') problems.push(`${e.type}${'reason' in e ? ` ${e.reason}` : ''} on ${e.connectionId}`);
    });
    const views = new Map<string, () => ReceivedStream>();
    const counts = new Map<string, () => number>();
    const subscriptions: Subscription[] = [];
    // the book: its first value is the snapshot's, not one of the simulated events
    const books = new Map<string, Slot<OrderBook>>();
    for (const symbol of symbols) {
      const book = slot<OrderBook>();
      const trade = slot<Trade>();
      const bookTicker = slot<BookTicker>();
      const ticker = slot<Ticker>();
      books.set(symbol, book);
      views.set(streamName(symbol, 'depth'), () => ({ frames: book.frames - 1, lastId: book.last?.lastUpdateId, bid: book.last?.bestBid?.price, ask: book.last?.bestAsk?.price }));
      views.set(streamName(symbol, 'trade'), () => ({ frames: trade.frames, lastId: trade.last?.tradeId }));
      views.set(streamName(symbol, 'bookTicker'), () => ({ frames: bookTicker.frames, lastId: bookTicker.last?.updateId, bid: bookTicker.last?.bidPrice, ask: bookTicker.last?.askPrice }));
      views.set(streamName(symbol, 'ticker'), () => ({ frames: ticker.frames, lastId: ticker.last?.lastTradeId }));
      counts.set(streamName(symbol, 'depth'), () => book.frames - 1);
      counts.set(streamName(symbol, 'trade'), () => trade.frames);
      counts.set(streamName(symbol, 'bookTicker'), () => bookTicker.frames);
      counts.set(streamName(symbol, 'ticker'), () => ticker.frames);
      subscriptions.push(
        keep(spot.stream$(SubType.OrderBook, symbol, { limit: BOOK_LIMIT }), book, problems),
        keep(spot.stream$(SubType.Trade, symbol), trade, problems),
        keep(spot.stream$(SubType.BookTicker, symbol), bookTicker, problems),
        keep(spot.stream$(SubType.Ticker, symbol), ticker, problems),
      );
    }
    const synced = (): number => [...books.values()].filter((book) => book.frames > 0).length;
    await withTimeout(
      (async () => {
        while (synced() < symbols.length && problems.length === 0) await sleep(10);
      })(),
      30_000,
      () => `only ${synced()} of ${symbols.length} books synced`,
    );
    if (problems.length > 0) throw new Error(`SDK dashboard: ${problems.join('; ')}`);
    return {
      frames: (name) => counts.get(name)?.() ?? 0,
      received: (name) => views.get(name)?.() ?? { frames: 0, lastId: undefined },
      problems: () => [...problems],
      async close() {
        for (const subscription of subscriptions) subscription.unsubscribe();
        await spot.close();
        events.unsubscribe();
      },
    };
  },
};
