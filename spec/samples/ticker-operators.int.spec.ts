import Big from 'big.js';
import { matching, runSample } from './support/sample-process.js';

describe('ticker-operators sample', () => {
  it('behavior: --duration 4 pipes the simulated 24 h tickers of both symbols through operators, then exits 0', async () => {
    const { code, stdout, stderr, lines } = await runSample('ticker-operators', ['--duration', '4']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines[0]).toBe('[sample] ticker-operators on the simulated exchange; running 4 s (or until Ctrl-C)');
    expect(stdout).toMatch(/^\[event\] open spot\/stream#1 ws:\/\/127\.0\.0\.1:\d+\/stream$/m);

    for (const symbol of ['BTCUSDT', 'ETHUSDT']) {
      // each change is the difference of two consecutive distinct last prices (pairwise), exact
      const changes = matching(lines, new RegExp(`^\\[${symbol}\\] last (\\d+\\.\\d{2}) change ([+-]\\d+\\.\\d{2}) \\([+-]\\d+\\.\\d{4}%\\)$`));
      expect(changes.length).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < changes.length; i++) {
        const [prev, next] = [changes[i - 1]?.[1] ?? '', changes[i]?.[1] ?? ''];
        expect(new Big(next).minus(prev).eq((changes[i]?.[2] ?? '').replace('+', ''))).toBe(true); // big.js reads no leading +
        expect(new Big(next).eq(prev)).toBe(false);
      }
      const stats = matching(lines, new RegExp(`^\\[${symbol}\\] 24h (\\d+) trades, volume \\d+(\\.\\d+)?, range (\\d+\\.\\d{2})\\.\\.(\\d+\\.\\d{2}), change -?\\d+\\.\\d{2}%$`));
      expect(stats.length).toBeGreaterThanOrEqual(1);
      for (const s of stats) expect(new Big(s[3] ?? '').lte(s[4] ?? '')).toBe(true);
    }
    // the moving average of 3 distinct prices needs a third ticker of one symbol at least
    expect(stdout).toMatch(/^\[(BTC|ETH)USDT\] sma3 \d+\.\d{2}$/m);
    expect(stdout).toMatch(/^\[ratio\] BTCUSDT\/ETHUSDT \d+\.\d{4}$/m);
    expect(stdout).toMatch(/^\[sample\] stopping \(duration\)$/m);
    expect(stdout).toMatch(/^\[event\] closed spot\/stream#1 code=1000 byClient=true$/m);
    expect(lines.at(-1)).toBe('[sample] stopped');
  }, 35_000);
});
