import Big from 'big.js';
import type { WireLevel } from './depth-wire.js';

/** A seeded source of the numbers order-book specs draw: integers, picks, decimal texts. */
export interface RandomDepth {
  /** Uniform in [0, 1). */
  readonly random: () => number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `text` with insignificant zeros added now and then (`"100.1"` → `"100.1000"`, `"5"` → `"5.00"`), as Binance's texts vary by symbol. */
  priceText(canonical: string): string;
  /** A positive quantity text, e.g. `"12.34000000"`. */
  quantity(): string;
  /** One of the zero forms Binance sends to remove a level (`"0"`, `"0.00000000"`, …). */
  zero(): string;
}

/**
 * Decimal texts and picks from a seeded random source.
 *
 * @param random - e.g. `seededRandom(seed)` from `lib/testing/seeded-random.ts`
 * @returns the helpers
 */
export function randomDepth(random: () => number): RandomDepth {
  const int = (n: number): number => Math.floor(random() * n);
  const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');
  return {
    random,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    priceText: (canonical) => {
      const roll = random();
      if (roll < 0.5) return canonical;
      const zeros = '0'.repeat(1 + int(4));
      const padded = canonical.includes('.') ? `${canonical}${zeros}` : `${canonical}.${zeros}`;
      // a leading zero is legal decimal text too ("0100.5"); Binance does not send it, the parser must not care
      return roll < 0.95 ? padded : `0${padded}`;
    },
    quantity: () => {
      const whole = String(int(10) === 0 ? 0 : 1 + int(5000));
      const fraction = digits(8);
      const text = random() < 0.3 ? whole : `${whole}.${fraction}`;
      return new Big(text).eq(0) ? '0.00000001' : text;
    },
    zero: () => ['0', '0.0', '0.00000000', '00.000'][int(4)] as string,
  };
}

/**
 * Distinct canonical prices of very different magnitudes (`"0.000000123"` … `"12345678901"`),
 * so that orderings cross integer-digit counts and both sides of the exact-integer fast path.
 *
 * @param rnd - the random source
 * @param count - how many prices
 * @returns `Big(price).toFixed()` texts, in no order
 */
export function priceUniverse(rnd: RandomDepth, count: number): string[] {
  const prices = new Set<string>();
  while (prices.size < count) {
    const mantissa = new Big(1 + rnd.int(10 ** (1 + rnd.int(9))));
    const fractionDigits = rnd.int(11);
    prices.add(mantissa.div(new Big(10).pow(fractionDigits)).toFixed());
  }
  return [...prices];
}

/**
 * A rank per price in big.js order, computed once, for the reference book's sorting.
 *
 * @param prices - canonical prices
 * @returns `rankOf(price)`; throws for a price not in the list
 */
export function bigRank(prices: readonly string[]): (price: string) => number {
  const sorted = [...prices].sort((a, b) => new Big(a).cmp(new Big(b)));
  const ranks = new Map(sorted.map((p, i) => [p, i] as const));
  return (price) => {
    const rank = ranks.get(price);
    if (rank === undefined) throw new Error(`price ${price} is not in the universe`);
    return rank;
  };
}

/**
 * Wire levels for one side of one event.
 *
 * @param rnd - the random source
 * @param universe - prices to draw new levels from
 * @param present - prices the side holds now (updates and removals of existing levels)
 * @param count - how many entries
 * @param removeExisting - the chance that an entry for a present price removes it (0.5 keeps the size steady)
 * @returns `[price, quantity]` entries; some repeat a price, some remove absent prices
 */
export function randomSideChanges(rnd: RandomDepth, universe: readonly string[], present: readonly string[], count: number, removeExisting = 0.5): WireLevel[] {
  const out: WireLevel[] = [];
  for (let i = 0; i < count; i++) {
    const existing = present.length > 0 && rnd.random() < 0.35;
    const price = existing ? rnd.pick(present) : rnd.pick(universe);
    const removes = rnd.random() < (existing ? removeExisting : 0.2);
    out.push([rnd.priceText(price), removes ? rnd.zero() : rnd.quantity()]);
  }
  return out;
}
