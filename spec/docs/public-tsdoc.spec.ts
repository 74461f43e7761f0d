import { resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const ENTRIES = ['lib/index.ts', 'lib/index.browser.ts', 'lib/testing/index.ts'];

/** Public exports of an entry point that have no documentation comment. */
function undocumented(program: ts.Program, entry: string): string[] {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(resolve(ROOT, entry));
  if (file === undefined) throw new Error(`${entry} not in the program`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) throw new Error(`${entry} has no module symbol`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() === '';
    })
    .map((s) => s.getName());
}

describe('public API documentation', () => {
  const program = ts.createProgram(
    ENTRIES.map((e) => resolve(ROOT, e)),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true },
  );

  it.each(ENTRIES)('default: every export of %s has TSDoc', (entry) => {
    expect(undocumented(program, entry)).toEqual([]);
  });
});
