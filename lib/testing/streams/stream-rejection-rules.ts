import type { StreamErrorPayload } from './stream-error-payloads.js';

/** Which stream names a rule applies to: an exact name, a pattern, or a predicate. */
export type StreamMatcher = string | RegExp | ((name: string) => boolean);

interface Rule {
  readonly matches: (name: string) => boolean;
  readonly error: StreamErrorPayload;
}

/**
 * The `rejectStream` rules of one fake stream server: names a SUBSCRIBE (or URL) must not
 * contain, and the error answered when it does.
 *
 * @internal
 */
export class StreamRejectionRules {
  readonly #rules = new Set<Rule>();

  /**
   * Adds a rule.
   *
   * @param matcher - the names it applies to
   * @param error - the error answered
   * @returns a function that removes the rule
   */
  add(matcher: StreamMatcher, error: StreamErrorPayload): () => void {
    const rule: Rule = { matches: toPredicate(matcher), error: { code: error.code, msg: error.msg } };
    this.#rules.add(rule);
    return () => {
      this.#rules.delete(rule);
    };
  }

  /** The error of the oldest rule matching `name`, if any. */
  errorFor(name: string): StreamErrorPayload | undefined {
    for (const rule of this.#rules) {
      if (rule.matches(name)) return rule.error;
    }
    return undefined;
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules.clear();
  }
}

function toPredicate(matcher: StreamMatcher): (name: string) => boolean {
  if (typeof matcher === 'string') return (name) => name === matcher;
  // `search` ignores `lastIndex`, so a /g or /y pattern gives the same answer every time.
  if (matcher instanceof RegExp) return (name) => name.search(matcher) !== -1;
  return matcher;
}
