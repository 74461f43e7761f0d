/** Info-string languages whose blocks are TypeScript programs to type-check. */
const TS_LANGUAGES: ReadonlySet<string> = new Set(['ts', 'typescript']);

/** The HTML comment, on the line before a fence, that excludes a deliberate fragment. */
export const FRAGMENT_MARKER = '<!-- snippet: fragment -->';

/** One fenced TypeScript block of a Markdown document. */
export interface MarkdownTsBlock {
  /** 1-based line of the opening fence in the document. */
  readonly line: number;
  /** The info-string language (`ts` or `typescript`). */
  readonly lang: string;
  /** The code between the fences, ending in a newline. */
  readonly code: string;
  /** Whether the line before the fence is {@link FRAGMENT_MARKER}. */
  readonly fragment: boolean;
}

/**
 * Finds every fenced block tagged `ts` or `typescript` in a Markdown document; blocks in other
 * languages (`sh`, `json`, none…) are skipped.
 *
 * @param markdown - The document's text.
 * @returns The blocks in document order, with the line of their opening fence.
 * @throws {@link Error} when a TypeScript fence is never closed.
 * @example
 * ```ts
 * const blocks = extractTsBlocks('```ts\nconst x = 1;\n```\n'); // [{ line: 1, lang: 'ts', code: 'const x = 1;\n', fragment: false }]
 * ```
 */
export function extractTsBlocks(markdown: string): MarkdownTsBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: MarkdownTsBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i] ?? '');
    if (open === null) continue;
    const fence = open[1] ?? '```';
    const lang = (open[2] ?? '').toLowerCase();
    const end = closingFence(lines, i + 1, fence);
    if (end === -1 && TS_LANGUAGES.has(lang)) throw new Error(`README line ${i + 1}: unclosed ${lang} fence`);
    if (end === -1) break;
    if (TS_LANGUAGES.has(lang)) {
      const code = lines.slice(i + 1, end).join('\n') + '\n';
      blocks.push({ line: i + 1, lang, code, fragment: lines[i - 1]?.trim() === FRAGMENT_MARKER });
    }
    i = end;
  }
  return blocks;
}

/** Index of the line closing a fence opened with `fence`, or -1. */
function closingFence(lines: readonly string[], from: number, fence: string): number {
  for (let j = from; j < lines.length; j++) {
    const line = (lines[j] ?? '').trimEnd();
    if (line.startsWith(fence) && /^(`+|~+)$/.test(line) && line[0] === fence[0]) return j;
  }
  return -1;
}
