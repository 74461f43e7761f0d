import Big from 'big.js';
import { floorTo, isPositiveDecimal, percent3, wire8 } from '../../../../lib/testing/api/spot/market-decimal';
import { drawInt, mixSeed, unitAt } from '../../../../lib/testing/api/spot/market-seed';
import { seededRandom } from '../../../../lib/testing/seeded-random';

describe('wire8', () => {
  it('behavior: formats 8 decimals, cutting past the 8th', () => {
    expect(wire8('4')).toBe('4.00000000');
    expect(wire8(new Big('0.000000019'))).toBe('0.00000001');
    expect(wire8('123456789.5')).toBe('123456789.50000000');
  });
});

describe('floorTo', () => {
  it('behavior: rounds down to a multiple of the unit', () => {
    expect(floorTo(new Big('65000.019'), new Big('0.01')).toFixed()).toBe('65000.01');
    expect(floorTo(new Big('0.0000009'), new Big('0.000001')).toFixed()).toBe('0');
  });
});

describe('percent3', () => {
  it('behavior: 3 decimals, or 0.000 without an open price', () => {
    expect(percent3(new Big('0.000139'), new Big('0.013628'))).toBe('1.020');
    expect(percent3(new Big('-938.06'), new Big('23818.97'))).toBe('-3.938');
    expect(percent3(new Big('1'), new Big('0'))).toBe('0.000');
  });
});

describe('isPositiveDecimal', () => {
  it('behavior: accepts plain positive decimals only', () => {
    expect(['1', '0.5', '65000.00'].map(isPositiveDecimal)).toEqual([true, true, true]);
    expect(['0', '-1', '1e3', '.5', '', 'abc'].map(isPositiveDecimal)).toEqual([false, false, false, false, false, false]);
  });
});

describe('mixSeed', () => {
  it('behavior: the same keys give the same seed, other keys another', () => {
    expect(mixSeed(1, 'BTCUSDT', 'bid')).toBe(mixSeed(1, 'BTCUSDT', 'bid'));
    expect(mixSeed(1, 'BTCUSDT', 'bid')).not.toBe(mixSeed(1, 'BTCUSDT', 'ask'));
    expect(mixSeed(1, 'BTCUSDT', 'bid')).not.toBe(mixSeed(2, 'BTCUSDT', 'bid'));
  });
});

describe('unitAt', () => {
  it('behavior: stable uniform values in [0, 1) by position', () => {
    const values = Array.from({ length: 1000 }, (_, i) => unitAt(12345, i));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(unitAt(12345, 7)).toBe(values[7]);
    expect(new Set(values).size).toBe(1000);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });
});

describe('drawInt', () => {
  it('behavior: whole numbers within the bounds, both reachable', () => {
    const random = seededRandom(3);
    const draws = Array.from({ length: 500 }, () => drawInt(random, -2, 2));
    expect(new Set(draws)).toEqual(new Set([-2, -1, 0, 1, 2]));
  });
});
