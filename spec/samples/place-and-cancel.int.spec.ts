import { runSample } from '../support/run-sample.js';

describe('place-and-cancel sample', () => {
  it('behavior: places a resting limit order on the fake exchange, cancels it, and exits 0', async () => {
    const { code, stdout, stderr } = await runSample('samples/place-and-cancel.ts');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^placed #(\d+) BUY 0\.001 BTCUSDT @ \d+(\.\d{1,2})?: NEW$/m);
    const placed = /placed #(\d+)/.exec(stdout)?.[1];
    expect(stdout).toContain(`canceled #${placed ?? '?'}: CANCELED`);
  });
});
