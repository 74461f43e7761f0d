import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

// Samples run as a user runs them (`npx tsx samples/<name>.ts`): the local tsx CLI in a child
// Node process, from the repo root.

const ROOT = resolve(__dirname, '../..');
const TSX_CLI = require.resolve('tsx/cli', { paths: [ROOT] });
const SAMPLE = 'samples/ticker-operators.ts';

interface ChildResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runSample(args: readonly string[], timeoutMs: number): Promise<ChildResult> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [TSX_CLI, SAMPLE, ...args], { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (error === null) return done({ code: 0, stdout, stderr });
      if (typeof error.code === 'number') return done({ code: error.code, stdout, stderr });
      if (error.killed === true || error.signal !== undefined) return done({ code: null, stdout, stderr: `${stderr}\n[killed: ${error.signal ?? 'timeout'}]` });
      return fail(error);
    });
  });
}

describe('ticker-operators sample', () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    // A test that failed half-way must not leave the sample running.
    if (child !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  it('behavior: --duration 3 prints decoded prices of both symbols and their ratio, then exits 0', async () => {
    const { code, stdout, stderr } = await runSample(['--duration', '3'], 30_000);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^\[BTCUSDT\] last \d+\.\d{2} change [+-]\d+\.\d{2} \([+-]\d+\.\d{3}%\)$/m);
    expect(stdout).toMatch(/^\[ETHUSDT\] last \d+\.\d{2} change [+-]\d+\.\d{2} \([+-]\d+\.\d{3}%\)$/m);
    expect(stdout).toMatch(/^\[BTCUSDT\] sma5 \d+\.\d{2}$/m);
    expect(stdout).toMatch(/^\[ETHUSDT\] 1s: \d+ prices, range \d+\.\d{2}\.\.\d+\.\d{2}$/m);
    expect(stdout).toMatch(/^\[ratio\] BTCUSDT\/ETHUSDT \d+\.\d{4}$/m);
    expect(stdout).toMatch(/^\[event\] open spot\/stream#1 ws:\/\/127\.0\.0\.1:\d+\/stream$/m);
    expect(stdout).toMatch(/^\[event\] closed spot\/stream#1 code=1000 byClient=true$/m);
    expect(stdout.trimEnd().split('\n').pop()).toBe('[sample] stopped');
  }, 35_000);

  it('args: a --duration that is not a positive number exits 2 with the usage', async () => {
    const { code, stdout, stderr } = await runSample(['--duration', '-1'], 30_000);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('usage: ticker-operators [--duration <seconds>]');
  }, 35_000);

  it('teardown: SIGINT closes the client and the fake and exits 0', async () => {
    const running = spawn(process.execPath, [TSX_CLI, SAMPLE], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child = running;
    let stdout = '';
    let stderr = '';
    running.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => running.on('close', (code) => done(code)));
    await new Promise<void>((done, fail) => {
      const deadline = setTimeout(() => fail(new Error(`no ratio line within 20 s\n${stdout}\n${stderr}`)), 20_000);
      running.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('[ratio]')) {
          clearTimeout(deadline);
          done();
        }
      });
    });
    running.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/^\[event\] closed spot\/stream#1 code=1000 byClient=true$/m);
    expect(stdout.trimEnd().split('\n').pop()).toBe('[sample] stopped');
    expect(stderr).toBe('');
  }, 35_000);
});
