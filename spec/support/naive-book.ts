import Big from 'big.js';

/** One level as `LocalOrderBook.toJSON()` gives it: the canonical price and the quantity as sent. */
export interface JsonLevel {
  readonly price: string;
  readonly quantity: string;
}

/**
 * The obvious order book, as a reference for the persistent one: a `Map` per side keyed by
 * `Big(price).toFixed()`, each change applied as Binance describes it (`spec/spot-streams.md` §5,
 * update procedure step 3: set the level, a zero quantity deletes it, absent or not), and levels
 * sorted with big.js when read.
 */
export class NaiveBook {
  readonly #sides = { bids: new Map<string, string>(), asks: new Map<string, string>() };
  readonly #rankOf: ((key: string) => number) | undefined;

  /**
   * @param rankOf - optional: a precomputed big.js order of every price the spec can use (a rank per
   * `Big(price).toFixed()`), so that sorting thousands of levels per step stays cheap; without it,
   * every read sorts with `Big#cmp`
   */
  constructor(rankOf?: (key: string) => number) {
    this.#rankOf = rankOf;
  }

  /**
   * Sets or deletes one level.
   *
   * @param side - `'bids'` or `'asks'`
   * @param price - wire price text, any zeros
   * @param quantity - wire quantity text; any zero form deletes
   */
  set(side: 'bids' | 'asks', price: string, quantity: string): void {
    const key = new Big(price).toFixed();
    if (new Big(quantity).eq(0)) this.#sides[side].delete(key);
    else this.#sides[side].set(key, quantity);
  }

  /** How many levels a side holds. */
  size(side: 'bids' | 'asks'): number {
    return this.#sides[side].size;
  }

  /** The canonical prices a side holds, in no order. */
  prices(side: 'bids' | 'asks'): string[] {
    return [...this.#sides[side].keys()];
  }

  /**
   * A side best first: bids by descending price, asks ascending.
   *
   * @param side - `'bids'` or `'asks'`
   * @returns the levels as `toJSON()` gives them
   */
  levels(side: 'bids' | 'asks'): JsonLevel[] {
    const entries = [...this.#sides[side].entries()];
    const rankOf = this.#rankOf;
    if (rankOf === undefined) entries.sort(([a], [b]) => new Big(a).cmp(new Big(b)));
    else entries.sort(([a], [b]) => rankOf(a) - rankOf(b));
    if (side === 'bids') entries.reverse();
    return entries.map(([price, quantity]) => ({ price, quantity }));
  }

  /** A deep copy (the reference is mutable; the book under test is not). */
  clone(): NaiveBook {
    const copy = new NaiveBook(this.#rankOf);
    for (const side of ['bids', 'asks'] as const) for (const [k, v] of this.#sides[side]) copy.#sides[side].set(k, v);
    return copy;
  }
}

/**
 * Where two level lists first differ, for a readable failure on thousands of levels.
 *
 * @param actual - the book under test
 * @param expected - the reference
 * @returns `undefined` when equal, else a one-line description
 */
export function firstDifference(actual: readonly JsonLevel[], expected: readonly JsonLevel[]): string | undefined {
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    const a = actual[i];
    const e = expected[i];
    if (a?.price !== e?.price || a?.quantity !== e?.quantity) {
      return `at ${i} of ${actual.length} (expected ${expected.length}): got ${JSON.stringify(a)}, expected ${JSON.stringify(e)}`;
    }
  }
  return undefined;
}
