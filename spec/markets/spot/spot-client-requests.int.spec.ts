import Big from 'big.js';
import { inspect } from 'node:util';
import { firstValueFrom, lastValueFrom } from 'rxjs';
import {
  BinanceApiError,
  ConfigError,
  ExecutionStatusUnknownError,
  HttpError,
  InvalidParamError,
  IpBannedError,
  OrderSide,
  OrderType,
  RateLimitError,
  SecurityType,
  SocketClosedError,
  TimeInForce,
  TimeoutError,
} from '../../../lib/index.js';
import { apiLoopback, HMAC_SECRET } from '../../support/api-loopback.js';
import { sleep, until } from '../../support/loopback.js';

type Env = Awaited<ReturnType<typeof apiLoopback>>;
let env: Env;
beforeEach(async () => {
  env = await apiLoopback();
});
afterEach(async () => {
  await env.dispose();
});

const LIMIT_BUY = { symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: '0.001', price: '1000.10' };
const ws = (method: string) => env.fake.apiRequests.filter((r) => r.transport === 'ws' && r.method === method);

describe('SpotClient requests', () => {
  it('behavior: cold — nothing is sent before subscribe, each subscription sends once', async () => {
    const spot = env.client();
    const ping$ = spot.ping();
    await sleep(50);
    expect(env.fake.apiRequests).toHaveLength(0);
    expect(env.fake.wsApiConnections).toHaveLength(0);
    await Promise.all([firstValueFrom(ping$), firstValueFrom(ping$)]);
    expect(ws('ping')).toHaveLength(2);
  });

  it.each(['hmac', 'rsa'] as const)('default: %s keys sign every request over the WS-API, and the order decodes', async (type) => {
    const spot = env.client({ credentials: env.keys[type] });
    const order = await firstValueFrom(spot.createOrder(LIMIT_BUY));
    expect(order.symbol).toBe('BTCUSDT');
    expect(order.price?.eq('1000.1')).toBe(true);
    const [sent] = ws('order.place');
    expect(sent?.params).toMatchObject({ price: '1000.10', quantity: '0.001', apiKey: expect.any(String), signature: expect.any(String), timestamp: expect.any(Number) });
    expect(ws('session.logon')).toHaveLength(0);
    const canceled = await firstValueFrom(spot.cancelOrder({ symbol: 'BTCUSDT', orderId: order.orderId }));
    expect(canceled).toMatchObject({ orderId: order.orderId, status: 'CANCELED' });
  });

  it('default: an Ed25519 key logs the connection on, then signed requests carry no signature', async () => {
    const spot = env.client({ credentials: env.keys.ed25519 });
    await firstValueFrom(spot.createOrder(LIMIT_BUY));
    await firstValueFrom(spot.getAccount());
    expect(ws('session.logon')).toHaveLength(1);
    for (const r of [...ws('order.place'), ...ws('account.status')]) {
      expect(r.params).not.toHaveProperty('signature');
      expect(r.params).not.toHaveProperty('apiKey');
      expect(r.params).toHaveProperty('timestamp');
    }
    const status = await firstValueFrom(spot.getSessionStatus());
    expect(status.apiKey).not.toBeNull();
  });

  it('behavior: after a dropped connection, pending requests fail and the next request logs on again', async () => {
    const spot = env.client({ credentials: env.keys.ed25519 });
    await firstValueFrom(spot.getAccount());
    env.fake.scriptApi({ method: 'account.status' }, { kind: 'noAnswer' });
    const pending = firstValueFrom(spot.getAccount());
    await until(() => ws('account.status').length === 2, 'second account.status sent');
    env.fake.dropWsApiConnections();
    await expect(pending).rejects.toBeInstanceOf(SocketClosedError);
    const account = await firstValueFrom(spot.getAccount());
    expect(account.balances.length).toBeGreaterThan(0);
    expect(ws('session.logon')).toHaveLength(2);
  });

  it.each(['hmac', 'rsa', 'ed25519'] as const)('default: %s keys sign REST requests over the exact bytes sent', async (type) => {
    const spot = env.client({ credentials: env.keys[type] });
    const order = (await firstValueFrom(spot.post('/api/v3/order', LIMIT_BUY, { security: SecurityType.Trade }))) as { orderId: number };
    expect(typeof order.orderId).toBe('number');
    const account = (await firstValueFrom(spot.get('/api/v3/account', {}, { security: SecurityType.UserData }))) as { balances: unknown[] };
    expect(account.balances.length).toBeGreaterThan(0);
    const rest = env.fake.apiRequests.filter((r) => r.transport === 'rest');
    expect(rest.map((r) => r.method)).toEqual(expect.arrayContaining(['POST /api/v3/order', 'GET /api/v3/account']));
  });

  it('behavior: -1021 resyncs the clock once and retries once', async () => {
    const spot = env.client({ credentials: env.keys.hmac });
    await firstValueFrom(spot.getAccount());
    expect(ws('time')).toHaveLength(1);
    env.fake.setClockOffset(120_000);
    const account = await firstValueFrom(spot.getAccount());
    expect(account).toBeDefined();
    expect(ws('time')).toHaveLength(2);
    expect(ws('account.status')).toHaveLength(3);
  });

  it('error: a 400 answer is a BinanceApiError with code, msg and status', async () => {
    const spot = env.client({ credentials: env.keys.hmac });
    const error = await firstValueFrom(spot.getOrder({ symbol: 'BTCUSDT', orderId: 999_999 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BinanceApiError);
    expect(error).toMatchObject({ code: -2013, status: 400, endpoint: 'order.status' });
  });

  it('error: 429 / -1003 is a RateLimitError, 418 an IpBannedError, each with retryAfterMs', async () => {
    // the guard off: with it, the first 429 would hold the next requests in the client (rate-limits spec)
    const spot = env.client({ rateLimitGuard: false });
    env.fake.scriptApi({ method: 'depth' }, { status: 429, error: { code: -1003, msg: 'Too much request weight used.', data: { serverTime: 1000, retryAfter: 4000 } } });
    await expect(firstValueFrom(spot.getOrderbook({ symbol: 'BTCUSDT' }))).rejects.toMatchObject({ constructor: RateLimitError, retryAfterMs: 3000 });
    env.fake.scriptApi({ method: 'depth' }, { status: 418, error: { code: -1003, msg: 'IP banned until 1659146400000.', data: { serverTime: 1000, retryAfter: 61000 } } });
    await expect(firstValueFrom(spot.getOrderbook({ symbol: 'BTCUSDT' }))).rejects.toMatchObject({ constructor: IpBannedError, retryAfterMs: 60_000 });
    env.fake.scriptApi({ method: 'depth', transport: 'rest' }, { status: 429, error: { code: -1003, msg: 'Too many.' }, headers: { 'Retry-After': '7' } });
    await expect(firstValueFrom(spot.get('/api/v3/depth', { symbol: 'BTCUSDT' }))).rejects.toMatchObject({ constructor: RateLimitError, retryAfterMs: 7000 });
  });

  it('error: no answer is a TimeoutError for reads and ExecutionStatusUnknownError for orders', async () => {
    const spot = env.client({ credentials: env.keys.hmac, requestTimeout: 300 });
    env.fake.scriptApi({ method: 'account.status' }, { kind: 'noAnswer' });
    await expect(firstValueFrom(spot.getAccount())).rejects.toBeInstanceOf(TimeoutError);
    env.fake.scriptApi({ method: 'order.place' }, { kind: 'noAnswer' });
    const error = await firstValueFrom(spot.createOrder(LIMIT_BUY)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect((error as Error).cause).toBeInstanceOf(TimeoutError);
    expect(ws('order.place')).toHaveLength(1); // never retried
  });

  it('error: a 5xx or a cut connection on an order is ExecutionStatusUnknownError, never retried', async () => {
    const spot = env.client({ credentials: env.keys.hmac });
    env.fake.scriptApi({ method: 'order.place' }, { status: 503, error: { code: -1007, msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.' } });
    await expect(firstValueFrom(spot.createOrder(LIMIT_BUY))).rejects.toBeInstanceOf(ExecutionStatusUnknownError);
    env.fake.scriptApi({ method: 'order.cancel' }, { kind: 'drop' });
    await expect(firstValueFrom(spot.cancelOrder({ symbol: 'BTCUSDT', orderId: 1 }))).rejects.toBeInstanceOf(ExecutionStatusUnknownError);
    expect(ws('order.place')).toHaveLength(1);
    expect(ws('order.cancel')).toHaveLength(1);
    env.fake.scriptApi({ method: 'order.place', transport: 'rest' }, { status: 502, rawBody: '<html>Bad Gateway</html>', contentType: 'text/html' });
    const rest = await firstValueFrom(spot.post('/api/v3/order', LIMIT_BUY, { security: SecurityType.Trade, ordersEffect: true })).catch((e: unknown) => e);
    expect(rest).toBeInstanceOf(ExecutionStatusUnknownError);
    expect((rest as Error).cause).toBeInstanceOf(HttpError);
  });

  it('error: a non-JSON REST body is an HttpError', async () => {
    const spot = env.client();
    env.fake.scriptApi({ method: 'ping', transport: 'rest' }, { status: 200, rawBody: 'not json', contentType: 'text/plain' });
    await expect(firstValueFrom(spot.get('/api/v3/ping'))).rejects.toBeInstanceOf(HttpError);
  });

  it('args: a JS number for a decimal throws InvalidParamError synchronously and sends nothing', async () => {
    const spot = env.client({ credentials: env.keys.hmac });
    expect(() => spot.createOrder({ ...LIMIT_BUY, price: 1000.1 as unknown as string })).toThrow(InvalidParamError);
    expect(() => spot.request('order.place', { ...LIMIT_BUY, quantity: 1 }, { security: SecurityType.Trade })).toThrow(InvalidParamError);
    expect(() => spot.post('/api/v3/order', { ...LIMIT_BUY, stopPrice: 1 })).toThrow(InvalidParamError);
    expect(() => spot.getAccount()).not.toThrow();
    expect(() => env.client().getAccount()).toThrow(ConfigError);
    await sleep(20);
    expect(env.fake.apiRequests).toHaveLength(0);
    const order = await firstValueFrom(spot.createOrder({ ...LIMIT_BUY, price: new Big('1000.1') }));
    expect(order.price?.toFixed()).toBe('1000.1');
  });

  it('behavior: unsubscribing before the answer drops the pending request and cancels nothing', async () => {
    const spot = env.client({ credentials: env.keys.hmac });
    env.fake.scriptApi({ method: 'order.place' }, { kind: 'delay', ms: 200 });
    const sub = spot.createOrder(LIMIT_BUY).subscribe();
    await until(() => ws('order.place').length === 1, 'order sent');
    sub.unsubscribe();
    await sleep(300);
    expect(ws('order.cancel')).toHaveLength(0);
    expect(await firstValueFrom(spot.ping())).toEqual({});
  });

  it('behavior: secrets never reach errors, events or inspection', async () => {
    const spot = env.client({ credentials: env.keys.rsa });
    env.fake.scriptApi({ method: 'account.status' }, { status: 400, error: { code: -1022, msg: 'Signature for this request is not valid.' } });
    const error = await firstValueFrom(spot.getAccount()).catch((e: unknown) => e);
    const texts = [inspect(error, { depth: 8 }), JSON.stringify(env.events), inspect(spot, { depth: 4 }), JSON.stringify(env.keys.rsa), inspect(env.keys)];
    const last = env.fake.apiRequests[env.fake.apiRequests.length - 1];
    const apiKey = last?.params?.['apiKey'];
    expect(typeof apiKey).toBe('string');
    const signature = last?.params?.['signature'];
    expect(typeof signature).toBe('string');
    for (const text of texts) {
      expect(text).not.toContain(String(apiKey));
      expect(text).not.toContain(String(signature));
      expect(text).not.toContain(HMAC_SECRET);
    }
    await lastValueFrom(spot.ping());
  });

  it('error: a key revoked mid-session fails the next signed request with -2015', async () => {
    const spot = env.client({ credentials: env.keys.ed25519 });
    await firstValueFrom(spot.getAccount());
    env.fake.removeApiKey(env.keys.ed25519.apiKey);
    const error = await firstValueFrom(spot.getAccount()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BinanceApiError);
    expect(error).toMatchObject({ code: -2015 });
  });

  it('behavior: after a WS-API serverShutdown, new requests go over a fresh connection', async () => {
    const spot = env.client();
    await firstValueFrom(spot.ping());
    env.fake.sendWsApiServerShutdown();
    await sleep(50);
    await firstValueFrom(spot.ping());
    const ids = new Set(ws('ping').map((r) => r.connectionId));
    expect(ids.size).toBe(2);
  });
});
