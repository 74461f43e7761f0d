import Big from 'big.js';
import { wire8 } from '../../../lib/testing/api/spot/market-decimal.js';
import { compareWire8, unitsOfSize, unitsOfWire8, wire8OfUnits, wireLevel } from '../../../lib/testing/book/book-wire.js';
import { seededRandom } from '../../../lib/testing/index.js';

describe('book-wire', () => {
  it('behavior: integer formatting and exact comparison agree with Big on random values', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 2000; i++) {
      const a = Math.floor(random() * 10 ** Math.floor(random() * 16));
      const b = Math.floor(random() * 10 ** Math.floor(random() * 16));
      const [wa, wb] = [wire8OfUnits(a), wire8OfUnits(b)];
      expect(wa).toBe(wire8(new Big(a).div(1e8)));
      expect(unitsOfWire8(wa)).toBe(a);
      expect(Math.sign(compareWire8(wa, wb))).toBe(new Big(wa).cmp(wb));
    }
  });

  it('args: wireLevel cuts to 8 decimals like wire8 and keeps zero quantities', () => {
    expect(wireLevel(['007.123456789', '0'])).toEqual(['7.12345678', '0.00000000']);
    expect(wireLevel(['1', '2.5'])).toEqual(['1.00000000', '2.50000000']);
  });

  it('error: sizes finer than 1e-8, too large values and bad levels are RangeErrors', () => {
    expect(unitsOfSize('0.01')).toBe(1_000_000);
    expect(() => unitsOfSize('0.000000001')).toThrow(RangeError);
    expect(() => unitsOfWire8('100000000.00000000')).toThrow(RangeError);
    expect(() => wireLevel(['0.000000001', '1'])).toThrow(RangeError);
    expect(() => wireLevel(['1', 'x'])).toThrow(RangeError);
  });
});
