import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

// Samples run as a user runs them (`npx tsx samples/<name>.ts --duration <s>`): the local tsx
// CLI in a child Node process, from the repo root.

const ROOT = resolve(__dirname, '../../..');
const TSX_CLI = require.resolve('tsx/cli', { paths: [ROOT] });

/** What a sample run printed, and its exit code (`null` when killed). */
export interface SampleResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout split in lines, without the trailing empty one. */
  readonly lines: readonly string[];
}

/**
 * Runs `samples/<name>.ts` with `args` until it exits, or kills it after `timeoutMs`.
 *
 * @param name - the sample's file name without `.ts`, e.g. `'strategy'`
 * @param args - its arguments, e.g. `['--duration', '3']`
 * @param timeoutMs - when to kill it (then `code` is `null` and stderr says so)
 * @returns its exit code and output
 */
export function runSample(name: string, args: readonly string[], timeoutMs = 30_000): Promise<SampleResult> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [TSX_CLI, `samples/${name}.ts`, ...args], { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const lines = stdout.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '');
      if (error === null) return done({ code: 0, stdout, stderr, lines });
      if (typeof error.code === 'number') return done({ code: error.code, stdout, stderr, lines });
      if (error.killed === true || error.signal !== undefined) return done({ code: null, stdout, stderr: `${stderr}\n[killed: ${error.signal ?? 'timeout'}]`, lines });
      return fail(error);
    });
  });
}

/** A sample running in the background (for Ctrl-C tests): its output so far, and its exit. */
export interface RunningSample {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout contains `text`; rejects after `timeoutMs`. */
  printed(text: string, timeoutMs: number): Promise<void>;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts `samples/<name>.ts` with `args` in the background.
 *
 * @param name - the sample's file name without `.ts`
 * @param args - its arguments
 * @returns the running sample; the caller kills it if a test fails half-way
 */
export function startSample(name: string, args: readonly string[] = []): RunningSample {
  const child = spawn(process.execPath, [TSX_CLI, `samples/${name}.ts`, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const check of [...waiters]) check();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    printed: (text, timeoutMs) =>
      new Promise<void>((done, fail) => {
        const deadline = setTimeout(() => fail(new Error(`no ${JSON.stringify(text)} within ${timeoutMs} ms\n${out}\n${err}`)), timeoutMs);
        const check = (): void => {
          if (!out.includes(text)) return;
          clearTimeout(deadline);
          waiters.splice(waiters.indexOf(check), 1);
          done();
        };
        waiters.push(check);
        check();
      }),
  };
}

/** The lines of `lines` that match `pattern`, with their captures. */
export function matching(lines: readonly string[], pattern: RegExp): RegExpExecArray[] {
  return lines.map((line) => pattern.exec(line)).filter((m): m is RegExpExecArray => m !== null);
}
