import { firstValueFrom } from 'rxjs';
import { WebSocket } from 'ws';
import { FakeBinance, FakeSpotAccount } from '../../lib/testing/index';
import { hmac, keyOf, keyPair, restCall, signWith, WsApiClient, wsPayload } from './api/support/api-test-bed';
import { watchTimers } from '../support/timer-leaks';

const SECRET = 'secret';

/** The handles of a kind Node reports as active (sockets, timers, servers). */
function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

describe('FakeBinance (WebSocket API and REST)', () => {
  let fake: FakeBinance;
  const sockets: WebSocket[] = [];

  async function connect(query = ''): Promise<WsApiClient> {
    const ws = new WebSocket(`${fake.hosts.spot.wsApiHost}${query}`);
    sockets.push(ws);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new WsApiClient(ws);
  }

  function rest(method: string, target: string, headers?: Record<string, string>): ReturnType<typeof restCall> {
    return restCall(Number(new URL(fake.hosts.spot.restHost).port), method, target, headers === undefined ? {} : { headers });
  }

  beforeEach(async () => {
    fake = await FakeBinance.start();
    fake.addApiKey({ apiKey: keyOf('a'), apiSecret: SECRET });
  });

  afterEach(async () => {
    for (const ws of sockets.splice(0)) ws.terminate();
    await fake.stop();
  });

  it('default: serves the market endpoints on hosts.spot.wsApiHost and restHost, one port with the streams', async () => {
    expect(fake.hosts.spot.wsApiHost).toBe(`${fake.hosts.spot.streamHost}/ws-api/v3`);
    expect(fake.hosts.spot.restHost).toBe(fake.hosts.spot.streamHost.replace('ws://', 'http://'));
    fake.setClockOffset(-(Date.now() % 60_000));
    const client = await connect();
    expect(await client.call('ping')).toMatchObject({ status: 200, result: {} });
    const time = await rest('GET', '/api/v3/time');
    expect(time.json).toEqual({ serverTime: expect.any(Number) as number });
    expect(time.headers['x-mbx-used-weight-1m']).toBe('4');
    const depth = await rest('GET', '/api/v3/depth?symbol=BTCUSDT&limit=5');
    expect(depth.status).toBe(200);
    expect(fake.spotMarket.hasSymbol('BTCUSDT')).toBe(true);
  });

  it('behavior: each key trades on its own FakeSpotAccount; signed orders count ORDERS and cost no weight', async () => {
    fake.setClockOffset(-(Date.now() % 10_000));
    const account = fake.accountOf(keyOf('a'));
    expect(account).toBeInstanceOf(FakeSpotAccount);
    const query = `symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&timestamp=${fake.serverTime()}`;
    const placed = await rest('POST', `/api/v3/order?${query}&signature=${hmac(SECRET, query)}`, { 'X-MBX-APIKEY': keyOf('a') });
    expect(placed.status).toBe(200);
    expect(placed.json).toMatchObject({ symbol: 'BTCUSDT', status: 'FILLED' });
    expect(placed.headers['x-mbx-order-count-10s']).toBe('1');
    expect(placed.headers['x-mbx-used-weight-1m']).toBe('0');
    const client = await connect();
    const params = { apiKey: keyOf('a'), timestamp: fake.serverTime() };
    const limits = await client.call('account.rateLimits.orders', { ...params, signature: hmac(SECRET, wsPayload(params)) });
    expect(limits.result).toEqual([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 1 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000, count: 1 },
    ]);
    fake.addApiKey({ apiKey: keyOf('b'), apiSecret: SECRET });
    expect(fake.accountOf(keyOf('b'))).not.toBe(account);
  });

  it('behavior: cancelReplace with CANCEL_ONLY still cancels past the ORDERS limit (the handler reads the same counts)', async () => {
    await fake.stop();
    fake = await FakeBinance.start({ spotApi: { ordersPer10s: 1 } });
    // Start at a 10 s window boundary of the server clock, so all requests share one window.
    fake.setClockOffset(-(Date.now() % 10_000));
    fake.addApiKey({ apiKey: keyOf('a'), apiSecret: SECRET });
    const headers = { 'X-MBX-APIKEY': keyOf('a') };
    const place = `symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=1000&timestamp=${fake.serverTime()}`;
    const placed = await rest('POST', `/api/v3/order?${place}&signature=${hmac(SECRET, place)}`, headers);
    const { orderId } = placed.json as { orderId: number };
    const again = await rest('POST', `/api/v3/order?${place}&signature=${hmac(SECRET, place)}`, headers);
    expect(again).toMatchObject({ status: 429, json: { code: -1015, msg: 'Too many new orders; current limit is 1 orders per 10 SECOND.' } });
    const replace = `${place.replace('price=1000', 'price=1001')}&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId=${orderId}&orderRateLimitExceededMode=CANCEL_ONLY`;
    const replaced = await rest('POST', `/api/v3/order/cancelReplace?${replace}&signature=${hmac(SECRET, replace)}`, headers);
    expect(replaced).toMatchObject({ status: 429, json: { code: -2021, data: { cancelResult: 'SUCCESS', newOrderResult: 'FAILURE' } } });
  });

  it('behavior: Ed25519 logon, scripted faults and the request log work end to end', async () => {
    const { privateKey, publicPem } = keyPair('ed25519');
    fake.addApiKey({ apiKey: keyOf('e'), publicKey: publicPem });
    const client = await connect('?returnRateLimits=false');
    const logon = { apiKey: keyOf('e'), timestamp: fake.serverTime() };
    expect((await client.call('session.logon', { ...logon, signature: signWith(privateKey, wsPayload(logon)) })).status).toBe(200);
    expect((await client.call('account.status', { timestamp: fake.serverTime() })).result).toMatchObject({ accountType: 'SPOT' });
    fake.scriptApi({ method: 'account.status' }, { status: 503, error: { code: -1006, msg: 'x' } });
    expect(await client.call('account.status', { timestamp: fake.serverTime() }, 'z')).toEqual({ id: 'z', status: 503, error: { code: -1006, msg: 'x' } });
    expect(fake.apiRequests.map((r) => r.method)).toEqual(['session.logon', 'account.status', 'account.status']);
    expect(fake.wsApiConnections[0]).toMatchObject({ id: 'ws-api-1', apiKey: keyOf('e'), returnRateLimits: false });
  });

  it('behavior: setClockOffset makes a client with the wrong clock get -1021 until it resyncs', async () => {
    fake.setClockOffset(-30_000);
    const client = await connect();
    const stale = { apiKey: keyOf('a'), timestamp: Date.now() };
    expect((await client.call('account.status', { ...stale, signature: hmac(SECRET, wsPayload(stale)) })).error?.code).toBe(-1021);
    const { serverTime } = (await client.call('time')).result as { serverTime: number };
    const synced = { apiKey: keyOf('a'), timestamp: serverTime };
    expect((await client.call('account.status', { ...synced, signature: hmac(SECRET, wsPayload(synced)) })).status).toBe(200);
  });

  it('behavior: dropWsApiConnections and sendWsApiServerShutdown reach WS-API clients only', async () => {
    const stream = new WebSocket(`${fake.hosts.spot.streamHost}/ws`);
    sockets.push(stream);
    await new Promise((resolve) => stream.once('open', resolve));
    const client = await connect();
    expect(fake.sendWsApiServerShutdown()).toBe(1);
    expect(JSON.parse(await client.next())).toMatchObject({ event: { e: 'serverShutdown' } });
    const closed = firstValueFrom(fake.wsApiClosed$);
    expect(fake.dropWsApiConnections()).toBe(1);
    expect((await client.closed).code).toBe(1006);
    expect((await closed).closeCode).toBe(1006);
    expect(fake.connectionCount).toBe(1);
  });

  it('teardown: stop() closes WS-API connections and leaves no socket, server or timer behind', async () => {
    const timers = watchTimers();
    const client = await connect();
    fake.scriptApi({ method: 'ping' }, { kind: 'delay', ms: 60_000 });
    client.ws.send('{"id":1,"method":"ping"}');
    await firstValueFrom(fake.apiRequest$);
    await fake.stop();
    expect((await client.closed).code).toBe(1001);
    // Node releases closed handles in a later loop phase: give it a few turns.
    let after = activeHandles();
    for (let turn = 0; turn < 20 && ((after['TCPServerWrap'] ?? 0) > 0 || (after['TCPSocketWrap'] ?? 0) > 0); turn += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      after = activeHandles();
    }
    // Only the fake listened and connected in this worker; the 60 s delayed reply was cancelled.
    expect(after['TCPServerWrap'] ?? 0).toBe(0);
    expect(after['TCPSocketWrap'] ?? 0).toBe(0);
    // every timer made meanwhile fired or was cleared (a process-wide count would see jest's too)
    expect(await timers.leftover()).toEqual([]);
  });
});
