import { matching, runSample } from './support/sample-process.js';

const FILL = /^\[fill\] (BUY|SELL) 0\.001 BTCUSDT @ (\d+(?:\.\d+)?) \(order #(\d+), (FILLED|PARTIALLY_FILLED), (maker|taker)\)$/;
const QUOTE = /^\[quote\] #(\d+) LIMIT (BUY|SELL) 0\.001 BTCUSDT @ (\d+(?:\.\d+)?): (NEW|PARTIALLY_FILLED|FILLED)$/;

describe('fill-printer sample', () => {
  it('behavior: --duration 3 prints a MARKET taker fill and maker fills of quotes the simulated flow crosses, then cancels the rest', async () => {
    const { code, stderr, lines } = await runSample('fill-printer', ['--duration', '3']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const fills = matching(lines, FILL);
    expect(lines.filter((l) => l.startsWith('[fill]'))).toHaveLength(fills.length);

    // the MARKET buy: order #1, taker, filled at once
    expect(lines).toContain('[order] #1 MARKET BUY 0.001 BTCUSDT: FILLED');
    const market = fills.filter((f) => f[3] === '1');
    expect(market.length).toBeGreaterThanOrEqual(1);
    for (const f of market) expect([f[1], f[5]]).toEqual(['BUY', 'taker']);
    expect(market.at(-1)?.[4]).toBe('FILLED');

    // the quotes: both sides at first; each maker fill is one of them, at its side and price
    const quotes = matching(lines, QUOTE);
    expect(quotes.slice(0, 2).map((q) => q[2])).toEqual(['BUY', 'SELL']);
    const maker = fills.filter((f) => f[5] === 'maker');
    expect(maker.length).toBeGreaterThanOrEqual(1);
    for (const [, side, price, orderId] of maker) {
      const quote = quotes.find((q) => q[1] === orderId);
      expect([quote?.[2], quote?.[3]]).toEqual([side, price]);
    }
    // the quotes not filled in full are canceled at the end (one may fill unseen just before)
    const filledQuotes = new Set(fills.filter((f) => f[4] === 'FILLED' && quotes.some((q) => q[1] === f[3])).map((f) => f[3]));
    const canceled = Number(/^\[fill-printer\] canceled (\d+) open quote\(s\)$/.exec(lines.at(-2) ?? '')?.[1]);
    expect(canceled).toBeLessThanOrEqual(quotes.length - filledQuotes.size);
    expect(canceled).toBeGreaterThanOrEqual(quotes.length - filledQuotes.size - 1);
    expect(lines.at(-1)).toBe('[sample] stopped');
  }, 35_000);
});
