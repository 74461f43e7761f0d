import Big from 'big.js';
import { canonicalPrice, comparePrices, quantitySign } from '../../lib/orderbook/decimal-text.js';
import { seededRandom } from '../../lib/testing/seeded-random.js';

/** A random non-negative decimal as Binance might send it: leading and trailing zeros, any magnitude. */
function randomDecimal(random: () => number): string {
  const int = (n: number): number => Math.floor(random() * n);
  const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');
  const lead = '0'.repeat(random() < 0.2 ? 1 + int(3) : 0);
  // up to 10 integer and 11 fraction digits: both sides of the exact-integer fast path (7 and 8)
  const whole = random() < 0.3 ? '0' : digits(1 + int(10));
  if (random() < 0.25) return `${lead}${whole}`;
  return `${lead}${whole}.${digits(int(12))}${'0'.repeat(int(6))}`.replace(/\.$/, '.0');
}

describe('canonicalPrice', () => {
  it('default: strips insignificant zeros and counts integer digits', () => {
    expect(canonicalPrice('0.00240000')).toEqual({ text: '0.0024', intDigits: 1, scaled: 240_000 });
    expect(canonicalPrice('5.0')).toEqual({ text: '5', intDigits: 1, scaled: 500_000_000 });
    expect(canonicalPrice('30000.10000000')).toEqual({ text: '30000.1', intDigits: 5, scaled: 3_000_010_000_000 });
    expect(canonicalPrice('100.1000')).toEqual(canonicalPrice('100.10'));
    expect(canonicalPrice('007.50')).toEqual({ text: '7.5', intDigits: 1, scaled: 750_000_000 });
    expect(canonicalPrice('000')).toEqual({ text: '0', intDigits: 1, scaled: 0 });
    expect(canonicalPrice('0.00000000')).toEqual({ text: '0', intDigits: 1, scaled: 0 });
    expect(canonicalPrice('42')).toEqual({ text: '42', intDigits: 2, scaled: 4_200_000_000 });
  });

  it('behavior: the scaled key is exact or NaN, never a rounded float', () => {
    expect(canonicalPrice('9999999.99999999')?.scaled).toBe(999_999_999_999_999);
    expect(canonicalPrice('10000000')?.scaled).toBeNaN();
    expect(canonicalPrice('0.000000001')?.scaled).toBeNaN();
    expect(canonicalPrice('0.0000000010')?.scaled).toBeNaN();
    expect(canonicalPrice('0.000000010')?.scaled).toBe(1);
  });

  it('error: rejects anything but digits[.digits]', () => {
    for (const text of ['', '.5', '5.', '1e5', '-1', '1.2.3', '+1', ' 1', '1 ', '1,5', 'NaN', '.', '0x10']) {
      expect(canonicalPrice(text)).toBeUndefined();
    }
  });

  it('behavior: agrees with Big#toFixed on 2,000 random decimals (seeded)', () => {
    const random = seededRandom(7_2026);
    const wrong: unknown[] = [];
    for (let i = 0; i < 2000; i++) {
      const text = randomDecimal(random);
      const expected = new Big(text).toFixed();
      const [whole = '', fraction = ''] = expected.split('.');
      const scaled = whole.length <= 7 && fraction.length <= 8 ? Number(new Big(expected).times(1e8).toFixed()) : Number.NaN;
      const actual = canonicalPrice(text);
      if (actual?.text !== expected || actual.intDigits !== whole.length || !Object.is(actual.scaled, scaled)) wrong.push({ text, actual, expected, scaled });
    }
    expect(wrong).toEqual([]);
  });
});

describe('comparePrices', () => {
  const cmp = (a: string, b: string): number => {
    const x = canonicalPrice(a);
    const y = canonicalPrice(b);
    if (x === undefined || y === undefined) throw new Error(`not a price: ${a} / ${b}`);
    return Math.sign(comparePrices(x.text, x.intDigits, x.scaled, y.text, y.intDigits, y.scaled));
  };

  it('default: orders by magnitude first, then digit by digit', () => {
    expect(cmp('9.99', '10')).toBe(-1);
    expect(cmp('10', '10.5')).toBe(-1);
    expect(cmp('10.05', '10.5')).toBe(-1);
    expect(cmp('0.5', '0.05')).toBe(1);
    expect(cmp('0.9', '1')).toBe(-1);
    expect(cmp('100.10', '100.1000')).toBe(0);
    expect(cmp('0', '0.00000001')).toBe(-1);
    // one side exact-integer, the other not: the text comparison must agree with the integer one
    expect(cmp('9999999.9', '10000000')).toBe(-1);
    expect(cmp('0.000000011', '0.00000001')).toBe(1);
    expect(cmp('0.000000009', '0.00000001')).toBe(-1);
  });

  it('behavior: agrees with Big#cmp on 3 × 2,000 random pairs (seeded)', () => {
    const wrong: unknown[] = [];
    for (const seed of [1, 99, 20261112]) {
      const random = seededRandom(seed);
      for (let i = 0; i < 2000; i++) {
        const a = randomDecimal(random);
        // one pair in five shares its value but not its text, one in five differs in the last digit only
        const pick = random();
        const b = pick < 0.2 ? `${new Big(a).toFixed()}${a.includes('.') ? '' : '.'}000` : pick < 0.4 ? new Big(a).plus('0.00000001').toFixed() : randomDecimal(random);
        const expected = new Big(a).cmp(new Big(b));
        if (cmp(a, b) !== expected || cmp(b, a) !== -expected) wrong.push({ seed, a, b, expected, actual: cmp(a, b) });
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('quantitySign', () => {
  it('default: 0 for every zero form, 1 for positive quantities', () => {
    for (const zero of ['0', '0.0', '0.00000000', '000', '00.000']) expect(quantitySign(zero)).toBe(0);
    for (const positive of ['1', '0.00000001', '10.50000000', '0010']) expect(quantitySign(positive)).toBe(1);
  });

  it('error: -1 for anything but digits[.digits]', () => {
    for (const text of ['', '.5', '5.', '1e5', '-1', '-0', '1.2.3', '+1', ' 1', '.', 'abc']) expect(quantitySign(text)).toBe(-1);
  });
});
