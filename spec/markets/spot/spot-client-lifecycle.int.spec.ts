import { firstValueFrom } from 'rxjs';
import { ConfigError, OrderSide, OrderType, SecurityType, TimeInForce } from '../../../lib/index.js';
import { apiLoopback } from '../../support/api-loopback.js';
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
const rest = (method: string) => env.fake.apiRequests.filter((r) => r.transport === 'rest' && r.method === method);
const openWsApi = () => env.fake.wsApiConnections;
const connectionIds = () => new Set(env.fake.apiRequests.filter((r) => r.transport === 'ws').map((r) => r.connectionId));
/** Epoch ms of 2001 in µs: any µs timestamp of this century is above it, any ms one far below. */
const MICROS = 1e15;

describe('SpotClient request lifecycle', () => {
  it('behavior: requests within the linger share one WS-API connection; it closes by the client once idle', async () => {
    const spot = env.client({ connectionLinger: 150 });
    await firstValueFrom(spot.ping());
    await sleep(30);
    await firstValueFrom(spot.getServerTime());
    expect(connectionIds().size).toBe(1);
    expect(openWsApi()).toHaveLength(1);
    await until(() => openWsApi().length === 0, 'the idle WS-API connection closed');
    const closed = env.events.filter((e) => e.type === 'closed');
    expect(closed).toEqual([expect.objectContaining({ connectionId: 'spot/ws-api#1', byClient: true })]);
    await firstValueFrom(spot.ping());
    expect(connectionIds().size).toBe(2);
  });

  it('behavior: close() lets a request in flight get its answer, then closes the connection', async () => {
    const spot = env.client({ connectionLinger: 60_000 });
    env.fake.scriptApi({ method: 'ping' }, { kind: 'delay', ms: 150 });
    const answered = firstValueFrom(spot.ping());
    await until(() => env.fake.wsApiConnections.length === 1 && env.fake.wsApiConnections[0]?.framesReceived === 1, 'ping sent');
    let closed = false;
    const closing = spot.close().then(() => (closed = true));
    await sleep(20);
    expect(closed).toBe(false);
    await expect(answered).resolves.toEqual({});
    await closing;
    expect(openWsApi()).toHaveLength(0);
    expect(env.events.filter((e) => e.type === 'closed')).toEqual([expect.objectContaining({ byClient: true })]);
  });

  it('error: a closed client refuses new requests synchronously, and ones made before close() on subscribe', async () => {
    const spot = env.client({ credentials: env.keys.hmac });
    const ping$ = spot.ping();
    const account$ = spot.get('/api/v3/account', {}, { security: SecurityType.UserData });
    await firstValueFrom(spot.ping());
    await spot.close();
    expect(() => spot.ping()).toThrow(ConfigError);
    expect(() => spot.get('/api/v3/time')).toThrow(ConfigError);
    await expect(firstValueFrom(ping$)).rejects.toBeInstanceOf(ConfigError);
    await expect(firstValueFrom(account$)).rejects.toBeInstanceOf(ConfigError);
    expect(connectionIds().size).toBe(1);
    expect(openWsApi()).toHaveLength(0);
    expect(env.fake.apiRequests.filter((r) => r.transport === 'rest')).toHaveLength(0);
  });

  it('option: timeUnit microsecond asks the WS-API for µs, while the clock and signed timestamps stay in ms', async () => {
    const spot = env.client({ credentials: env.keys.hmac, timeUnit: 'microsecond' });
    env.fake.setClockOffset(30_000);
    const order = await firstValueFrom(spot.createOrder({ ...LIMIT_BUY, newOrderRespType: 'RESULT' }));
    const [connection] = env.fake.wsApiConnections;
    expect(connection?.url).toContain('timeUnit=MICROSECOND');
    expect(connection?.timeUnit).toBe('MICROSECOND');
    const { serverTime } = await firstValueFrom(spot.getServerTime());
    expect(serverTime).toBeGreaterThan(MICROS);
    expect(order.transactTime).toBeGreaterThan(MICROS);
    const timestamp = Number(ws('order.place')[0]?.params?.['timestamp']);
    // the offset was learnt in ms from a µs serverTime: the request is stamped with the fake's ms time
    expect(Math.abs(timestamp - env.fake.serverTime())).toBeLessThan(5_000);
    expect(ws('time')).toHaveLength(2);
  });

  it('option: timeUnit microsecond sends X-MBX-TIME-UNIT over REST, and the REST clock sync divides by 1000', async () => {
    const spot = env.client({ credentials: env.keys.ed25519, timeUnit: 'microsecond' });
    env.fake.setClockOffset(-30_000);
    const order = (await firstValueFrom(spot.post('/api/v3/order', { ...LIMIT_BUY, newOrderRespType: 'RESULT' }, { security: SecurityType.Trade }))) as { transactTime: number };
    expect(order.transactTime).toBeGreaterThan(MICROS);
    const [sync] = rest('GET /api/v3/time');
    const [placed] = rest('POST /api/v3/order');
    for (const r of [sync, placed]) expect(r?.headers?.['x-mbx-time-unit']).toBe('MICROSECOND');
    expect(Math.abs(Number(placed?.params?.['timestamp']) - env.fake.serverTime())).toBeLessThan(5_000);
  });
});
