import { resolve } from 'node:path';
import ts from 'typescript';

/** A piece of TypeScript to type-check as if it were a user's module importing the package. */
export interface Snippet {
  /** Unique, file-name-safe id, e.g. `readme-L46`. */
  readonly id: string;
  /** The module's source. */
  readonly code: string;
}

/** One problem found in a snippet, positioned in the snippet (1-based). */
export interface SnippetDiagnostic {
  readonly line: number;
  readonly column: number;
  /** `TS2304`-style code. */
  readonly code: string;
  readonly message: string;
}

/** What {@link checkSnippets} found. */
export interface SnippetReport {
  /** Diagnostics of each snippet by id; an empty array for a clean snippet. */
  readonly bySnippet: ReadonlyMap<string, readonly SnippetDiagnostic[]>;
  /** Option and global diagnostics that belong to no snippet, formatted. */
  readonly other: readonly string[];
}

/**
 * The repository's compiler options, adjusted for documentation snippets: each snippet is an ES
 * module (top-level `await`), `binance-rx` and `binance-rx/testing` resolve to the sources, and
 * only Node's ambient types are loaded (no Jest globals).
 *
 * @param root - Absolute path of the repository (the folder of `tsconfig.json`).
 * @returns The options for {@link checkSnippets}.
 * @throws {@link Error} when `tsconfig.json` cannot be read or parsed.
 */
export function snippetCompilerOptions(root: string): ts.CompilerOptions {
  const configPath = resolve(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  return {
    ...parsed.options,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    types: ['node'],
    paths: {
      'binance-rx': [resolve(root, 'lib/index.ts')],
      'binance-rx/testing': [resolve(root, 'lib/testing/index.ts')],
    },
    noEmit: true,
    // Snippets show values they do not go on to use (`const { windows, … } = …`).
    noUnusedLocals: false,
    noUnusedParameters: false,
  };
}

/**
 * Type-checks snippets in one program: each is a virtual module in `dir` (never written to
 * disk), so `rxjs`, `node:*` and the package resolve as for a file of the repository.
 *
 * @param snippets - The modules to check.
 * @param options - Compiler options, usually {@link snippetCompilerOptions}.
 * @param dir - Absolute folder the virtual files appear in.
 * @returns The diagnostics of each snippet, and those that belong to none.
 * @throws {@link Error} when two snippets share an id.
 */
export function checkSnippets(snippets: readonly Snippet[], options: ts.CompilerOptions, dir: string): SnippetReport {
  const files = new Map<string, Snippet>();
  for (const snippet of snippets) {
    const path = resolve(dir, `${snippet.id}.ts`);
    if (files.has(path)) throw new Error(`duplicate snippet id ${snippet.id}`);
    files.set(path, snippet);
  }
  const host = virtualHost(options, files);
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  const bySnippet = new Map<string, SnippetDiagnostic[]>();
  for (const [path, snippet] of files) {
    const source = program.getSourceFile(path);
    if (source === undefined) throw new Error(`${snippet.id} is not in the program`);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    bySnippet.set(snippet.id, diagnostics.map((d) => positioned(d, source)));
  }
  const other = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) =>
    ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => '\n' }),
  );
  return { bySnippet, other };
}

/** A compiler host that serves the snippets from memory and everything else from disk. */
function virtualHost(options: ts.CompilerOptions, files: ReadonlyMap<string, Snippet>): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  return {
    ...host,
    fileExists: (path) => files.has(path) || fileExists(path),
    readFile: (path) => files.get(path)?.code ?? readFile(path),
    getSourceFile: (path, languageVersion, onError, shouldCreate) => {
      const snippet = files.get(path);
      return snippet === undefined
        ? getSourceFile(path, languageVersion, onError, shouldCreate)
        : ts.createSourceFile(path, snippet.code, languageVersion, true, ts.ScriptKind.TS);
    },
  };
}

/** A diagnostic with its 1-based position in the snippet. */
function positioned(diagnostic: ts.Diagnostic, source: ts.SourceFile): SnippetDiagnostic {
  const at = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  return {
    line: at.line + 1,
    column: at.character + 1,
    code: `TS${diagnostic.code}`,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  };
}
