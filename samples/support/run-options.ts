/**
 * What every sample shares: the `--duration <seconds>` argument, stopping on Ctrl-C (SIGINT) or
 * at the end of the duration, and a clean exit (0 when the sample ends well, 1 on an error, 2
 * on a bad argument with the usage on stderr).
 *
 * A sample hands its body to {@link runSample}; the body starts the fake exchange and a client,
 * awaits `stopped`, then closes the client and the fake (in `finally`). Nothing is killed: the
 * process exits because nothing is left running, which is what a leak-free program does.
 */
import { fromEvent, map, merge, NEVER, take, timer } from 'rxjs';

/** What a sample's body gets from {@link runSample}. */
export interface SampleRun {
  /** `--duration` in seconds; `undefined` runs until Ctrl-C. */
  readonly durationSec: number | undefined;
  /** Resolves with the reason on the first of: Ctrl-C, the end of `--duration`. */
  readonly stopped: Promise<StopReason>;
}

/** Why a sample stops. */
export type StopReason = 'SIGINT' | 'duration';

/** A bad command-line argument: the sample prints the usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Reads `--duration <seconds>` (or `--duration=<seconds>`) from the arguments.
 *
 * @param args - the arguments after the script, e.g. `process.argv.slice(2)`
 * @returns the duration in seconds, or `undefined` (until Ctrl-C) when absent
 * @throws {@link UsageError} for a duration that is not a positive number, or any other argument
 *
 * @example
 * ```ts
 * parseDuration(['--duration', '3']); // 3
 * ```
 */
export function parseDuration(args: readonly string[]): number | undefined {
  let duration: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg !== '--duration' && !arg.startsWith('--duration=')) throw new UsageError(`unknown argument ${arg}`);
    const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
    const seconds = Number(text);
    if (text === undefined || text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) {
      throw new UsageError(`--duration needs a positive number of seconds, got ${text ?? '(nothing)'}`);
    }
    duration = seconds;
  }
  return duration;
}

/**
 * Runs a sample's body: parses `--duration`, resolves `stopped` on Ctrl-C or at the end of the
 * duration, prints `[sample] stopping (<reason>)` and, once the body has closed everything,
 * `[sample] stopped`. A bad argument prints the usage and exits 2; an error of the body is
 * printed and exits 1.
 *
 * @param name - the sample's name for the usage line, e.g. `'strategy'`
 * @param body - starts the fake and a client, awaits `run.stopped`, closes both
 *
 * @example
 * ```ts
 * runSample('my-sample', async ({ stopped }) => {
 *   const fake = await FakeBinance.start({ simulate: true });
 *   const spot = new SpotClient({ ...fake.hosts.spot });
 *   try {
 *     await stopped;
 *   } finally {
 *     await spot.close();
 *     await fake.stop();
 *   }
 * });
 * ```
 */
export function runSample(name: string, body: (run: SampleRun) => Promise<void>): void {
  let durationSec: number | undefined;
  try {
    durationSec = parseDuration(process.argv.slice(2));
  } catch (error: unknown) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`usage: ${name} [--duration <seconds>]\n${error.message}`);
    process.exitCode = 2;
    return;
  }
  // take(1) removes the SIGINT listener once it fired: a second Ctrl-C during the shutdown
  // then kills the process the default way.
  const stop$ = merge(
    fromEvent(process, 'SIGINT').pipe(map((): StopReason => 'SIGINT')),
    durationSec === undefined ? NEVER : timer(durationSec * 1000).pipe(map((): StopReason => 'duration')),
  ).pipe(take(1));
  let stop: (reason: StopReason) => void = () => undefined;
  const stopped = new Promise<StopReason>((resolve) => (stop = resolve));
  const stopping = stop$.subscribe((reason) => {
    console.log(`[sample] stopping (${reason})`);
    stop(reason);
  });
  console.log(`[sample] ${name} on the simulated exchange; ${durationSec === undefined ? 'Ctrl-C to stop' : `running ${durationSec} s (or until Ctrl-C)`}`);
  body({ durationSec, stopped })
    .then(
      () => console.log('[sample] stopped'),
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    )
    // a body that failed early must not be kept alive by the duration's timer
    .finally(() => stopping.unsubscribe());
}
