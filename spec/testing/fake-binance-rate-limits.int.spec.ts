import { WebSocket } from 'ws';
import { FakeBinance, FAKE_API_ERRORS, type FakeBinanceOptions } from '../../lib/testing/index';
import { restCall, WsApiClient } from './api/support/api-test-bed';

interface ExchangeInfo {
  readonly rateLimits: readonly Record<string, unknown>[];
}

describe('FakeBinance (rate-limit options and controls)', () => {
  let fake: FakeBinance | undefined;
  const sockets: WebSocket[] = [];

  async function start(options: FakeBinanceOptions): Promise<FakeBinance> {
    fake = await FakeBinance.start(options);
    return fake;
  }

  async function connect(f: FakeBinance): Promise<WsApiClient> {
    const ws = new WebSocket(f.hosts.spot.wsApiHost);
    sockets.push(ws);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new WsApiClient(ws);
  }

  function rest(f: FakeBinance, target: string): ReturnType<typeof restCall> {
    return restCall(Number(new URL(f.hosts.spot.restHost).port), 'GET', target);
  }

  afterEach(async () => {
    for (const ws of sockets.splice(0)) ws.terminate();
    await fake?.stop();
    fake = undefined;
  });

  it('default: exchangeInfo lists Binance spot limits over REST and the WS-API', async () => {
    const f = await start({});
    const expected = [
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000 },
      { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 },
      { rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 5, limit: 300 },
    ];
    expect(((await rest(f, '/api/v3/exchangeInfo?symbol=BTCUSDT')).json as ExchangeInfo).rateLimits).toEqual(expected);
    const client = await connect(f);
    expect(((await client.call('exchangeInfo', { symbol: 'BTCUSDT' })).result as ExchangeInfo).rateLimits).toEqual(expected);
  });

  it('args: exchangeInfo, headers and rateLimits follow the configured weight window and ORDERS limits', async () => {
    const f = await start({ spotApi: { requestWeight: 100, requestWeightInterval: { interval: 'SECOND', intervalNum: 10 }, ordersPer10s: 7, ordersPerDay: 900 } });
    f.setClockOffset(-(Date.now() % 10_000));
    const expected = [
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 10, limit: 100 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 7 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 900 },
      { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 },
      { rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 5, limit: 300 },
    ];
    const info = await rest(f, '/api/v3/exchangeInfo?symbol=BTCUSDT');
    expect((info.json as ExchangeInfo).rateLimits).toEqual(expected);
    expect(info.headers['x-mbx-used-weight-10s']).toBe('20');
    const client = await connect(f);
    const ws = await client.call('exchangeInfo', { symbol: 'BTCUSDT' });
    expect((ws.result as ExchangeInfo).rateLimits).toEqual(expected);
    expect(ws.rateLimits).toEqual([{ rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 10, limit: 100, count: 42 }]);
    expect(f.usedWeight).toBe(42);
  });

  it('behavior: banIp, ipBannedUntil, liftIpBan and rateLimitRefusals work on FakeBinance', async () => {
    const f = await start({});
    expect(f.rateLimitRefusals()).toEqual({ tooManyRequests: 0, banned: 0 });
    const until = f.banIp(120_000);
    expect(f.ipBannedUntil).toBe(until);
    const banned = await rest(f, '/api/v3/time');
    expect(banned.status).toBe(418);
    expect(banned.json).toEqual(FAKE_API_ERRORS.banned(until));
    expect(banned.headers['retry-after']).toBe('120');
    expect(f.rateLimitRefusals()).toEqual({ tooManyRequests: 0, banned: 1 });
    expect(f.liftIpBan()).toBe(true);
    expect((await rest(f, '/api/v3/time')).status).toBe(200);
    f.resetRateLimits();
    expect(f.rateLimitRefusals()).toEqual({ tooManyRequests: 0, banned: 0 });
  });
});
