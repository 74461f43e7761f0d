import { ConfigError } from '../../../../lib/errors/config-error';
import { SPOT_API_LIMITS } from '../../../../lib/testing/api/fake-api-options';
import { exchangeRateLimits } from '../../../../lib/testing/api/limits/exchange-rate-limits';
import { FakeRateLimiter } from '../../../../lib/testing/api/limits/fake-rate-limiter';
import { checkInterval, intervalMs, intervalText } from '../../../../lib/testing/api/limits/rate-limit-interval';

describe('intervalMs / intervalText', () => {
  it('behavior: an interval is intervalNum × its unit, written "1 MINUTE" in messages and "1M" in header names', () => {
    expect(intervalMs({ interval: 'SECOND', intervalNum: 1 })).toBe(1000);
    expect(intervalMs({ interval: 'SECOND', intervalNum: 10 })).toBe(10_000);
    expect(intervalMs({ interval: 'MINUTE', intervalNum: 5 })).toBe(300_000);
    expect(intervalMs({ interval: 'HOUR', intervalNum: 1 })).toBe(3_600_000);
    expect(intervalMs({ interval: 'DAY', intervalNum: 1 })).toBe(86_400_000);
    expect(intervalText({ interval: 'MINUTE', intervalNum: 1 }, 'text')).toBe('1 MINUTE');
    expect(intervalText({ interval: 'SECOND', intervalNum: 10 }, 'header')).toBe('10S');
    expect(intervalText({ interval: 'HOUR', intervalNum: 2 }, 'header')).toBe('2H');
  });
});

describe('checkInterval', () => {
  it('default: returns a copy of a valid interval', () => {
    const given = { interval: 'SECOND', intervalNum: 3 };
    const checked = checkInterval('x', given);
    expect(checked).toEqual(given);
    expect(checked).not.toBe(given);
  });

  it('error: an unknown unit or an intervalNum that is not an integer ≥ 1 is a ConfigError naming the option', () => {
    expect(() => checkInterval('requestWeightInterval', { interval: 'WEEK', intervalNum: 1 })).toThrow(ConfigError);
    expect(() => checkInterval('requestWeightInterval', { interval: 'SECOND', intervalNum: 0 })).toThrow(/intervalNum must be an integer ≥ 1/);
    expect(() => checkInterval('requestWeightInterval', { interval: 'SECOND', intervalNum: 1.5 })).toThrow(ConfigError);
    expect(() => checkInterval('requestWeightInterval', 'MINUTE')).toThrow(/requestWeightInterval.interval must be/);
  });
});

describe('FakeRateLimiter (requestWeightInterval)', () => {
  it('behavior: the weight pool restarts at each calendar window of the configured interval and names it in rateLimits and headers', () => {
    const limiter = new FakeRateLimiter({ ...SPOT_API_LIMITS, requestWeightPerMinute: 10, requestWeightInterval: { interval: 'SECOND', intervalNum: 1 } });
    const t0 = Date.UTC(2026, 0, 1, 0, 0, 7, 100);
    expect(limiter.chargeWeight(10, t0)).toBe(false);
    expect(limiter.chargeWeight(1, t0 + 800)).toBe(true);
    expect(limiter.weightWindowEnd(t0)).toBe(Date.UTC(2026, 0, 1, 0, 0, 8));
    const entries = limiter.rateLimits(t0 + 899, undefined);
    expect(entries).toEqual([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 1, limit: 10, count: 11 }]);
    expect(FakeRateLimiter.headersOf(entries)).toEqual({ 'X-MBX-USED-WEIGHT-1S': '11' });
    expect(limiter.usedWeight(t0 + 900)).toBe(0);
  });
});

describe('exchangeRateLimits', () => {
  it('default: Binance spot limits in exchangeInfo order, RAW_REQUESTS and CONNECTIONS included', () => {
    expect(exchangeRateLimits(SPOT_API_LIMITS)).toEqual([
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000 },
      { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 },
      { rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 5, limit: 300 },
    ]);
  });

  it('args: lists the configured weight limit and window and ORDERS limits; a limit turned off (Infinity) is left out', () => {
    const limits = { ...SPOT_API_LIMITS, requestWeightPerMinute: 40, requestWeightInterval: { interval: 'SECOND', intervalNum: 10 }, ordersPer10s: 3, ordersPerDay: Infinity } as const;
    expect(exchangeRateLimits(limits)).toEqual([
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 10, limit: 40 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 3 },
      { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 },
      { rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 5, limit: 300 },
    ]);
  });
});
