import { build, type Metafile, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const PAGE_DIR = resolve(__dirname, '../page');
/** The page's import of the browser entry's source (for `tsc`), which the bundle replaces by the package. */
const SDK_SOURCE = '../../../lib/index.browser.js';
/** What a user's bundler gets for `import … from 'binance-rx'` with the `browser` condition. */
export const BROWSER_BUILD = 'dist/esm/index.browser.js';

/** The bundled page script and what went into it. */
export interface PageBundle {
  readonly code: string;
  /** The bundle's inputs, paths relative to the repository root (`node_modules/…`, `dist/…`). */
  readonly inputs: readonly string[];
}

/**
 * Sends the page's import of `lib/index.browser.js` to the bare specifier `'binance-rx'`,
 * resolved by esbuild like any user's import (the package's self-reference through `exports`).
 */
const asPackage: Plugin = {
  name: 'sdk-as-package',
  setup(builder) {
    builder.onResolve({ filter: /lib\/index\.browser\.js$/ }, async (args) => {
      if (args.path !== SDK_SOURCE || args.resolveDir !== PAGE_DIR) return undefined;
      const resolved = await builder.resolve('binance-rx', { kind: args.kind, resolveDir: ROOT, importer: args.importer });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path };
    });
  },
};

/** Fails the build on any import of a Node built-in (`node:*`) or of a Node-only adapter (`ws`, `cross-fetch`). */
const nodeOnlyRefused: Plugin = {
  name: 'node-only-refused',
  setup(builder) {
    builder.onResolve({ filter: /^(node:|ws$|ws\/|cross-fetch$|cross-fetch\/)/ }, (args) => ({
      errors: [{ text: `the browser bundle must not import ${args.path} (imported by ${args.importer})` }],
    }));
  },
};

/** Whether a metafile input is a Node built-in or a Node-only adapter. */
export function isNodeOnlyInput(input: string): boolean {
  return /^node:|(^|\/)node_modules\/(ws|cross-fetch|node-fetch)\//.test(input) || /(^|\/)dist\/(cjs|esm)\/platform\//.test(input);
}

/**
 * Bundles `spec/browser/page/browser-page.ts` for the browser, as a user's bundler would: ES
 * module, `platform: 'browser'`, condition `browser`, the SDK imported as `'binance-rx'`.
 *
 * @param source - another entry's source text instead of the page (resolved from the page's
 * folder), to check what the build refuses
 * @returns the script and its inputs
 * @throws Error when `dist/` is missing (run `npm run build`), or when esbuild fails, e.g. on a
 * Node built-in anywhere in the graph
 */
export async function bundlePage(source?: string): Promise<PageBundle> {
  if (!existsSync(resolve(ROOT, BROWSER_BUILD))) throw new Error(`${BROWSER_BUILD} is missing: run \`npm run build\` (npm test does it in pretest)`);
  const result = await build({
    absWorkingDir: ROOT,
    ...(source === undefined ? { entryPoints: [resolve(PAGE_DIR, 'browser-page.ts')] } : { stdin: { contents: source, resolveDir: PAGE_DIR, loader: 'ts' as const } }),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    conditions: ['browser'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [asPackage, nodeOnlyRefused],
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no output');
  return { code: output.text, inputs: Object.keys((result.metafile as Metafile).inputs) };
}
