/**
 * The dashboard's command line: `--duration <s>`, `--symbols A,B,C`, `--live`, `--help`.
 */

/** What the command line asks for. */
export interface DashboardArgs {
  /** Seconds to run, then exit 0; `undefined`: until Ctrl-C. */
  readonly durationSec: number | undefined;
  /** Upper-case symbols, e.g. `['BTCUSDT', 'ETHUSDT', 'BNBUSDT']`. */
  readonly symbols: readonly string[];
  /** Connect to the real Binance instead of the built-in simulated exchange. */
  readonly live: boolean;
  /** Print the usage and exit 0. */
  readonly help: boolean;
}

/** The symbols shown unless `--symbols` says otherwise. */
export const DEFAULT_SYMBOLS: readonly string[] = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT'];

/** The usage text. */
export const USAGE = `usage: npm start -- [--duration <seconds>] [--symbols BTCUSDT,ETHUSDT,BNBUSDT] [--live]

  --duration <s>   run for s seconds, then exit (default: until Ctrl-C)
  --symbols <list> comma-separated spot symbols (default: BTCUSDT,ETHUSDT,BNBUSDT)
  --live           connect to the real Binance (network, public market data only)
                   instead of the built-in simulated exchange`;

/** A command line the dashboard cannot run with; `message` says why. */
export class DashboardArgsError extends Error {
  override readonly name = 'DashboardArgsError';
}

/**
 * Reads the dashboard's arguments.
 *
 * @param argv - the arguments after the script, e.g. `process.argv.slice(2)`
 * @returns what they ask for
 * @throws {@link DashboardArgsError} for an unknown flag, a missing or bad value
 *
 * @example
 * ```ts
 * parseDashboardArgs(['--duration', '5', '--symbols', 'btcusdt,ethusdt']);
 * // { durationSec: 5, symbols: ['BTCUSDT', 'ETHUSDT'], live: false, help: false }
 * ```
 */
export function parseDashboardArgs(argv: readonly string[]): DashboardArgs {
  let durationSec: number | undefined;
  let symbols = DEFAULT_SYMBOLS;
  let live = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--live') live = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--duration') {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value <= 0) throw new DashboardArgsError(`--duration needs a positive number of seconds, got ${argv[i] ?? 'nothing'}`);
      durationSec = value;
    } else if (arg === '--symbols') {
      const list = (argv[++i] ?? '').split(',').map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0);
      if (list.length === 0 || list.some((s) => !/^[A-Z0-9]{5,20}$/.test(s))) throw new DashboardArgsError(`--symbols needs a comma-separated list of symbols, got ${argv[i] ?? 'nothing'}`);
      symbols = [...new Set(list)];
    } else throw new DashboardArgsError(`unknown argument ${arg ?? ''}`);
  }
  return { durationSec, symbols, live, help };
}
