import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

// The package as a user gets it: `npm pack` of the built dist/ (`pretest` builds it), unpacked
// into node_modules/binance-rx of a folder outside the repo, next to symlinks to the declared
// runtime dependencies only. Every check runs in a child Node process in that folder.

const ROOT = resolve(__dirname, '../..');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const CHILD_TIMEOUT_MS = 15_000;

const PUBLIC_NAMES = [
  'SpotClient',
  'MarketClient',
  'SubType',
  'TimeFrame',
  'backoffPolicy',
  'noRetryPolicy',
  'BigFromString',
  'decodeWith',
  'Trade',
  'Ticker',
  'BinanceError',
  'ConfigError',
  'DecodeError',
  'InvalidSubParamsError',
  'SocketClosedError',
  'StaleStreamError',
  'StreamAbandonedError',
  'StreamSubscribeError',
  'TooManyStreamsError',
];
/** The exports that are values but not functions (enums, codecs). */
const OBJECT_EXPORTS = { SubType: 'object', TimeFrame: 'object', Trade: 'object', Ticker: 'object', BigFromString: 'object' };
const ERROR_NAMES = PUBLIC_NAMES.filter((name) => name.endsWith('Error'));

interface ChildResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end (or the timeout, which kills it); never rejects on a non-zero exit. */
function run(file: string, args: readonly string[], cwd: string): Promise<ChildResult> {
  return new Promise((done, fail) => {
    execFile(file, args, { cwd, timeout: CHILD_TIMEOUT_MS, killSignal: 'SIGKILL', shell: false }, (error, stdout, stderr) => {
      if (error === null) return done({ code: 0, stdout, stderr });
      if (typeof error.code === 'number') return done({ code: error.code, stdout, stderr });
      if (error.killed === true || error.signal !== undefined) return done({ code: null, stdout, stderr: `${stderr}\n[killed: ${error.signal ?? 'timeout'}]` });
      return fail(error);
    });
  });
}

/** Node in the install folder; the last stdout line is parsed as JSON. */
async function node(cwd: string, args: readonly string[]): Promise<unknown> {
  const result = await run(process.execPath, args, cwd);
  if (result.code !== 0) throw new Error(`node ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  const last = result.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as unknown;
}

/** Prints `{ name: typeof export }` for the names asked, as a CJS or an ESM one-liner. */
function typeofScript(kind: 'require' | 'import', specifier: string, names: readonly string[]): string {
  const load = kind === 'require' ? `require(${JSON.stringify(specifier)})` : `await import(${JSON.stringify(specifier)})`;
  return `const m = ${load}; console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(names)}.map((n) => [n, typeof m[n]]))));`;
}

function allFunctions(names: readonly string[], plus: Record<string, string> = {}): Record<string, string> {
  return { ...Object.fromEntries(names.map((n) => [n, 'function'])), ...plus };
}

/** The bare specifiers (packages, built-ins) that an ES module graph imports, transitively. */
function bareImportsOf(entry: string): Set<string> {
  const bare = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    // TSDoc examples in the output say `from 'binance-rx'`: drop comments first.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const specifiers = [
      ...code.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm),
      ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
      ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
      ...code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] as string);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  }
  return bare;
}

/** Whether a bare specifier is a Node built-in or one of the Node-only adapters. */
function isNodeOnly(specifier: string): boolean {
  const name = specifier.replace(/^node:/, '').split('/')[0] as string;
  return specifier.startsWith('node:') || builtinModules.includes(name) || specifier === 'ws' || specifier.startsWith('ws/') || specifier.startsWith('cross-fetch');
}

const SMOKE_CJS = `
const { filter, firstValueFrom, interval } = require('rxjs');
const { SpotClient, SubType } = require('binance-rx');
const { FakeBinance, SPOT_STREAM_EXAMPLES } = require('binance-rx/testing');
(async () => {
  const fake = await FakeBinance.start();
  const spot = new SpotClient({ ...fake.hosts.spot });
  try {
    const trade = firstValueFrom(spot.stream$(SubType.Trade, 'BNBBTC'));
    await firstValueFrom(interval(5).pipe(filter(() => fake.subscribersOf('bnbbtc@trade') > 0)));
    fake.publish('bnbbtc@trade', SPOT_STREAM_EXAMPLES.trade);
    const t = await trade;
    console.log(JSON.stringify({ symbol: t.symbol, price: t.price.toFixed(), priceType: t.price.constructor.name }));
  } finally {
    await spot.close();
    await fake.stop();
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

const SMOKE_ESM = `
import { filter, firstValueFrom, interval } from 'rxjs';
import { SpotClient, SubType } from 'binance-rx';
import { FakeBinance, SPOT_STREAM_EXAMPLES } from 'binance-rx/testing';

const fake = await FakeBinance.start();
const spot = new SpotClient({ ...fake.hosts.spot });
try {
  const trade = firstValueFrom(spot.stream$(SubType.Trade, 'BNBBTC'));
  await firstValueFrom(interval(5).pipe(filter(() => fake.subscribersOf('bnbbtc@trade') > 0)));
  fake.publish('bnbbtc@trade', SPOT_STREAM_EXAMPLES.trade);
  const t = await trade;
  console.log(JSON.stringify({ symbol: t.symbol, price: t.price.toFixed(), priceType: t.price.constructor.name }));
} finally {
  await spot.close();
  await fake.stop();
}
`;

describe('binance-rx package', () => {
  let home: string;
  let installed: string;

  beforeAll(async () => {
    for (const built of ['dist/cjs/index.js', 'dist/esm/index.js', 'dist/esm/package.json']) {
      if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` (npm test does it in pretest)`);
    }
    home = mkdtempSync(join(tmpdir(), 'binance-rx-exports-'));
    const modules = join(home, 'node_modules');
    mkdirSync(modules);
    // Under `npm test`, npm_execpath is npm's own CLI script: no reliance on PATH or on npm.cmd.
    const npmCli = process.env['npm_execpath'];
    const npm = npmCli !== undefined && /npm-cli\.js$/.test(npmCli) ? [process.execPath, npmCli] : ['npm'];
    const [npmFile, ...npmArgs] = npm as [string, ...string[]];
    const packed = await run(npmFile, [...npmArgs, 'pack', '--ignore-scripts', '--json', '--pack-destination', home], ROOT);
    if (packed.code !== 0) throw new Error(`npm pack failed\n${packed.stderr}`);
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    const untar = await run('tar', ['-xzf', join(home, filename), '-C', modules], home);
    if (untar.code !== 0) throw new Error(`tar failed\n${untar.stderr}`);
    installed = join(modules, 'binance-rx');
    renameSync(join(modules, 'package'), installed);
    for (const dependency of Object.keys(MANIFEST.dependencies)) {
      mkdirSync(dirname(join(modules, dependency)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', dependency), join(modules, dependency), 'junction');
    }
    writeFileSync(join(home, 'smoke.cjs'), SMOKE_CJS);
    writeFileSync(join(home, 'smoke.mjs'), SMOKE_ESM);
  }, 60_000);

  afterAll(() => {
    if (home !== undefined) rmSync(home, { recursive: true, force: true });
  });

  it('default: the install folder sees the declared runtime dependencies and nothing else', async () => {
    const seen = await node(home, [
      '-e',
      `console.log(JSON.stringify(['rxjs', 'ws', 'typescript', 'jest'].map((n) => { try { require.resolve(n); return n; } catch { return '-'; } })))`,
    ]);
    expect(seen).toEqual(['rxjs', 'ws', '-', '-']);
  });

  it('default: the tarball holds dist/ and package.json, with every exports target present', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    const targets: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect([manifest['main'], manifest['module'], manifest['types'], manifest['exports']]);
    expect(targets.filter((target) => !existsSync(join(installed, target)))).toEqual([]);
    expect(targets).toEqual(expect.arrayContaining(['./dist/esm/index.browser.js', './dist/cjs/testing/index.js', './dist/esm/testing/index.d.ts']));
    expect(existsSync(join(installed, 'lib'))).toBe(false);
    expect(existsSync(join(installed, 'spec'))).toBe(false);
    expect(JSON.parse(readFileSync(join(installed, 'dist/esm/package.json'), 'utf8'))).toEqual({ type: 'module', sideEffects: false });
  });

  it("default: require('binance-rx') exposes the clients, SubType, TimeFrame, policies and errors", async () => {
    const types = await node(home, ['-e', typeofScript('require', 'binance-rx', PUBLIC_NAMES)]);
    expect(types).toEqual(allFunctions(PUBLIC_NAMES, OBJECT_EXPORTS));
  });

  it("default: import('binance-rx') exposes the clients, SubType, TimeFrame, policies and errors", async () => {
    const types = await node(home, ['--input-type=module', '-e', typeofScript('import', 'binance-rx', PUBLIC_NAMES)]);
    expect(types).toEqual(allFunctions(PUBLIC_NAMES, OBJECT_EXPORTS));
  });

  it('behavior: require and import load the CommonJS and the ES module builds', async () => {
    const script = (kind: 'require' | 'import'): string =>
      kind === 'require'
        ? `console.log(JSON.stringify([require.resolve('binance-rx'), require.resolve('binance-rx/testing')]))`
        : `console.log(JSON.stringify([import.meta.resolve('binance-rx'), import.meta.resolve('binance-rx/testing')]))`;
    const cjs = (await node(home, ['-e', script('require')])) as string[];
    const esm = (await node(home, ['--input-type=module', '-e', script('import')])) as string[];
    expect(cjs.map((p) => relative(installed, p).split('\\').join('/'))).toEqual(['dist/cjs/index.js', 'dist/cjs/testing/index.js']);
    expect(esm.map((url) => url.slice(url.indexOf('/node_modules/binance-rx/') + '/node_modules/binance-rx/'.length))).toEqual([
      'dist/esm/index.js',
      'dist/esm/testing/index.js',
    ]);
  });

  it('behavior: every error class extends BinanceError in both builds', async () => {
    const check = `m => ${JSON.stringify(ERROR_NAMES)}.every((n) => m[n].prototype instanceof m.BinanceError || n === 'BinanceError')`;
    const cjs = await node(home, ['-e', `console.log(JSON.stringify((${check})(require('binance-rx'))))`]);
    const esm = await node(home, ['--input-type=module', '-e', `console.log(JSON.stringify((${check})(await import('binance-rx'))))`]);
    expect([cjs, esm]).toEqual([true, true]);
  });

  it("default: require and import of 'binance-rx/testing' expose FakeBinance and its fixtures", async () => {
    const names = ['FakeBinance', 'FakeWebSocket', 'SPOT_STREAM_EXAMPLES'];
    const expected = allFunctions(names, { SPOT_STREAM_EXAMPLES: 'object' });
    expect(await node(home, ['-e', typeofScript('require', 'binance-rx/testing', names)])).toEqual(expected);
    expect(await node(home, ['--input-type=module', '-e', typeofScript('import', 'binance-rx/testing', names)])).toEqual(expected);
  });

  it('behavior: the browser condition resolves to dist/esm/index.browser.js, which has the same API', async () => {
    const browser = ['--conditions=browser', '--input-type=module', '-e'];
    const url = await node(home, [...browser, `console.log(JSON.stringify(import.meta.resolve('binance-rx')))`]);
    const types = await node(home, [...browser, typeofScript('import', 'binance-rx', PUBLIC_NAMES)]);
    expect(url).toMatch(/\/node_modules\/binance-rx\/dist\/esm\/index\.browser\.js$/);
    expect(types).toEqual(allFunctions(PUBLIC_NAMES, OBJECT_EXPORTS));
  });

  it("behavior: the browser build's import graph has no ws, cross-fetch or Node built-in; the Node build's has", () => {
    const browser = [...bareImportsOf(join(installed, 'dist/esm/index.browser.js'))];
    const nodeBuild = [...bareImportsOf(join(installed, 'dist/esm/index.js'))];
    expect(browser.filter(isNodeOnly)).toEqual([]);
    expect(browser).toEqual(expect.arrayContaining(['rxjs', 'io-ts', 'big.js']));
    expect(nodeBuild.filter(isNodeOnly).sort()).toEqual(['cross-fetch', 'node:crypto', 'ws']) // node:crypto: encrypted PEM keys (Node Credentials);
    expect(bareImportsOf(join(installed, 'dist/esm/testing/index.js'))).toContain('node:http');
  });

  it('error: deep imports past the exports map are refused', async () => {
    const result = await run(process.execPath, ['-e', `require('binance-rx/dist/cjs/index.js')`], home);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('behavior: a CommonJS script receives a decoded trade from FakeBinance and exits 0', async () => {
    const result = await run(process.execPath, ['smoke.cjs'], home);
    expect(result).toEqual({ code: 0, stdout: '{"symbol":"BNBBTC","price":"0.001","priceType":"Big"}\n', stderr: '' });
  });

  it('behavior: an ES module script receives a decoded trade from FakeBinance and exits 0', async () => {
    const result = await run(process.execPath, ['smoke.mjs'], home);
    expect(result).toEqual({ code: 0, stdout: '{"symbol":"BNBBTC","price":"0.001","priceType":"Big"}\n', stderr: '' });
  });
});
