import Big from 'big.js';
import { runSample, startSample } from './support/sample-process';

// `npm start` runs samples/dashboard/main.ts with tsx: run it as a user would, in a child Node
// process from the repo root, on the built-in simulated exchange.

const run = (args: readonly string[]): ReturnType<typeof runSample> => runSample('dashboard/main', args);

describe('npm start (the terminal dashboard)', () => {
  it('behavior: --duration 3 draws frames of the simulated market (prices, 24 h change, books, trades, connections, rate limits) and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--duration', '3', '--symbols', 'BTCUSDT,ETHUSDT']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const frames = stdout.split('binance-rx dashboard · ').slice(1);
    expect(frames.length).toBeGreaterThan(2);
    const last = frames.at(-1) ?? '';
    expect(last).toMatch(/^simulated exchange \(no network\) · \d\d:\d\d:\d\d\.\d{3} · Ctrl-C to quit$/m);
    // a symbol row: last, change, bid × qty, ask × qty, spread — every number an exact decimal
    expect(last).toMatch(/^BTCUSDT +\d+(\.\d+)? +[+-]\d+\.\d{2}% +\d+(\.\d+)? × \d+(\.\d+)? +\d+(\.\d+)? × \d+(\.\d+)? +\d+(\.\d+)?$/m);
    expect(last).toMatch(/^ETHUSDT +\d+(\.\d+)? +[+-]\d+\.\d{2}% /m);
    expect(last).toMatch(/^ {2}BTCUSDT +\d\d:\d\d:\d\d\.\d{3} {2}(BUY |SELL) {2}\d+(\.\d+)? × \d+(\.\d+)?$/m);
    expect(last).toMatch(/^CONNECTIONS {2}.*spot\/stream#1 open/m);
    expect(last).toMatch(/^RATE LIMITS {2}requestWeight 1m \d+\/\d+ \(\d+\.\d%\)/m);
    // the spread of every row is ask − bid > 0: the books are never crossed
    const rows = [...last.matchAll(/^\w+USDT +\S+ +\S+ +(\S+) × \S+ +(\S+) × \S+ +(\S+)$/gm)];
    expect(rows.length).toBe(2);
    for (const [, bid, ask, spread] of rows) {
      expect(new Big(spread as string).gt(0)).toBe(true);
      expect(new Big(ask as string).minus(bid as string).eq(spread as string)).toBe(true);
    }
    expect(stdout.trimEnd().split('\n').pop()).toBe('[dashboard] stopped');
  }, 35_000);

  it('teardown: Ctrl-C (SIGINT) closes the client and the exchange and exits 0', async () => {
    const dashboard = startSample('dashboard/main');
    try {
      await dashboard.printed('RECENT TRADES', 20_000);
      dashboard.child.kill('SIGINT');
      expect(await dashboard.exited).toBe(0);
      expect(dashboard.stdout().trimEnd().split('\n').pop()).toBe('[dashboard] stopped');
      expect(dashboard.stderr()).toBe('');
    } finally {
      if (dashboard.child.exitCode === null && dashboard.child.signalCode === null) dashboard.child.kill('SIGKILL');
    }
  }, 35_000);

  it('args: a bad --duration or an unknown flag exits 2 with the usage', async () => {
    const bad = await run(['--duration', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--duration needs a positive number of seconds, got soon/);
    expect(bad.stderr).toMatch(/^usage: npm start -- /m);
    const unknown = await run(['--fast']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown argument --fast/);
  }, 35_000);

  it('args: --help prints the usage, including what --live does, and exits 0 without starting anything', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--live +connect to the real Binance/);
  }, 35_000);
});
