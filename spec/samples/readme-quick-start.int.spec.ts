import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TSX_CLI = require.resolve('tsx/cli', { paths: [ROOT] });

/** The README's quick-start block, with the package specifiers a user writes. */
function readmeQuickStart(): string {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const match = /<!-- quick-start:begin -->\n```ts\n([\s\S]*?)```\n<!-- quick-start:end -->/.exec(readme);
  if (match?.[1] === undefined) throw new Error('README.md has no quick-start block');
  return match[1];
}

describe('README quick start', () => {
  it('default: is samples/quick-start.ts with the package specifiers a user writes', () => {
    const sample = readFileSync(resolve(ROOT, 'samples/quick-start.ts'), 'utf8')
      .replace("from '../lib/testing/index.js'", "from 'binance-rx/testing'")
      .replace("from '../lib/index.js'", "from 'binance-rx'");
    expect(sample).toBe(readmeQuickStart());
  });

  it('behavior: runs against the fake exchange and prints the decoded trades and kline', async () => {
    const stdout = await new Promise<string>((done, fail) => {
      execFile(process.execPath, [TSX_CLI, 'samples/quick-start.ts'], { cwd: ROOT, timeout: 30_000 }, (error, out, err) =>
        error === null && err === '' ? done(out) : fail(error ?? new Error(err)),
      );
    });
    expect(stdout).toBe(['trade 12345: 100 @ 0.001', 'trade 12346: 100 @ 0.0011', 'kline 1m close 0.002 (closed: false)', ''].join('\n'));
  }, 35_000);
});
