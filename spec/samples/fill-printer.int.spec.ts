import { runSample } from '../support/run-sample.js';

describe('fill-printer sample', () => {
  it('behavior: prints each fill of a market and a crossing limit order from the user-data stream, and exits 0', async () => {
    const { code, stdout, stderr } = await runSample('samples/fill-printer.ts');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^BUY 0\.001 BTCUSDT @ \d+(\.\d+)? \(order #\d+, FILLED\)$/);
    expect(lines[1]).toMatch(/^SELL 0\.001 BTCUSDT @ \d+(\.\d+)? \(order #\d+, (FILLED|PARTIALLY_FILLED)\)$/);
  });
});
