import { RateLimitTracker } from '../../lib/rate-limit/rate-limit-tracker';

describe('RateLimitTracker', () => {
  it('default: keeps the latest WS-API rateLimits per limiter (spec/spot-ws-api.md §3 example)', () => {
    const tracker = new RateLimitTracker(() => 42);
    tracker.recordWsApi([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 13 },
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 322 },
      { junk: true },
    ]);
    tracker.recordWsApi([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 330 }]);
    expect(tracker.usage()).toEqual([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 13, at: 42, source: 'wsApi' },
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 330, at: 42, source: 'wsApi' },
    ]);
  });

  it('default: reads X-MBX-USED-WEIGHT-* and X-MBX-ORDER-COUNT-* headers case-insensitively (spec/rest.md §3)', () => {
    const tracker = new RateLimitTracker(() => 7);
    const headers = new Headers({ 'x-mbx-used-weight-1m': '31', 'X-MBX-ORDER-COUNT-10S': '2', 'x-mbx-order-count-1d': '9', 'content-type': 'x' });
    tracker.recordHeaders(headers);
    expect(tracker.usage()).toEqual(
      expect.arrayContaining([
        { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: undefined, count: 31, at: 7, source: 'header' },
        { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: undefined, count: 2, at: 7, source: 'header' },
        { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: undefined, count: 9, at: 7, source: 'header' },
      ]),
    );
    expect(tracker.usage()).toHaveLength(3);
  });

  it('behavior: a header keeps the limit learnt from the WS-API', () => {
    const tracker = new RateLimitTracker(() => 0);
    tracker.recordWsApi([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 1 }]);
    tracker.recordHeaders(new Headers({ 'x-mbx-used-weight-1m': '5' }));
    expect(tracker.usage()[0]).toMatchObject({ limit: 6000, count: 5, source: 'header' });
  });
});
