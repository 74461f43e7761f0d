import Big from 'big.js';
import { matching, runSample } from './support/sample-process.js';

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const BAR = new RegExp(`^\\[bar\\] BTCUSDT (\\d\\d):(\\d\\d):(\\d\\d)\\+5s O ${NUM} H ${NUM} L ${NUM} C ${NUM} V ${NUM} trades (\\d+)( partial [1-4]/5 s)?$`);
const CHECK = /^\[check\] (\d\d:\d\d:\d\d) (\d+) aggTrades, V (\d+(?:\.\d+)?), trades (\d+): (match|MISMATCH.*)$/;

describe('kline-aggregation sample', () => {
  it('behavior: --duration 3 folds closed 1s klines into 5 s bars that match the aggregate trades, then exits 0', async () => {
    const { code, stderr, lines } = await runSample('kline-aggregation', ['--duration', '3']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const bars = matching(lines, BAR);
    expect(bars.length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => l.startsWith('[bar]'))).toHaveLength(bars.length);
    for (const bar of bars) {
      const [, hh, mm, ss, open, high, low, close, volume, trades] = bar;
      // bars sit on 5-second boundaries, and their high and low bound open and close
      expect(Number(ss) % 5).toBe(0);
      const [o, h, l, c] = [open, high, low, close].map((n) => new Big(n ?? ''));
      expect(h?.gte(o ?? 0) && h.gte(c ?? 0) && l?.lte(o ?? 0) && l.lte(c ?? 0)).toBe(true);
      // the next line checks it against the exchange's aggregate trades of the same seconds
      const check = CHECK.exec(lines[lines.indexOf(bar[0]) + 1] ?? '');
      expect(check?.[1]).toBe(`${hh}:${mm}:${ss}`);
      expect(check?.[5]).toBe('match');
      expect(new Big(check?.[3] ?? '-1').eq(volume ?? '')).toBe(true);
      expect(check?.[4]).toBe(trades);
    }
    // the simulated market trades several times a second: bars are not empty
    expect(bars.some((b) => Number(b[9]) > 0)).toBe(true);
    expect(lines.at(-1)).toBe('[sample] stopped');
  }, 35_000);
});
