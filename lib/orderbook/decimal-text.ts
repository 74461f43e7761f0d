/**
 * Exact decimal text helpers for the order book: prices are kept as canonical decimal strings
 * (compared exactly, never as floats) and turned into `Big` only when a consumer reads them.
 */

/** A canonical price: no leading zeros before the point, no trailing zeros after it. @internal */
export interface CanonicalPrice {
  /** E.g. `"30000.1"` for `"30000.10000000"`, `"0.0024"` for `"0.00240000"`, `"5"` for `"5.0"`. */
  readonly text: string;
  /** Digits before the point (`"0.0024"` → 1); orders prices of different magnitude. */
  readonly intDigits: number;
  /**
   * The price × 10^8 as an integer when that is exact (at most 7 integer and 8 fraction digits,
   * so below 2^53), else `NaN`: an exact, fast order key for the usual prices. Never a float
   * approximation of the price: either exact or absent.
   */
  readonly scaled: number;
}

/** Fraction digits {@link CanonicalPrice.scaled} holds. */
const SCALED_FRACTION_DIGITS = 8;
/** Integer digits {@link CanonicalPrice.scaled} holds: 10^7 × 10^8 < 2^53. */
const SCALED_INT_DIGITS = 7;

/**
 * Reads a price as Binance sends it (`digits[.digits]`) into its canonical form.
 *
 * @param text - the wire price
 * @returns the canonical price, or `undefined` when `text` is not a plain non-negative decimal
 *
 * @internal
 */
export function canonicalPrice(text: string): CanonicalPrice | undefined {
  const out: PriceScratch = { intDigits: 0, scaled: 0 };
  const scanned = scanPrice(text, out);
  return scanned === undefined ? undefined : { text: scanned, intDigits: out.intDigits, scaled: out.scaled };
}

/** Where {@link scanPrice} leaves the digit count and scaled key of the price it returns. @internal */
export interface PriceScratch {
  intDigits: number;
  scaled: number;
}

/**
 * {@link canonicalPrice} without allocating: returns the canonical text and writes `intDigits`
 * and `scaled` into `out` (the hot path reads them right away).
 *
 * @internal
 */
export function scanPrice(text: string, out: PriceScratch): string | undefined {
  const length = text.length;
  if (length === 0) return undefined;
  let point = -1;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 46 /* . */) {
      if (point >= 0 || i === 0 || i === length - 1) return undefined;
      point = i;
    } else if (ch < 48 || ch > 57) {
      return undefined;
    }
  }
  const intEnd = point < 0 ? length : point;
  let start = 0;
  while (start < intEnd - 1 && text.charCodeAt(start) === 48) start++;
  let end = length;
  if (point >= 0) {
    while (end > point + 1 && text.charCodeAt(end - 1) === 48) end--;
    if (end === point + 1) end = point;
  }
  const canonical = start === 0 && end === length ? text : text.slice(start, end);
  const intDigits = intEnd - start;
  out.intDigits = intDigits;
  const fractionDigits = end > intEnd ? end - intEnd - 1 : 0;
  let scaled = Number.NaN;
  if (intDigits <= SCALED_INT_DIGITS && fractionDigits <= SCALED_FRACTION_DIGITS) {
    scaled = 0;
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 46) scaled = scaled * 10 + (ch - 48);
    }
    for (let k = fractionDigits; k < SCALED_FRACTION_DIGITS; k++) scaled *= 10;
  }
  out.scaled = scaled;
  return canonical;
}

/**
 * Orders two canonical prices exactly: by their scaled integers when both have one, else by
 * magnitude of the integer part, then digit by digit.
 *
 * @returns negative if `a < b`, 0 if equal, positive if `a > b`
 *
 * @internal
 */
export function comparePrices(aText: string, aIntDigits: number, aScaled: number, bText: string, bIntDigits: number, bScaled: number): number {
  // both exact integers (NaN compares false): one subtraction
  if (aScaled === aScaled && bScaled === bScaled) return aScaled - bScaled;
  if (aIntDigits !== bIntDigits) return aIntDigits - bIntDigits;
  return aText < bText ? -1 : aText > bText ? 1 : 0;
}

/**
 * Checks a quantity as Binance sends it.
 *
 * @param text - the wire quantity
 * @returns `0` for any zero form (`"0"`, `"0.00000000"`: remove the level), `1` for a positive
 * quantity, `-1` when `text` is not a plain non-negative decimal
 *
 * @internal
 */
export function quantitySign(text: string): -1 | 0 | 1 {
  const length = text.length;
  if (length === 0) return -1;
  let point = false;
  let nonZero = false;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 46 /* . */) {
      if (point || i === 0 || i === length - 1) return -1;
      point = true;
    } else if (ch < 48 || ch > 57) {
      return -1;
    } else if (ch !== 48) {
      nonZero = true;
    }
  }
  return nonZero ? 1 : 0;
}
