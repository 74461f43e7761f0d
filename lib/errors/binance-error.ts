/** Options shared by every {@link BinanceError}. */
export interface BinanceErrorOptions {
  /** The error this one wraps (kept as the standard ES2022 `cause`). */
  readonly cause?: unknown;
  /** Extra context, printed after the short message on a `Details:` line. */
  readonly details?: string;
  /** A page of Binance's documentation that explains the failure. */
  readonly docsUrl?: string;
  /** `key: value` lines printed under the short message. */
  readonly metaMessages?: readonly string[];
}

/**
 * Base class of every error a binance-rx observable emits or a method throws.
 *
 * @remarks
 * `message` is assembled from lines: the short message, meta lines, `Docs:` and `Details:`.
 * None of them ever holds a secret (API key, signature, listen key): callers redact before
 * building an error.
 *
 * @example
 * ```ts
 * import { BinanceError, StreamSubscribeError } from 'binance-rx';
 * stream$.subscribe({ error: (e: BinanceError) => e.walk((c) => c instanceof StreamSubscribeError) });
 * ```
 */
export class BinanceError extends Error {
  override readonly name: string = 'BinanceError';
  /** The one-line description, without meta lines. */
  readonly shortMessage: string;
  /** Extra context, if any. */
  readonly details: string | undefined;
  /** A documentation page that explains the failure, if any. */
  readonly docsUrl: string | undefined;

  /**
   * @param shortMessage - one line saying what failed
   * @param options - cause, details, docs link and meta lines
   */
  constructor(shortMessage: string, options: BinanceErrorOptions = {}) {
    super(composeMessage(shortMessage, options), { cause: options.cause });
    this.shortMessage = shortMessage;
    this.details = options.details;
    this.docsUrl = options.docsUrl;
  }

  /**
   * Walks the `cause` chain, starting at this error.
   *
   * @param predicate - stop at the first error it accepts
   * @returns the first matching error, or (without a predicate) the innermost cause;
   * `undefined` if the predicate matches nothing
   */
  walk(predicate?: (error: unknown) => boolean): unknown {
    let current: unknown = this;
    const seen = new Set<unknown>();
    while (current !== undefined && current !== null && !seen.has(current)) {
      seen.add(current);
      if (predicate?.(current) === true) return current;
      const next: unknown = current instanceof Error ? current.cause : undefined;
      if (next === undefined) return predicate === undefined ? current : undefined;
      current = next;
    }
    return undefined;
  }
}

function composeMessage(shortMessage: string, options: BinanceErrorOptions): string {
  const lines = [shortMessage];
  if (options.metaMessages !== undefined && options.metaMessages.length > 0) {
    lines.push('', ...options.metaMessages);
  }
  if (options.docsUrl !== undefined) lines.push('', `Docs: ${options.docsUrl}`);
  if (options.details !== undefined) lines.push('', `Details: ${options.details}`);
  return lines.join('\n');
}
