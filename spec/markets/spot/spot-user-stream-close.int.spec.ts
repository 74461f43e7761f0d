import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const TSX_CLI = require.resolve('tsx/cli', { paths: [ROOT] });

describe('SpotClient.close() after the user-data stream (child process)', () => {
  it('behavior: the process exits at once: the unsubscribe sent while closing does not wait for its 10 s timeout', async () => {
    const started = Date.now();
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      execFile(process.execPath, [TSX_CLI, 'spec/markets/spot/support/user-stream-close-child.ts'], { cwd: ROOT, timeout: 30_000 }, (error, _stdout, stderr) =>
        done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stderr }),
      );
    });
    expect(result).toEqual({ code: 0, stderr: '' });
    // tsx start-up is ~1–2 s; the request timeout alone would be 10 s
    expect(Date.now() - started).toBeLessThan(8000);
  }, 35_000);
});
