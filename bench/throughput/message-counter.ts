import { performance } from 'node:perf_hooks';

/** When the first and the last expected message arrived (performance.now() ms). */
export interface CountedSpan {
  readonly firstAt: number;
  readonly lastAt: number;
}

/**
 * Counts delivered messages on the hot path and notes when the first and the `expected`-th
 * arrive; reading the clock only at those two moments keeps its cost out of the figure.
 */
export class MessageCounter {
  readonly expected: number;
  count = 0;
  #firstAt = 0;
  #resolve: ((span: CountedSpan) => void) | undefined;
  readonly done: Promise<CountedSpan>;

  constructor(expected: number) {
    this.expected = expected;
    this.done = new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  /** One message delivered. */
  readonly tick = (): void => {
    const n = ++this.count;
    if (n === 1) this.#firstAt = performance.now();
    if (n === this.expected) this.#resolve?.({ firstAt: this.#firstAt, lastAt: performance.now() });
  };
}
