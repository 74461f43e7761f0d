/**
 * A pairs strategy with `combineLatest`: the BTC/ETH price ratio against its moving average,
 * trading ETHUSDT with LIMIT orders on the simulated exchange.
 *
 * Starts `FakeBinance` with its market simulator (BTCUSDT and ETHUSDT books move and trade on
 * their own) and a client with an API key registered on the fake. `combineLatest` joins the two
 * book tickers (`SubType.BookTicker`); `sampleTime` and `scan` turn them into the mid-price
 * ratio, its moving average and the deviation in basis points. Twice a second, when no order is
 * working (`exhaustMap`), a decision is printed: above the average ETH is cheap against BTC, so
 * the strategy bids for ETH at the best bid; below it, it offers at the best ask; near it, it
 * holds. Each order rests (`createOrder`, GTC, the price an exact decimal string from `Big`), and
 * is canceled (`cancelOrder`) if the flow has not filled it within 1.5 s; its outcome is printed.
 * Fills arrive from the user-data stream (`SubType.User`) as they happen. Ctrl-C or the end of
 * `--duration` cancels a working order and leaves no order open.
 *
 * Run: `npx tsx samples/strategy.ts [--duration <seconds>]` (until Ctrl-C without it).
 */
import Big from 'big.js';
import {
  catchError,
  combineLatest,
  concat,
  exhaustMap,
  filter,
  firstValueFrom,
  from,
  map,
  mergeMap,
  type Observable,
  of,
  race,
  sampleTime,
  scan,
  shareReplay,
  Subscription,
  take,
  takeUntil,
  timer,
  withLatestFrom,
} from 'rxjs';
// In your project these two imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the sample imports the sources so it runs (and is type-checked) without a build.
import { BinanceApiError, type BookTicker, isExecutionReport, OrderSide, OrderStatus, OrderType, SpotClient, SubType, TimeInForce } from '../lib/index.js';
import { FakeBinance } from '../lib/testing/index.js';
import { fakeCredentials } from './support/fake-credentials.js';
import { runSample } from './support/run-options.js';

const TRADED = 'ETHUSDT';
const REFERENCE = 'BTCUSDT';
/** Size of every order, an exact decimal string (ETHUSDT's lot step is 0.0001). */
const QUANTITY = '0.01';
/** The ratio is sampled this often; the average covers the last {@link WINDOW} samples. */
const SAMPLE_MS = 200;
const WINDOW = 10;
/** Samples needed before the average means anything. */
const MIN_SAMPLES = 4;
const DECIDE_EVERY_MS = 500;
/** A deviation of at least this many basis points is a signal. */
const THRESHOLD_BPS = new Big('0.05');
/** A resting order not filled within this is canceled. */
const ORDER_TTL_MS = 1500;
/** Binance's "Unknown order sent." (`spec/spot-ws-api.md` error codes): the order is no longer open. */
const UNKNOWN_ORDER = -2011;

/** One evaluation of the ratio: the latest tops and the average of the ratio so far. */
interface Signal {
  readonly ratio: Big;
  readonly average: Big;
  readonly deviationBps: Big;
  readonly traded: BookTicker;
}

/** What to do about a signal. */
type Decision = { readonly action: 'hold' } | { readonly action: 'order'; readonly side: OrderSide; readonly price: string };

const mid = (top: BookTicker): Big => top.bidPrice.plus(top.askPrice).div(2);

/** The BTC/ETH mid ratio, sampled, with its moving average over the last {@link WINDOW} samples. */
function signal$(spot: SpotClient): Observable<Signal> {
  return combineLatest([spot.stream$(SubType.BookTicker, REFERENCE), spot.stream$(SubType.BookTicker, TRADED)]).pipe(
    sampleTime(SAMPLE_MS),
    scan((acc: { readonly ratios: readonly Big[]; readonly traded: BookTicker | undefined }, [reference, traded]) => ({
      ratios: [...acc.ratios, mid(reference).div(mid(traded))].slice(-WINDOW),
      traded,
    }), { ratios: [], traded: undefined }),
    filter((acc) => acc.ratios.length >= MIN_SAMPLES),
    mergeMap(({ ratios, traded }) => {
      const ratio = ratios.at(-1);
      if (ratio === undefined || traded === undefined) return [];
      const average = ratios.reduce((sum, r) => sum.plus(r), new Big(0)).div(ratios.length);
      return [{ ratio, average, deviationBps: ratio.minus(average).div(average).times(10_000), traded }];
    }),
  );
}

/** Above the average ETH is cheap against BTC: bid for it at the best bid; below, offer at the best ask. */
function decide(signal: Signal): Decision {
  if (signal.deviationBps.gte(THRESHOLD_BPS)) return { action: 'order', side: OrderSide.Buy, price: signal.traded.bidPrice.toFixed() };
  if (signal.deviationBps.lte(THRESHOLD_BPS.neg())) return { action: 'order', side: OrderSide.Sell, price: signal.traded.askPrice.toFixed() };
  return { action: 'hold' };
}

function describeDecision(signal: Signal, decision: Decision): string {
  const dev = `${signal.deviationBps.gte(0) ? '+' : ''}${signal.deviationBps.toFixed(3)} bps`;
  const what = decision.action === 'hold' ? 'hold' : `${decision.side} ${QUANTITY} ${TRADED} @ ${decision.price}`;
  return `[decision] ratio ${signal.ratio.toFixed(4)} avg ${signal.average.toFixed(4)} (${dev}) -> ${what}`;
}

/**
 * Places the order, then waits for the first of: filled (user-data stream), {@link ORDER_TTL_MS},
 * the end of the run; in the last two cases cancels it. Emits a line per step.
 */
function work$(spot: SpotClient, decision: Decision & { action: 'order' }, stop$: Observable<unknown>): Observable<string> {
  return spot
    .createOrder({ symbol: TRADED, side: decision.side, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: QUANTITY, price: decision.price })
    .pipe(
      mergeMap((placed) => {
        const id = placed.orderId;
        const placedLine = `[order] #${id} ${placed.status ?? '?'} ${decision.side} ${QUANTITY} ${TRADED} @ ${decision.price}`;
        if (placed.status === OrderStatus.Filled) return of(placedLine);
        const filled$ = spot.stream$(SubType.User).pipe(
          filter(isExecutionReport),
          filter((r) => r.orderId === id && r.orderStatus === OrderStatus.Filled),
          take(1),
          map(() => `[order] #${id} FILLED`),
        );
        const cancel$ = (why: string): Observable<string> =>
          spot.cancelOrder({ symbol: TRADED, orderId: id }).pipe(
            map((c) => `[order] #${id} ${'contingencyType' in c ? 'CANCELED' : c.status} (${why})`),
            // recover deliberately: the flow filled it between the decision to cancel and the cancel
            catchError((error: unknown) => {
              if (error instanceof BinanceApiError && error.code === UNKNOWN_ORDER) return of(`[order] #${id} filled before the cancel`);
              throw error;
            }),
          );
        const expired$ = timer(ORDER_TTL_MS).pipe(mergeMap(() => cancel$(`not filled in ${ORDER_TTL_MS / 1000} s`)));
        const stopped$ = stop$.pipe(take(1), mergeMap(() => cancel$('stopping')));
        return concat(of(placedLine), race(filled$, expired$, stopped$));
      }),
    );
}

runSample('strategy', async ({ stopped }) => {
  const fake = await FakeBinance.start({ simulate: { symbols: [REFERENCE, TRADED], eventsPerSecond: 20 } });
  const spot = new SpotClient({ ...fake.hosts.spot, credentials: fakeCredentials(fake, 'strategyKey'.repeat(6).slice(0, 64)) });
  const stop$ = from(stopped);
  const subscriptions = new Subscription();
  try {
    // fills of orders placed before the subscription is live would not be reported: wait for it
    const live = firstValueFrom(race(stop$, spot.events$.pipe(filter((e) => e.type === 'userStreamSubscribed'))));
    // every fill of the account, as it happens
    subscriptions.add(
      spot
        .stream$(SubType.User)
        .pipe(filter(isExecutionReport), filter((r) => r.executionType === 'TRADE'))
        .subscribe((f) =>
          console.log(`[fill] ${f.side} ${f.lastExecutedQuantity.toFixed()} ${f.symbol} @ ${f.lastExecutedPrice.toFixed()} (order #${f.orderId}, ${f.orderStatus}, ${f.isMaker ? 'maker' : 'taker'})`),
        ),
    );
    await live;

    // one shared signal for the whole run: the moving average keeps its window between decisions
    const signals$ = signal$(spot).pipe(shareReplay({ bufferSize: 1, refCount: true }));
    const decisions$ = timer(0, DECIDE_EVERY_MS).pipe(
      takeUntil(stop$),
      withLatestFrom(signals$),
      // a tick while an order works is dropped: one order at a time
      exhaustMap(([, signal]) => {
        const decision = decide(signal);
        const line = of(describeDecision(signal, decision));
        return decision.action === 'hold' ? line : concat(line, work$(spot, decision, stop$));
      }),
    );
    // resolves when the run stops and the working order (if any) has been canceled
    await new Promise<void>((done, fail) => subscriptions.add(decisions$.subscribe({ next: (line) => console.log(line), error: fail, complete: done })));
    // leaving the user-data stream sends its unsubscribe; the next answer on the same connection
    // comes after that one's, so the client closes with nothing in flight
    subscriptions.unsubscribe();
    const open = await firstValueFrom(spot.getOpenOrders({ symbol: TRADED }));
    console.log(`[strategy] open orders left: ${open.length}`);
  } finally {
    subscriptions.unsubscribe();
    await spot.close();
    await fake.stop();
  }
});
