import Big from 'big.js';
import { matching, runSample } from './support/sample-process.js';

const BOOK = String.raw`(\w+) #(\d+) mid (\d+(?:\.\d+)?) spread (\d+(?:\.\d+)?) \((\d+\.\d{4}) bps\) top \d+(?:\.\d+)? × \d+(?:\.\d+)?`;
const LINE = new RegExp(`^${BOOK} \\| ${BOOK}$`);

describe('spread-watcher sample', () => {
  it('behavior: --duration 2 follows two synced books of the simulated exchange and prints their spreads, then exits 0', async () => {
    const { code, stderr, lines } = await runSample('spread-watcher', ['--duration', '2']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const books = lines.filter((l) => !l.startsWith('[sample]'));
    // four lines a second at most, once both books are synced
    expect(books.length).toBeGreaterThanOrEqual(3);
    expect(books.length).toBeLessThanOrEqual(9);
    const parsed = matching(books, LINE);
    expect(parsed).toHaveLength(books.length);
    for (const m of parsed) {
      expect([m[1], m[6]]).toEqual(['BTCUSDT', 'ETHUSDT']);
      for (const at of [1, 6]) {
        const [mid, spread, bps] = [new Big(m[at + 2] ?? ''), new Big(m[at + 3] ?? ''), m[at + 4]];
        // never crossed, and the basis points are the spread over the mid, exact to 4 decimals
        expect(spread.gt(0)).toBe(true);
        expect(spread.div(mid).times(10_000).toFixed(4)).toBe(bps);
      }
    }
    // every line has news: at least one book moved on (combineLatest + auditTime)
    const ids = parsed.map((m) => [Number(m[2]), Number(m[7])] as const);
    for (let i = 1; i < ids.length; i++) {
      const [[btc0, eth0], [btc1, eth1]] = [ids[i - 1] ?? [0, 0], ids[i] ?? [0, 0]];
      expect(btc1 >= btc0 && eth1 >= eth0 && btc1 + eth1 > btc0 + eth0).toBe(true);
    }
    expect(lines.at(-1)).toBe('[sample] stopped');
  }, 35_000);
});
