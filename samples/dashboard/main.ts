/**
 * The binance-rx terminal dashboard: live prices, 24 h change, the top of each order book with
 * its spread, recent trades, connection states and rate-limit use, redrawn in place.
 *
 * By default it starts the built-in simulated exchange (`FakeBinance` with `simulate`) in this
 * process: no network, no keys. `--live` connects to the real Binance instead (public market
 * data only, needs network).
 *
 * Run: `npm install && npm start`, or `npm start -- --duration 10 --symbols BTCUSDT,ETHUSDT`.
 * Ctrl-C, or the end of `--duration`, closes everything and exits 0.
 */
import { auditTime, firstValueFrom, fromEvent, race, take, timer } from 'rxjs';
// In your project these imports read `from 'binance-rx'` and `from 'binance-rx/testing'`;
// the dashboard imports the sources so it runs (and is type-checked) without a build.
import { SpotClient } from '../../lib/index.js';
import { FakeBinance } from '../../lib/testing/index.js';
import { DashboardArgsError, parseDashboardArgs, USAGE, type DashboardArgs } from './dashboard-args.js';
import { dashboardView$ } from './dashboard-state.js';
import { CLEAR_SCREEN, renderDashboard } from './render-dashboard.js';

/** Frames per second at most. */
const FPS = 4;

async function main(args: DashboardArgs): Promise<void> {
  const fake = args.live ? undefined : await FakeBinance.start({ simulate: { symbols: simulatedSymbols(args.symbols), eventsPerSecond: 20 } });
  // --live: the client's defaults are Binance's own hosts
  const spot = new SpotClient(fake === undefined ? {} : { ...fake.hosts.spot });
  const tty = process.stdout.isTTY === true;
  const drawing = dashboardView$(spot, args.symbols)
    .pipe(auditTime(1000 / FPS))
    .subscribe({
      next: (view) => {
        const frame = renderDashboard(view, { now: Date.now(), source: fake === undefined ? 'live' : 'simulated' });
        // a terminal redraws in place; a pipe gets each frame after the other
        process.stdout.write(tty ? CLEAR_SCREEN + frame : `${frame}\n`);
      },
      error: (error: unknown) => console.error('dashboard stopped:', error),
    });
  const interrupted = fromEvent(process, 'SIGINT').pipe(take(1));
  await firstValueFrom(args.durationSec === undefined ? interrupted : race(interrupted, timer(args.durationSec * 1000)));
  drawing.unsubscribe();
  await spot.close();
  await fake?.stop();
  console.log('[dashboard] stopped');
}

/** The symbols the simulator can run: those listed on the fake (unknown ones stay empty on screen). */
function simulatedSymbols(symbols: readonly string[]): readonly string[] {
  const listed = new Set(['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'BNBBTC', 'LTCBTC', 'ETHBTC']);
  const known = symbols.filter((s) => listed.has(s));
  return known.length > 0 ? known : ['BTCUSDT'];
}

let args: DashboardArgs;
try {
  args = parseDashboardArgs(process.argv.slice(2));
} catch (error: unknown) {
  if (!(error instanceof DashboardArgsError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
} else {
  main(args).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

