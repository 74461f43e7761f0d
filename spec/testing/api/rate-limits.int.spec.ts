import { ApiTestBed, hmac, keyOf, wsPayload } from './support/api-test-bed';

const SECRET = 's';

describe('FakeSpotApiServer (rate limits)', () => {
  const bed = new ApiTestBed();

  // Timestamps follow the server clock: the tests move it to the start of a rate-limit window.
  function signedQuery(extra = ''): string {
    const query = `symbol=BTCUSDT${extra}&timestamp=${bed.server.serverTime()}`;
    return `${query}&signature=${hmac(SECRET, query)}`;
  }

  function signedParams(extra: Record<string, unknown> = {}): Record<string, unknown> {
    const params = { symbol: 'BTCUSDT', apiKey: keyOf('a'), timestamp: bed.server.serverTime(), ...extra };
    return { ...params, signature: hmac(SECRET, wsPayload(params)) };
  }

  afterEach(() => bed.teardown());

  it('behavior: one weight pool for both transports; rateLimits and X-MBX-USED-WEIGHT-1M count it, connections cost 2', async () => {
    const server = await bed.start();
    // Keep the test inside one calendar minute of the server clock.
    server.setClockOffset(-(Date.now() % 60_000));
    const client = await bed.connect();
    expect(server.usedWeight).toBe(2);
    const first = await client.call('test.heavy', { w: 10 });
    expect(first.rateLimits).toEqual([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 12 }]);
    const rest = await bed.rest('GET', '/api/v3/heavy?w=5');
    expect(rest.headers['x-mbx-used-weight-1m']).toBe('17');
    expect(rest.headers['x-mbx-order-count-10s']).toBeUndefined();
    expect((await client.call('ping')).rateLimits?.[0]?.count).toBe(18);
    server.resetRateLimits();
    expect(server.usedWeight).toBe(0);
  });

  it('error: past the weight limit requests get 429 -1003 with Retry-After (REST) / data.retryAfter (WS-API), connections are refused', async () => {
    // Without escalation: the repeated requests below would otherwise be banned (ip-ban.int.spec.ts).
    const server = await bed.start({ requestWeightPerMinute: 10, escalateToBan: false });
    server.setClockOffset(-(Date.now() % 60_000));
    const client = await bed.connect();
    expect((await client.call('test.heavy', { w: 8 })).status).toBe(200);
    const refused = await client.call('test.heavy', { w: 1 });
    expect(refused.status).toBe(429);
    expect(refused.error).toEqual({
      code: -1003,
      msg: 'Too much request weight used; current limit is 10 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.',
      data: { serverTime: expect.any(Number) as number, retryAfter: expect.any(Number) as number },
    });
    const data = refused.error?.data as { serverTime: number; retryAfter: number };
    expect(data.retryAfter % 60_000).toBe(0);
    expect(data.retryAfter).toBeGreaterThan(data.serverTime);
    const rest = await bed.rest('GET', '/api/v3/ping');
    expect(rest.status).toBe(429);
    expect(rest.json).toEqual({ code: -1003, msg: expect.stringContaining('current limit is 10') as string });
    expect(Number(rest.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(rest.headers['retry-after'])).toBeLessThanOrEqual(60);
    const connection = await bed.refusal();
    expect(connection.status).toBe(429);
    expect(JSON.parse(connection.body)).toMatchObject({ code: -1003 });
    expect(connection.headers['retry-after']).toBeDefined();
  });

  it('behavior: successful orders cost 0 weight and count ORDERS per account; failed ones pay their weight', async () => {
    const server = await bed.start();
    server.setClockOffset(-(Date.now() % 10_000));
    server.addApiKey({ apiKey: keyOf('a'), apiSecret: SECRET });
    server.addApiKey({ apiKey: keyOf('b'), apiSecret: SECRET, account: 'shared' });
    const client = await bed.connect();
    const placed = await client.call('order.place', signedParams());
    expect(placed.rateLimits).toEqual([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 1 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000, count: 1 },
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 2 },
    ]);
    const failed = await client.call('order.place', signedParams({ fail: true }));
    expect(failed.status).toBe(400);
    expect(failed.rateLimits?.map((e) => e.count)).toEqual([1, 1, 3]);
    const rest = await bed.rest('POST', `/api/v3/order?${signedQuery()}`, { headers: { 'X-MBX-APIKEY': keyOf('a') } });
    expect(rest.headers['x-mbx-order-count-10s']).toBe('2');
    expect(rest.headers['x-mbx-order-count-1d']).toBe('2');
    expect(rest.headers['x-mbx-used-weight-1m']).toBe('3');
    const other = await bed.rest('POST', `/api/v3/order?${signedQuery()}`, { headers: { 'X-MBX-APIKEY': keyOf('b') } });
    expect(other.headers['x-mbx-order-count-10s']).toBe('1');
    const rejected = await bed.rest('POST', `/api/v3/order?${signedQuery('&fail=true')}`, { headers: { 'X-MBX-APIKEY': keyOf('b') } });
    expect(rejected.headers['x-mbx-order-count-10s']).toBeUndefined();
    expect(rejected.headers['x-mbx-used-weight-1m']).toBe('4');
  });

  it('error: past the ORDERS limit order requests get 429 -1015 naming the limit', async () => {
    const server = await bed.start({ ordersPer10s: 2 });
    server.setClockOffset(-(Date.now() % 10_000));
    server.addApiKey({ apiKey: keyOf('a'), apiSecret: SECRET });
    const client = await bed.connect();
    await client.call('order.place', signedParams());
    await client.call('order.place', signedParams());
    const refused = await client.call('order.place', signedParams());
    expect(refused).toMatchObject({ status: 429, error: { code: -1015, msg: 'Too many new orders; current limit is 2 orders per 10 SECOND.' } });
    expect(refused.rateLimits?.[0]).toMatchObject({ intervalNum: 10, count: 2 });
    expect((await client.call('account.status', signedParams())).status).toBe(200);
  });

  it('args: returnRateLimits=false in the URL hides rateLimits; a request param overrides it either way', async () => {
    await bed.start();
    const quiet = await bed.connect('?returnRateLimits=false');
    expect((await quiet.call('ping')).rateLimits).toBeUndefined();
    expect((await quiet.call('ping', { returnRateLimits: true })).rateLimits).toHaveLength(1);
    const loud = await bed.connect();
    expect((await loud.call('ping', { returnRateLimits: false })).rateLimits).toBeUndefined();
    expect(bed.server.wsApiConnections.map((c) => c.returnRateLimits)).toEqual([false, true]);
  });
});
