import Big from 'big.js';

/** big.js's instance fields (`s` sign, `e` exponent, `c` digits), as its constructor sets them. */
interface BigFields {
  s: number;
  e: number;
  c: number[];
  constructor: unknown;
}

/**
 * Reads a decimal string into an exact `Big`, or `undefined` if it is not a decimal.
 *
 * @remarks
 * Decimal decoding is the largest cost of decoding a stream payload (two `new Big()` per
 * trade took 60% of `Trade.decode`, measured by `bench/decode-cost.ts`). Binance sends plain
 * decimals (`-?digits[.digits]`, e.g. `"102571.17000000"`), so this reads them in one pass
 * straight into big.js's representation — the same fields, in the same order, as big.js's own
 * constructor; a property spec checks it against `new Big` — and leaves every other form
 * (exponents, `".5"`) to big.js itself.
 *
 * @param text - the decimal as sent
 * @returns the exact value, or `undefined` when `text` is not a number
 *
 * @internal
 */
export function parseDecimal(text: string): Big | undefined {
  return parsePlainDecimal(text) ?? parseWithBigJs(text);
}

function parsePlainDecimal(text: string): Big | undefined {
  const length = text.length;
  let i = 0;
  let sign = 1;
  if (text.charCodeAt(0) === 45 /* - */) {
    sign = -1;
    i = 1;
  }
  const start = i;
  let point = -1;
  let first = -1;
  let last = -1;
  for (; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 46 /* . */) {
      if (point >= 0 || i === start || i === length - 1) return undefined;
      point = i;
    } else if (ch < 48 || ch > 57) {
      return undefined;
    } else if (ch !== 48) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (start === length) return undefined;
  // built like big.js's constructor builds it, without its regex and string copies
  const x = Object.create(Big.prototype) as BigFields;
  x.s = sign;
  if (first < 0) {
    x.e = 0;
    x.c = [0];
  } else {
    const pointAt = point < 0 ? length : point;
    x.e = first < pointAt ? pointAt - first - 1 : pointAt - first;
    const digits: number[] = [];
    for (let k = first; k <= last; k++) {
      const ch = text.charCodeAt(k);
      if (ch !== 46) digits.push(ch - 48);
    }
    x.c = digits;
  }
  x.constructor = Big;
  return x as unknown as Big;
}

function parseWithBigJs(text: string): Big | undefined {
  try {
    return new Big(text);
  } catch {
    return undefined;
  }
}
