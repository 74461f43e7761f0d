import { extractTsBlocks, FRAGMENT_MARKER } from './readme-blocks';

const doc = (...lines: string[]): string => lines.join('\n');

describe('extractTsBlocks', () => {
  it('default: returns ts and typescript blocks with the line of their opening fence', () => {
    const blocks = extractTsBlocks(doc('# T', '```ts', 'const a = 1;', '```', 'text', '```typescript', 'const b = 2;', '```'));
    expect(blocks).toEqual([
      { line: 2, lang: 'ts', code: 'const a = 1;\n', fragment: false },
      { line: 6, lang: 'typescript', code: 'const b = 2;\n', fragment: false },
    ]);
  });

  it('behavior: skips blocks in other languages and untagged blocks', () => {
    const blocks = extractTsBlocks(doc('```sh', 'npm test', '```', '```json', '{}', '```', '```', 'x', '```', '```ts', 'ok();', '```'));
    expect(blocks.map((b) => b.line)).toEqual([10]);
  });

  it('behavior: marks a block preceded by the fragment comment', () => {
    const blocks = extractTsBlocks(doc(FRAGMENT_MARKER, '```ts', '{ limit: 1000 }', '```', '```ts', 'ok();', '```'));
    expect(blocks.map((b) => b.fragment)).toEqual([true, false]);
  });

  it('behavior: a ts fence inside a longer fence is part of that block, not a block of its own', () => {
    const blocks = extractTsBlocks(doc('````md', '```ts', 'no();', '```', '````', '~~~ts', 'yes();', '~~~'));
    expect(blocks).toEqual([{ line: 6, lang: 'ts', code: 'yes();\n', fragment: false }]);
  });

  it('error: throws on a ts fence that is never closed', () => {
    expect(() => extractTsBlocks(doc('text', '```ts', 'const a = 1;'))).toThrow('README line 2: unclosed ts fence');
  });
});
