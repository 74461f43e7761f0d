import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TSX_CLI = require.resolve('tsx/cli', { paths: [ROOT] });

/** What a sample run printed, and its exit code (`null` when killed). */
export interface SampleRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a sample as a user does (`npx tsx samples/<name>.ts`): the local tsx CLI in a child Node
 * process from the repo root, killed after `timeoutMs`.
 *
 * @param sample - e.g. `'samples/spread-watcher.ts'`
 */
export function runSample(sample: string, timeoutMs = 60_000): Promise<SampleRun> {
  return new Promise((done) => {
    execFile(process.execPath, [TSX_CLI, sample], { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) =>
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
  });
}
