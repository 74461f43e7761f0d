import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TSX_CLI = require.resolve('tsx/cli', { paths: [ROOT] });

describe('place-and-cancel sample', () => {
  it('behavior: places a resting limit order on the fake exchange, cancels it, and exits 0', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [TSX_CLI, 'samples/place-and-cancel.ts'], { cwd: ROOT, timeout: 60_000, killSignal: 'SIGKILL' }, (error, out, err) =>
        done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout: out, stderr: err }),
      );
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^placed #(\d+) BUY 0\.001 BTCUSDT @ \d+(\.\d{1,2})?: NEW$/m);
    const placed = /placed #(\d+)/.exec(stdout)?.[1];
    expect(stdout).toContain(`canceled #${placed ?? '?'}: CANCELED`);
  });
});
