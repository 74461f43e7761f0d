/** The middle value (mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `1234567.8` → `1 234 568` (thin groups keep wide figures readable in a table). */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** A number with a fixed count of decimals, or `-` when not finite. */
export function formatFixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '-';
}

/**
 * Lays rows out as a left/right-aligned text table (numbers right-aligned).
 *
 * @param header - column titles
 * @param rows - cells, one array per row
 * @returns the table, one line per row, without a trailing newline
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const numeric = header.map((_, col) => rows.length > 0 && rows.every((row) => /^[-+]?[\d .,%×x≥<>~-]*$/.test(row[col] ?? '')));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, col) => (numeric[col] === true ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Resolves after `ms` milliseconds (bench code only: lib uses RxJS time). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
