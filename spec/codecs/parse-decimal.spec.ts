import Big from 'big.js';
import { parseDecimal } from '../../lib/codecs/parse-decimal.js';
import { seededRandom } from '../../lib/testing/seeded-random.js';

/** The fields big.js keeps, to compare representations exactly. */
const fields = (b: Big) => ({ s: b.s, e: b.e, c: [...b.c], own: Object.keys(b) });

/** A random decimal in the forms Binance sends: leading/trailing zeros, signs, long fractions. */
function randomDecimal(random: () => number): string {
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
  const zeros = (n: number) => '0'.repeat(n);
  const int = random() < 0.3 ? zeros(1 + Math.floor(random() * 3)) : digits(1 + Math.floor(random() * 12));
  const frac = random() < 0.25 ? '' : `.${digits(Math.floor(random() * 10))}${zeros(Math.floor(random() * 8))}`;
  const body = frac === '.' ? int : `${int}${frac}`;
  return `${random() < 0.2 ? '-' : ''}${body}`;
}

describe('parseDecimal', () => {
  it('default: reads Binance decimals exactly as big.js does', () => {
    for (const text of ['102571.17000000', '0.00100000', '0.001', '100', '0', '0.00000000', '-0', '-12.5', '0010.50', '1']) {
      const parsed = parseDecimal(text);
      expect(parsed).toBeInstanceOf(Big);
      expect(fields(parsed as Big)).toEqual(fields(new Big(text)));
    }
  });

  it('behavior: equals new Big on 20,000 random decimals (seeded), in value, representation and arithmetic', () => {
    const random = seededRandom(20261121);
    for (let i = 0; i < 20_000; i++) {
      const text = randomDecimal(random);
      const parsed = parseDecimal(text);
      const expected = new Big(text);
      if (parsed === undefined) throw new Error(`rejected ${text}`);
      expect(fields(parsed)).toEqual(fields(expected));
      expect(parsed.toFixed()).toBe(expected.toFixed());
      expect(parsed.plus('0.1').times(3).eq(expected.plus('0.1').times(3))).toBe(true);
    }
  });

  it('args: other numeric forms fall back to big.js', () => {
    for (const text of ['1e5', '.5', '1.', '2.5E-3']) expect(parseDecimal(text)?.eq(new Big(text))).toBe(true);
  });

  it('error: non-numbers give undefined', () => {
    for (const text of ['', '-', '1.2.3', 'abc', '1,5', ' 1', '+1', '0x10', 'NaN', 'Infinity', '1 ']) expect(parseDecimal(text)).toBeUndefined();
  });
});
