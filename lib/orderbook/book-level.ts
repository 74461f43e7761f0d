import type Big from 'big.js';
import type { PriceLevel } from '../codecs/price-level.js';
import { parseDecimal } from '../codecs/parse-decimal.js';

const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * One level of a managed order book: an exact price and the quantity resting at it.
 *
 * @remarks Kept as the exchange's decimal text; `price` and `quantity` are exact `Big`s made on
 * first read and cached, so a book applying thousands of updates per second pays for the
 * decimals a consumer actually looks at. Immutable: the fields are read-only and never change
 * after construction (not frozen: freezing every level costs more than applying it). `toJSON()`
 * gives the decimal strings.
 *
 * @internal
 */
export class BookLevel implements PriceLevel {
  /** The canonical price text (no insignificant zeros), e.g. `"30000.1"`. */
  readonly priceText: string;
  /** Digits before the point of {@link priceText}. */
  readonly intDigits: number;
  /** The quantity as sent, e.g. `"0.50000000"`. */
  readonly quantityText: string;
  /** The exact price × 10^8 when below 2^53, else `NaN` (see `CanonicalPrice.scaled`). */
  readonly scaled: number;
  /** Whether the quantity is zero: in an update, the level is removed. */
  readonly removes: boolean;
  #price: Big | undefined;
  #quantity: Big | undefined;

  constructor(priceText: string, intDigits: number, scaled: number, quantityText: string, removes: boolean) {
    this.priceText = priceText;
    this.intDigits = intDigits;
    this.scaled = scaled;
    this.quantityText = quantityText;
    this.removes = removes;
  }

  /** The exact price. */
  get price(): Big {
    return (this.#price ??= decimal(this.priceText));
  }

  /** The exact quantity resting at the price. */
  get quantity(): Big {
    return (this.#quantity ??= decimal(this.quantityText));
  }

  /** `{ price, quantity }` as decimal strings. */
  toJSON(): { price: string; quantity: string } {
    return { price: this.priceText, quantity: this.quantityText };
  }

  /** @internal Node's `util.inspect`: the decimal strings. */
  [INSPECT](): string {
    return `PriceLevel { price: ${this.priceText}, quantity: ${this.quantityText} }`;
  }
}

function decimal(text: string): Big {
  const value = parseDecimal(text);
  // both texts were validated when the level was made
  if (value === undefined) throw new Error(`unreachable: ${text} was checked as a decimal`);
  return value;
}
