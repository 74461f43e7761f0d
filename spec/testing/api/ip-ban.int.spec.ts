import { ConfigError } from '../../../lib/errors/config-error';
import { FAKE_API_ERRORS } from '../../../lib/testing/api/fake-api-errors';
import { ApiTestBed, hmac, keyOf, wsPayload, type WsApiResponse } from './support/api-test-bed';

const SECRET = 's';
const BANNED_MSG = /^Way too much request weight used; IP banned until (\d+)\. Please use WebSocket Streams for live updates to avoid bans\.$/;

/** The ban end named in a 418 message. */
function untilOf(msg: string | undefined): number {
  const match = BANNED_MSG.exec(msg ?? '');
  if (match === null) throw new Error(`not a ban message: ${String(msg)}`);
  return Number(match[1]);
}

describe('FakeSpotApiServer (weight windows, 418 bans, refusal counts)', () => {
  const bed = new ApiTestBed();

  /** Puts the server clock at the start of a calendar window of `windowMs`; returns the offset. */
  function alignClock(windowMs: number): number {
    const offset = -(Date.now() % windowMs);
    bed.server.setClockOffset(offset);
    return offset;
  }

  afterEach(() => bed.teardown());

  describe('requestWeightInterval', () => {
    it('args: a 1 SECOND window names X-MBX-USED-WEIGHT-1S, the rateLimits entry and the 429 message; connecting costs 2', async () => {
      const server = await bed.start({ requestWeight: 10, requestWeightInterval: { interval: 'SECOND', intervalNum: 1 }, escalateToBan: false });
      alignClock(1000);
      const client = await bed.connect();
      expect(server.usedWeight).toBe(2);
      const rest = await bed.rest('GET', '/api/v3/ping');
      expect(rest.headers['x-mbx-used-weight-1s']).toBe('3');
      expect(rest.headers['x-mbx-used-weight-1m']).toBeUndefined();
      const ok = await client.call('test.heavy', { w: 7 });
      expect(ok.rateLimits).toEqual([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 1, limit: 10, count: 10 }]);
      const refused = await client.call('ping');
      expect(refused.status).toBe(429);
      expect(refused.error?.msg).toBe(FAKE_API_ERRORS.tooMuchWeight(10, '1 SECOND').msg);
      const data = refused.error?.data as { serverTime: number; retryAfter: number };
      expect(data.retryAfter % 1000).toBe(0);
      expect(data.retryAfter - data.serverTime).toBeLessThanOrEqual(1000);
    });

    it('behavior: the pool refills when the fake clock enters the next window', async () => {
      const server = await bed.start({ requestWeight: 5, requestWeightInterval: { interval: 'SECOND', intervalNum: 10 }, escalateToBan: false });
      const offset = alignClock(10_000);
      expect((await bed.rest('GET', '/api/v3/heavy?w=5')).status).toBe(200);
      expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(429);
      server.setClockOffset(offset + 10_000);
      const next = await bed.rest('GET', '/api/v3/ping');
      expect(next.status).toBe(200);
      expect(next.headers['x-mbx-used-weight-10s']).toBe('1');
    });
  });

  describe('escalation', () => {
    it('error: a REST request before the 429 retryAfter gets 418 with Retry-After, and the IP stays banned for banMs', async () => {
      const server = await bed.start({ requestWeight: 10 });
      const offset = alignClock(60_000);
      expect((await bed.rest('GET', '/api/v3/heavy?w=10')).status).toBe(200);
      const tooMany = await bed.rest('GET', '/api/v3/ping');
      expect(tooMany.status).toBe(429);
      const banned = await bed.rest('GET', '/api/v3/ping');
      expect(banned.status).toBe(418);
      const body = banned.json as { code: number; msg: string };
      expect(body.code).toBe(-1003);
      const until = untilOf(body.msg);
      expect(Object.keys(body)).toEqual(['code', 'msg']);
      expect(banned.headers['retry-after']).toBe('120');
      expect(banned.headers['x-mbx-used-weight-1m']).toBe('11');
      expect(server.ipBannedUntil).toBe(until);
      expect(until - server.serverTime()).toBeGreaterThan(119_000);
      // Banned: every request, even an unknown route, gets 418 with the time left; no weight is charged.
      server.setClockOffset(offset + 60_000);
      const later = await bed.rest('GET', '/api/v3/nope');
      expect(later.status).toBe(418);
      expect(untilOf((later.json as { msg: string }).msg)).toBe(until);
      expect(Number(later.headers['retry-after'])).toBeLessThanOrEqual(Math.ceil((until - server.serverTime()) / 1000) + 1);
      expect(Number(later.headers['retry-after'])).toBeLessThan(120);
      expect(server.usedWeight).toBe(0);
      server.setClockOffset(offset + (until - server.serverTime()) + 60_000);
      expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(200);
      expect(server.ipBannedUntil).toBeUndefined();
      expect(server.rateLimitRefusals()).toEqual({ tooManyRequests: 1, banned: 2 });
    });

    it('error: over the WS-API the 418 carries error.data serverTime and retryAfter (the ban end) and rateLimits', async () => {
      const server = await bed.start({ requestWeight: 10, banMs: 5000 });
      alignClock(60_000);
      const client = await bed.connect();
      await client.call('test.heavy', { w: 8 });
      const tooMany = await client.call('ping', { returnRateLimits: true }, 'a');
      expect(tooMany.status).toBe(429);
      const retryAfter = (tooMany.error?.data as { retryAfter: number }).retryAfter;
      const banned: WsApiResponse = await client.call('ping', undefined, 'b');
      expect(banned).toMatchObject({ id: 'b', status: 418, error: { code: -1003 } });
      const data = banned.error?.data as { serverTime: number; retryAfter: number };
      expect(data.retryAfter).toBe(data.serverTime + 5000);
      expect(data.retryAfter).not.toBe(retryAfter);
      expect(untilOf(banned.error?.msg)).toBe(data.retryAfter);
      expect(banned.rateLimits).toEqual([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 10, count: 11 }]);
      // Whatever it sends: an unknown method is banned too, its id echoed.
      expect(await client.call('no.such.method', undefined, 7)).toMatchObject({ id: 7, status: 418 });
      expect(server.rateLimitRefusals()).toEqual({ tooManyRequests: 1, banned: 2 });
    });

    it('error: a connection attempt before the retryAfter is banned too, and refused with 418 while the ban lasts', async () => {
      const server = await bed.start({ requestWeight: 2 });
      alignClock(60_000);
      await bed.connect();
      const tooMany = await bed.refusal();
      expect(tooMany.status).toBe(429);
      const banned = await bed.refusal();
      expect(banned.status).toBe(418);
      expect(banned.headers['retry-after']).toBe('120');
      expect(untilOf((JSON.parse(banned.body) as { msg: string }).msg)).toBe(server.ipBannedUntil);
      expect((await bed.refusal()).status).toBe(418);
      expect(server.rateLimitRefusals()).toEqual({ tooManyRequests: 1, banned: 2 });
    });

    it('behavior: a request at or after the retryAfter is not banned', async () => {
      const server = await bed.start({ requestWeight: 1 });
      const offset = alignClock(60_000);
      await bed.rest('GET', '/api/v3/ping');
      const tooMany = await bed.rest('GET', '/api/v3/ping');
      expect(tooMany.status).toBe(429);
      server.setClockOffset(offset + 60_000);
      expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(200);
      expect(server.rateLimitRefusals()).toEqual({ tooManyRequests: 1, banned: 0 });
    });

    it('args: escalateToBan false answers 429 however often the client insists', async () => {
      const server = await bed.start({ requestWeight: 1, escalateToBan: false });
      alignClock(60_000);
      await bed.rest('GET', '/api/v3/ping');
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await bed.rest('GET', '/api/v3/ping')).status);
      expect(statuses).toEqual([429, 429, 429]);
      expect(server.ipBannedUntil).toBeUndefined();
      expect(server.rateLimitRefusals()).toEqual({ tooManyRequests: 3, banned: 0 });
    });
  });

  describe('banIp', () => {
    it('behavior: every REST request, WS-API request and connection attempt gets 418 until the ban passes', async () => {
      const server = await bed.start();
      const client = await bed.connect();
      const until = server.banIp(5000);
      expect(server.ipBannedUntil).toBe(until);
      const rest = await bed.rest('GET', '/api/v3/ping');
      expect(rest.status).toBe(418);
      expect(rest.headers['retry-after']).toBe('5');
      expect(rest.json).toEqual(FAKE_API_ERRORS.banned(until));
      const ws = await client.call('ping');
      expect(ws).toMatchObject({ status: 418, error: { ...FAKE_API_ERRORS.banned(until), data: { retryAfter: until } } });
      expect((await bed.refusal()).status).toBe(418);
      server.setClockOffset(until - Date.now());
      expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(200);
      expect((await client.call('ping')).status).toBe(200);
      expect(server.rateLimitRefusals()).toEqual({ tooManyRequests: 0, banned: 3 });
    });

    it('behavior: liftIpBan ends it at once; resetRateLimits lifts it and zeroes the counts', async () => {
      const server = await bed.start();
      server.banIp(60_000);
      expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(418);
      expect(server.liftIpBan()).toBe(true);
      expect(server.liftIpBan()).toBe(false);
      expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(200);
      server.banIp(60_000);
      server.resetRateLimits();
      expect(server.ipBannedUntil).toBeUndefined();
      expect(server.rateLimitRefusals()).toEqual({ tooManyRequests: 0, banned: 0 });
      expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(200);
    });

    it('error: a duration that is not a finite number > 0 is a ConfigError', async () => {
      const server = await bed.start();
      expect(() => server.banIp(0)).toThrow(ConfigError);
      expect(() => server.banIp(Number.NaN)).toThrow(ConfigError);
      expect(() => server.banIp(Infinity)).toThrow(/finite number > 0/);
      expect(server.ipBannedUntil).toBeUndefined();
    });
  });

  describe('rateLimitRefusals', () => {
    it('behavior: counts ORDERS 429s (-1015) as well; scripted 429 / 418 replies are not counted', async () => {
      const server = await bed.start({ ordersPer10s: 1 });
      alignClock(10_000);
      server.addApiKey({ apiKey: keyOf('a'), apiSecret: SECRET });
      const client = await bed.connect();
      const order = (): Promise<WsApiResponse> => {
        const params = { symbol: 'BTCUSDT', apiKey: keyOf('a'), timestamp: server.serverTime() };
        return client.call('order.place', { ...params, signature: hmac(SECRET, wsPayload(params)) });
      };
      expect((await order()).status).toBe(200);
      expect(await order()).toMatchObject({ status: 429, error: { code: -1015 } });
      server.scriptApi({ method: 'ping' }, { status: 429, error: FAKE_API_ERRORS.tooMuchWeight(6000) });
      server.scriptApi({ method: 'time' }, { status: 418, error: FAKE_API_ERRORS.banned(1) });
      expect((await client.call('ping')).status).toBe(429);
      expect((await client.call('time')).status).toBe(418);
      expect(server.rateLimitRefusals()).toEqual({ tooManyRequests: 1, banned: 0 });
      // A scripted 429 does not start the escalation either.
      expect((await client.call('ping')).status).toBe(200);
    });
  });
});
