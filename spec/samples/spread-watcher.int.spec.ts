import { runSample } from '../support/run-sample.js';

describe('spread-watcher sample', () => {
  it('behavior: combines two managed books on the fake exchange, prints 10 lines with rising update ids, and exits 0', async () => {
    const { code, stdout, stderr } = await runSample('samples/spread-watcher.ts');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(10);
    const line = /^BTCUSDT #(\d+) mid \d+\.\d{2} spread \d+(\.\d+)? \| ETHUSDT #(\d+) mid \d+\.\d{2} spread \d+(\.\d+)?$/;
    for (const l of lines) expect(l).toMatch(line);
    const ids = lines.map((l) => Number(line.exec(l)?.[1]) + Number(line.exec(l)?.[3]));
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as number))).toBe(true);
  });
});
