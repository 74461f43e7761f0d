import { matching, runSample } from './support/sample-process.js';

const BURST = /^\[burst (\d+), (guarded|unguarded)\] (\d+) × getTicker \(weight (\d+)\): (\d+) ok, (\d+) refused( \((\d+) RateLimitError\))? in \d+\.\d{2} s$/;

describe('rate-limit-monitor sample', () => {
  it('behavior: --duration 3 shows the guarded bursts throttled under the pool and the unguarded one refused with 429, then exits 0', async () => {
    const { code, stdout, stderr, lines } = await runSample('rate-limit-monitor', ['--duration', '3']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines).toContain('[limits] the exchange counts requestWeight 20 per 1s; the client uses 90% of it');

    const bursts = matching(lines, BURST);
    expect(bursts.map((b) => [b[1], b[2]]).slice(0, 2)).toEqual([
      ['1', 'guarded'],
      ['2', 'unguarded'],
    ]);
    // the guard: every request answered, the ones over budget waited for the next second
    for (const b of bursts.filter((b) => b[2] === 'guarded' && b[1] === '1')) expect([b[3], b[5], b[6]]).toEqual(['12', '12', '0']);
    expect(stdout).toMatch(/^\[rate\] requestWeight\/1m \d+\/6000 \(\d+%\) · requestWeight\/1s (1[0-8]|[1-9])\/20 \(\d+%\) · .*pending [1-9]\d* · throttled$/m);
    // no guard: twice the pool at once, so the exchange refuses some with 429 (and events$ says so)
    const unguarded = bursts.find((b) => b[2] === 'unguarded');
    expect(Number(unguarded?.[6])).toBeGreaterThan(0);
    expect(unguarded?.[8]).toBe(unguarded?.[6]);
    expect(stdout).toMatch(/^\[rateLimited\] unguarded client: \d+ × 429, retry after \d+ ms at most$/m);
    // the exchange's count (headers) went past the pool, and the shared limiter blocked the IP
    expect(stdout).toMatch(/^\[rate\] .*requestWeight\/1s \d+\/20 \((1\d\d|[2-9]\d\d)%\) · /m);
    expect(stdout).toMatch(/^\[rate\] .* · throttled · blocked \d+ ms \(429\)$/m);
    // the exchange's own count agrees: only the refused requests got a 429, and nobody a 418
    const refused = bursts.reduce((sum, b) => sum + Number(b[6]), 0);
    expect(lines).toContain(`[summary] the exchange answered 429 to ${refused} request(s) and 418 to 0`);
    expect(lines.at(-1)).toBe('[sample] stopped');
  }, 35_000);
});
