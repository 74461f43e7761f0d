/**
 * Rate-limit monitor: what the client's limiter sees and does while bursts of requests hit an
 * exchange with a small weight pool.
 *
 * Starts `FakeBinance` with its market simulator and a request-weight pool of 20 per second
 * (Binance's is 6000 per minute: the same mechanics, seen in seconds). The client learns that
 * limit from its first answer (`ping`), then bursts of `getTicker` (weight 2 each) go out at
 * once through `merge`:
 *
 * - guarded bursts: the client keeps under 90% of the pool, so the requests over it wait
 *   (`pending`, `throttled`) for the next window and all succeed;
 * - an unguarded burst (a second client sharing the limiter, `rateLimitGuard: false`) overruns
 *   the pool: the exchange answers 429, `events$` reports `rateLimited`, and the shared limiter
 *   blocks the IP's requests until the `Retry-After` has passed.
 *
 * `spot.rateLimit$` is printed four times a second while it changes (the peak of each quarter:
 * utilization per window, pending calls, throttled, a 429 block), with every burst's outcome.
 * The fake is started with `escalateToBan: false`: Binance bans an IP (418) that goes on
 * after a 429, which the guard exists to prevent.
 *
 * Run: `npx tsx samples/rate-limit-monitor.ts [--duration <seconds>]` (until Ctrl-C without it).
 * Ctrl-C, or the end of `--duration`, closes the clients and the fake and exits 0.
 */
import { bufferTime, catchError, exhaustMap, filter, firstValueFrom, from, map, merge, type Observable, of, reduce, Subscription, takeUntil, timer } from 'rxjs';
// In your project these two imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the sample imports the sources so it runs (and is type-checked) without a build.
import { BinanceError, type RateLimitSnapshot, type RateLimitWindow, SpotClient } from '../lib/index.js';
import { FakeBinance } from '../lib/testing/index.js';
import { runSample } from './support/run-options.js';

/** The exchange's request-weight pool: this much per calendar second. */
const WEIGHT_PER_SECOND = 20;
/** Requests per guarded burst; `getTicker` for one symbol weighs 2: more than a second's pool. */
const GUARDED_BURST = 12;
/** Requests per unguarded burst: twice the pool, so it overruns it even across a second's end. */
const UNGUARDED_BURST = 21;
const BURST_EVERY_MS = 1500;
/** Every third burst goes through the unguarded client. */
const UNGUARDED_EVERY = 3;
const REPORT_MS = 250;

const percent = (w: RateLimitWindow): string => `${Math.round(w.utilization * 100)}%`;

/**
 * The peak of a quarter second's snapshots: per window its highest use, the most calls pending,
 * whether anything was throttled, the longest 429 block. A burst's queue can come and go within
 * a quarter, so the last snapshot alone would often miss it.
 *
 * @returns `[rate] requestWeight/1s 18/20 (90%) · requestWeight/1m 38/6000 (1%) · pending 4 · throttled`
 */
function describePeak(snapshots: readonly RateLimitSnapshot[]): string {
  const busiest = new Map<string, RateLimitWindow>();
  for (const w of snapshots.flatMap((s) => s.windows)) {
    const key = `${w.type}/${w.interval}`;
    const seen = busiest.get(key);
    // connection-scoped windows (messages, streams) belong to the stream connections
    if (w.scope !== 'connection' && (seen === undefined || w.used >= seen.used)) busiest.set(key, w);
  }
  const windows = [...busiest.entries()]
    .filter(([, w]) => w.used > 0)
    // request weight first: it is what the bursts spend
    .sort(([a], [b]) => Number(b.startsWith('requestWeight')) - Number(a.startsWith('requestWeight')) || a.localeCompare(b))
    .map(([key, w]) => `${key} ${w.used}/${w.limit} (${percent(w)})`);
  const pending = Math.max(...snapshots.map((s) => s.pending));
  const state = [`pending ${pending}`, snapshots.some((s) => s.throttled) ? 'throttled' : 'free'];
  const blocked = Math.max(0, ...snapshots.map((s) => s.retryAfterMs ?? 0));
  if (blocked > 0) state.push(`blocked ${blocked} ms (429)`);
  return `[rate] ${[...windows, ...state].join(' · ')}`;
}

/** One burst: `size` requests at once; a line with how many were answered and refused. */
function burst$(n: number, client: SpotClient, label: string, size: number): Observable<string> {
  const started = Date.now();
  const requests = Array.from({ length: size }, () =>
    client.getTicker({ symbol: 'BTCUSDT' }).pipe(
      map(() => 'ok'),
      // recover deliberately: a refused request is what the burst reports, not a failure
      catchError((error: unknown) => of(error instanceof BinanceError ? error.name : 'Error')),
    ),
  );
  return merge(...requests).pipe(
    reduce((counts: Readonly<Record<string, number>>, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }), {}),
    map((counts) => {
      const ok = counts['ok'] ?? 0;
      const refused = Object.entries(counts).filter(([outcome]) => outcome !== 'ok');
      const why = refused.length === 0 ? '' : ` (${refused.map(([name, count]) => `${count} ${name}`).join(', ')})`;
      const seconds = ((Date.now() - started) / 1000).toFixed(2);
      return `[burst ${n}, ${label}] ${size} × getTicker (weight ${size * 2}): ${ok} ok, ${size - ok} refused${why} in ${seconds} s`;
    }),
  );
}

runSample('rate-limit-monitor', async ({ stopped }) => {
  const fake = await FakeBinance.start({
    simulate: { symbols: ['BTCUSDT'] },
    spotApi: { requestWeight: WEIGHT_PER_SECOND, requestWeightInterval: { interval: 'SECOND', intervalNum: 1 }, escalateToBan: false },
  });
  const spot = new SpotClient({ ...fake.hosts.spot });
  // shares the budget (and any 429 block) with `spot`, but neither waits nor refuses by itself
  const unguarded = new SpotClient({ ...fake.hosts.spot, rateLimiter: spot.rateLimiter, rateLimitGuard: false });
  const stop$ = from(stopped);
  const subscriptions = new Subscription();
  try {
    subscriptions.add(
      spot.rateLimit$
        .pipe(
          bufferTime(REPORT_MS),
          filter((snapshots) => snapshots.length > 0),
          map(describePeak),
        )
        .subscribe((line) => console.log(line)),
    );
    // one line per client and quarter second: a burst refused at once is many events
    const rateLimited$ = (client: SpotClient, label: string): Observable<string> =>
      client.events$.pipe(
        filter((e) => e.type === 'rateLimited'),
        bufferTime(REPORT_MS),
        filter((events) => events.length > 0),
        map((events) => {
          const banned = events.some((e) => e.type === 'rateLimited' && e.banned);
          const wait = Math.max(...events.map((e) => (e.type === 'rateLimited' ? e.retryAfterMs : 0)));
          return `[rateLimited] ${label} client: ${events.length} × ${banned ? '418 (banned)' : '429'}, retry after ${wait} ms at most`;
        }),
      );
    subscriptions.add(merge(rateLimited$(spot, 'guarded'), rateLimited$(unguarded, 'unguarded')).subscribe((line) => console.log(line)));

    // the first answer carries the exchange's limits (WS-API `rateLimits`); the client adopts them
    await firstValueFrom(spot.ping());
    const learned = spot.rateLimitSnapshot().windows.filter((w) => w.type === 'requestWeight' && w.source === 'header');
    console.log(`[limits] the exchange counts ${learned.map((w) => `requestWeight ${w.limit} per ${w.interval}`).join(', ')}; the client uses 90% of it`);

    const bursts$ = timer(0, BURST_EVERY_MS).pipe(
      takeUntil(stop$),
      // a burst still waiting for room when the next is due: skip that one
      exhaustMap((i) => {
        const n = i + 1;
        return n % UNGUARDED_EVERY === 2 ? burst$(n, unguarded, 'unguarded', UNGUARDED_BURST) : burst$(n, spot, 'guarded', GUARDED_BURST);
      }),
    );
    await new Promise<void>((done, fail) => subscriptions.add(bursts$.subscribe({ next: (line) => console.log(line), error: fail, complete: done })));
    const refusals = fake.rateLimitRefusals();
    console.log(`[summary] the exchange answered 429 to ${refusals.tooManyRequests} request(s) and 418 to ${refusals.banned}`);
  } finally {
    await unguarded.close();
    await spot.close();
    subscriptions.unsubscribe();
    await fake.stop();
  }
});
