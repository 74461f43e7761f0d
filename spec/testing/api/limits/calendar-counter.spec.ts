import { CalendarCounter } from '../../../../lib/testing/api/limits/calendar-counter';
import { FakeRateLimiter } from '../../../../lib/testing/api/limits/fake-rate-limiter';
import { SPOT_API_LIMITS } from '../../../../lib/testing/api/fake-api-options';

describe('CalendarCounter', () => {
  it('behavior: counts within a calendar-aligned window and restarts at its end', () => {
    const minute = new CalendarCounter(60_000);
    const t0 = Date.UTC(2026, 0, 1, 12, 0, 59, 500);
    expect(minute.add(5, t0)).toBe(5);
    expect(minute.add(2, t0 + 499)).toBe(7);
    expect(minute.windowEnd(t0)).toBe(Date.UTC(2026, 0, 1, 12, 1, 0));
    expect(minute.count(t0 + 500)).toBe(0);
    minute.add(1, t0 + 600);
    minute.reset();
    expect(minute.count(t0 + 600)).toBe(0);
  });
});

describe('FakeRateLimiter', () => {
  it('behavior: rateLimits lists ORDERS (per account) before REQUEST_WEIGHT; headers name them like Binance', () => {
    const limiter = new FakeRateLimiter(SPOT_API_LIMITS);
    const now = Date.UTC(2026, 0, 1, 0, 0, 5);
    limiter.chargeWeight(7, now);
    limiter.countOrder('a', now);
    const entries = limiter.rateLimits(now, 'a');
    expect(entries).toEqual([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 1 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000, count: 1 },
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 7 },
    ]);
    expect(FakeRateLimiter.headersOf(entries)).toEqual({ 'X-MBX-ORDER-COUNT-10S': '1', 'X-MBX-ORDER-COUNT-1D': '1', 'X-MBX-USED-WEIGHT-1M': '7' });
    expect(limiter.rateLimits(now + 5000, 'a')[0]?.count).toBe(0);
    expect(limiter.rateLimits(now + 5000, 'b')[1]?.count).toBe(0);
  });

  it('behavior: ordersExhausted names the limit used up, the day one first', () => {
    const limiter = new FakeRateLimiter({ ...SPOT_API_LIMITS, ordersPer10s: 2, ordersPerDay: 3 });
    const now = Date.UTC(2026, 0, 1, 0, 0, 5);
    limiter.countOrder('a', now);
    expect(limiter.ordersExhausted('a', now)).toBeUndefined();
    limiter.countOrder('a', now);
    expect(limiter.ordersExhausted('a', now)).toEqual({ limit: 2, interval: '10 SECOND' });
    limiter.countOrder('a', now + 10_000);
    expect(limiter.ordersExhausted('a', now + 10_000)).toEqual({ limit: 3, interval: '1 DAY' });
    expect(limiter.ordersExhausted('b', now)).toBeUndefined();
  });
});
