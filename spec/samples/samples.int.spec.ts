import { runSample, startSample, type RunningSample } from './support/sample-process.js';

// What every duration-driven sample shares (samples/support/run-options.ts): the usage on a bad
// argument, and a clean exit on Ctrl-C.

describe('samples (shared run options)', () => {
  let running: RunningSample | undefined;

  afterEach(() => {
    // a test that failed half-way must not leave the sample running
    const child = running?.child;
    if (child !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    running = undefined;
  });

  it.each([
    ['ticker-operators', ['--duration', '-1'], /^--duration needs a positive number of seconds, got -1$/m],
    ['rate-limit-monitor', ['--fast'], /^unknown argument --fast$/m],
  ])('args: %s %j exits 2 with the usage, before starting anything', async (name, args, reason) => {
    const { code, stdout, stderr } = await runSample(name, args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(`usage: ${name} [--duration <seconds>]`);
    expect(stderr).toMatch(reason);
  }, 35_000);

  it('teardown: SIGINT closes the client and the fake and exits 0 (ticker-operators, no --duration)', async () => {
    const sample = startSample('ticker-operators');
    running = sample;
    await sample.printed('[ratio]', 20_000);
    sample.child.kill('SIGINT');
    expect(await sample.exited).toBe(0);
    const stdout = sample.stdout();
    expect(stdout).toMatch(/^\[sample\] ticker-operators on the simulated exchange; Ctrl-C to stop$/m);
    expect(stdout).toMatch(/^\[sample\] stopping \(SIGINT\)$/m);
    expect(stdout).toMatch(/^\[event\] closed spot\/stream#1 code=1000 byClient=true$/m);
    expect(stdout.trimEnd().split('\n').pop()).toBe('[sample] stopped');
    expect(sample.stderr()).toBe('');
  }, 35_000);

  it('teardown: SIGINT while an order rests cancels it and leaves no order open (strategy)', async () => {
    const sample = startSample('strategy');
    running = sample;
    await sample.printed(' NEW ', 20_000);
    sample.child.kill('SIGINT');
    expect(await sample.exited).toBe(0);
    const stdout = sample.stdout();
    expect(stdout).toMatch(/^\[sample\] stopping \(SIGINT\)$/m);
    expect(stdout).toMatch(/^\[strategy\] open orders left: 0$/m);
    expect(stdout.trimEnd().split('\n').pop()).toBe('[sample] stopped');
    expect(sample.stderr()).toBe('');
  }, 35_000);
});
