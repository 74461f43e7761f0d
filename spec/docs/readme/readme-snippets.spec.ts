import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractTsBlocks, type MarkdownTsBlock } from './readme-blocks';
import { checkSnippets, snippetCompilerOptions, type SnippetDiagnostic } from './snippet-program';

const ROOT = resolve(__dirname, '../../..');
const BLOCKS = extractTsBlocks(readFileSync(resolve(ROOT, 'README.md'), 'utf8'));
const CHECKED = BLOCKS.filter((block) => !block.fragment);

/** A block that must fail, so a check that silently passes everything is caught. */
const CANARY = { id: 'canary-missing-export', code: "import { NoSuchExport } from 'binance-rx';\nconsole.log(NoSuchExport);\n" };

const idOf = (block: MarkdownTsBlock): string => `readme-L${block.line}`;

/** A diagnostic as `README.md:<line>:<column> TS<code>: <message>`. */
const inReadme = (block: MarkdownTsBlock, d: SnippetDiagnostic): string =>
  `README.md:${block.line + d.line}:${d.column} ${d.code}: ${d.message}`;

describe('README.md TypeScript blocks', () => {
  // One program for every block: the library is loaded and checked once.
  const report = checkSnippets(
    [...CHECKED.map((block) => ({ id: idOf(block), code: block.code })), CANARY],
    snippetCompilerOptions(ROOT),
    resolve(__dirname, '.snippets'),
  );

  it('default: README.md has TypeScript blocks to check', () => {
    expect(CHECKED.length).toBeGreaterThan(0);
  });

  it('default: the snippet program has no option or global errors', () => {
    expect(report.other).toEqual([]);
  });

  it('behavior: a block using a name binance-rx does not export fails', () => {
    expect(report.bySnippet.get(CANARY.id)?.map((d) => d.code)).toContain('TS2305');
  });

  it.each(CHECKED.map((block) => [block.line, block.code.split('\n')[0] ?? '', block] as const))(
    'default: the block at README.md line %i type-checks (%s)',
    (_line, _first, block) => {
      expect(report.bySnippet.get(idOf(block))?.map((d) => inReadme(block, d))).toEqual([]);
    },
  );
});
