/**
 * Kline aggregation: 5-second bars built client-side from `1s` klines, cross-checked against
 * the exchange's aggregate trades.
 *
 * Starts `FakeBinance` with its market simulator (BTCUSDT trades on its own) and subscribes to
 * `spot.stream$(SubType.Kline, 'BTCUSDT', TimeFrame.S1)`. That stream sends the running kline of
 * the current second and, once a second has ended, its closing update (`isClosed`). The sample
 * keeps the closed ones (`filter`), folds them into 5-second bars aligned on the clock (`scan`
 * over a small state: the bar being built, and a finished one to emit), and prints each bar's
 * OHLCV as exact `Big`s. Each bar is then checked (`concatMap`, one request at a time) against
 * `getAggregateTrades` for the same seconds: the trades' first, highest, lowest and last price,
 * total quantity and trade count must equal the bar's. The first bar and the last (cut by the
 * end of the run) may hold fewer than 5 seconds; they are marked `partial`.
 *
 * Run: `npx tsx samples/kline-aggregation.ts [--duration <seconds>]` (until Ctrl-C without it).
 * Ctrl-C, or the end of `--duration`, closes the client and the fake and exits 0.
 */
import Big from 'big.js';
import { concatMap, endWith, filter, map, mergeMap, type Observable, of, scan, takeUntil, from } from 'rxjs';
// In your project these two imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the sample imports the sources so it runs (and is type-checked) without a build.
import { type AggregateTrade, type Kline, SpotClient, SubType, TimeFrame } from '../lib/index.js';
import { FakeBinance } from '../lib/testing/index.js';
import { runSample } from './support/run-options.js';

const SYMBOL = 'BTCUSDT';
/** The bar length: five `1s` klines. */
const BAR_MS = 5_000;

/** A bar folded from closed `1s` klines. */
interface Bar {
  /** Start of the 5-second slot (epoch ms, a multiple of {@link BAR_MS}). */
  readonly slot: number;
  /** The closed 1 s klines in it, in time order (seconds without a kline are missing). */
  readonly klines: readonly Kline[];
}

/** The fold's state: the bar being built, and the bar that just finished (emitted once). */
interface Fold {
  readonly open: Bar | undefined;
  readonly done: Bar | undefined;
}

const slotOf = (time: number): number => Math.floor(time / BAR_MS) * BAR_MS;

/** Adds a closed kline: it finishes the open bar when it belongs to a later slot, or is its last second. */
function fold(state: Fold, kline: Kline): Fold {
  const slot = slotOf(kline.openTime);
  const open = state.open;
  if (open !== undefined && open.slot !== slot) return settle({ open: { slot, klines: [kline] }, done: open });
  const bar = { slot, klines: [...(open?.klines ?? []), kline] };
  return settle({ open: bar, done: undefined });
}

/** A bar whose last second has closed is done now, not one kline later. */
function settle(state: Fold): Fold {
  const open = state.open;
  const last = open?.klines.at(-1);
  if (open === undefined || last === undefined || last.closeTime + 1 < open.slot + BAR_MS) return state;
  // two bars can finish at once only after a gap of more than a bar; keep the older one
  return state.done === undefined ? { open: undefined, done: open } : state;
}

/** OHLCV and trade count of a run of klines; high/low/open/close only from seconds that traded. */
function summary(klines: readonly Kline[]): { open?: Big; high?: Big; low?: Big; close?: Big; volume: Big; trades: number } {
  const traded = klines.filter((k) => k.tradeCount > 0);
  const first = traded[0];
  const last = traded.at(-1);
  return {
    ...(first === undefined || last === undefined
      ? {}
      : {
          open: first.open,
          close: last.close,
          high: traded.reduce((h, k) => (k.high.gt(h) ? k.high : h), first.high),
          low: traded.reduce((l, k) => (k.low.lt(l) ? k.low : l), first.low),
        }),
    volume: klines.reduce((sum, k) => sum.plus(k.volume), new Big(0)),
    trades: klines.reduce((sum, k) => sum + k.tradeCount, 0),
  };
}

/** The same numbers from aggregate trades. */
function tradeSummary(trades: readonly AggregateTrade[]): ReturnType<typeof summary> {
  const first = trades[0];
  const last = trades.at(-1);
  return {
    ...(first === undefined || last === undefined
      ? {}
      : {
          open: first.price,
          close: last.price,
          high: trades.reduce((h, t) => (t.price.gt(h) ? t.price : h), first.price),
          low: trades.reduce((l, t) => (t.price.lt(l) ? t.price : l), first.price),
        }),
    volume: trades.reduce((sum, t) => sum.plus(t.quantity), new Big(0)),
    trades: trades.reduce((sum, t) => sum + t.lastTradeId - t.firstTradeId + 1, 0),
  };
}

const clock = (time: number): string => new Date(time).toISOString().slice(11, 19);
const fixed = (n: Big | undefined): string => n?.toFixed() ?? '-';

function describeBar(bar: Bar): string {
  const s = summary(bar.klines);
  const seconds = bar.klines.length;
  const partial = seconds < BAR_MS / 1000 ? ` partial ${seconds}/${BAR_MS / 1000} s` : '';
  return `[bar] ${SYMBOL} ${clock(bar.slot)}+5s O ${fixed(s.open)} H ${fixed(s.high)} L ${fixed(s.low)} C ${fixed(s.close)} V ${s.volume.toFixed()} trades ${s.trades}${partial}`;
}

/** Compares a bar with the aggregate trades of its seconds; a line saying `match` or what differs. */
function check$(spot: SpotClient, bar: Bar): Observable<string> {
  const first = bar.klines[0];
  const last = bar.klines.at(-1);
  if (first === undefined || last === undefined) return of(`[check] ${clock(bar.slot)} empty bar`);
  // seconds the bar lacks (a kline never seen) must not count on the trades' side either
  const covered = (time: number): boolean => bar.klines.some((k) => time >= k.openTime && time <= k.closeTime);
  return spot.getAggregateTrades({ symbol: SYMBOL, startTime: first.openTime, endTime: last.closeTime, limit: 1000 }).pipe(
    map((aggs) => {
      const ours = summary(bar.klines);
      const theirs = tradeSummary(aggs.filter((a) => covered(a.tradeTime)));
      const fields = ['open', 'high', 'low', 'close', 'volume'] as const;
      const diffs = fields.filter((f) => fixed(ours[f]) !== fixed(theirs[f])).map((f) => `${f} ${fixed(ours[f])} ≠ ${fixed(theirs[f])}`);
      if (ours.trades !== theirs.trades) diffs.push(`trades ${ours.trades} ≠ ${theirs.trades}`);
      const verdict = diffs.length === 0 ? 'match' : `MISMATCH ${diffs.join(', ')}`;
      return `[check] ${clock(bar.slot)} ${aggs.length} aggTrades, V ${theirs.volume.toFixed()}, trades ${theirs.trades}: ${verdict}`;
    }),
  );
}

runSample('kline-aggregation', async ({ stopped }) => {
  const fake = await FakeBinance.start({ simulate: { symbols: [SYMBOL], eventsPerSecond: 20 } });
  const spot = new SpotClient({ ...fake.hosts.spot });
  const stop$ = from(stopped);
  try {
    const closed$ = spot.stream$(SubType.Kline, SYMBOL, TimeFrame.S1).pipe(
      filter((k) => k.isClosed),
      takeUntil(stop$),
    );
    const bars$ = closed$.pipe(
      // the end of the run flushes the bar being built (a marker kline-less step)
      map((k): Kline | undefined => k),
      endWith(undefined),
      scan((state: Fold, k) => (k === undefined ? { open: undefined, done: state.open } : fold(state, k)), { open: undefined, done: undefined }),
      mergeMap((state) => (state.done === undefined ? [] : [state.done])),
    );
    const lines$ = bars$.pipe(concatMap((bar) => check$(spot, bar).pipe(map((check) => `${describeBar(bar)}\n${check}`))));
    // resolves once the last bar is printed and checked, after `stopped`
    await new Promise<void>((done, fail) => lines$.subscribe({ next: (lines) => console.log(lines), error: fail, complete: done }));
  } finally {
    await spot.close();
    await fake.stop();
  }
});
