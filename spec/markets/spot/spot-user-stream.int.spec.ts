import { filter, firstValueFrom, take, toArray } from 'rxjs';
import {
  ConfigError,
  type ConnectionEvent,
  isExecutionReport,
  OrderSide,
  OrderType,
  SpotClient,
  SubType,
  TimeInForce,
  type SpotUserEvent,
} from '../../../lib/index.js';
import { FakeBinance } from '../../../lib/testing/index.js';
import { registerKeys } from '../../support/api-loopback.js';
import { FAST, Recorder, until } from '../../support/loopback.js';
import { USER_EVENT_EXAMPLES } from './user-data/user-data-examples.js';

const LIMIT_RESTING = { symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: '0.001', price: '1000.00' } as const;

describe('SpotClient user-data stream (FakeBinance over loopback)', () => {
  let fake: FakeBinance;
  let keys: ReturnType<typeof registerKeys>;
  const clients: SpotClient[] = [];
  const events: ConnectionEvent[] = [];
  const client = (key: 'hmac' | 'rsa' | 'ed25519' | 'none' = 'ed25519'): SpotClient => {
    const spot = new SpotClient({ ...fake.hosts.spot, ...FAST, ...(key === 'none' ? {} : { credentials: keys[key] }) });
    spot.events$.subscribe((e) => events.push(e));
    clients.push(spot);
    return spot;
  };
  const subscribed = (n = 1): Promise<void> => until(() => fake.userStreamSubscriptions() === n, `${n} user-data subscription(s) on the fake`);

  beforeEach(async () => {
    fake = await FakeBinance.start();
    keys = registerKeys(fake);
    events.length = 0;
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await fake.stop();
  });

  it.each(['ed25519', 'hmac', 'rsa'] as const)('default: with a %s key, an order placed through createOrder produces its executionReport on stream$(SubType.User)', async (key) => {
    const spot = client(key);
    const user = new Recorder(spot.stream$(SubType.User));
    await subscribed();
    const order = await firstValueFrom(spot.createOrder(LIMIT_RESTING));
    await until(() => user.values.some((e) => isExecutionReport(e) && e.orderId === order.orderId), 'the NEW report');
    const report = user.values.find(isExecutionReport);
    expect(report).toMatchObject({ kind: 'executionReport', symbol: 'BTCUSDT', side: 'BUY', orderType: 'LIMIT', executionType: 'NEW', orderStatus: 'NEW', orderId: order.orderId });
    expect(report?.price.toFixed()).toBe('1000');
    expect(report?.quantity.toFixed()).toBe('0.001');
    const method = fake.apiRequests.find((r) => r.method?.startsWith('userDataStream.subscribe'))?.method;
    expect(method).toBe(key === 'ed25519' ? 'userDataStream.subscribe' : 'userDataStream.subscribe.signature');
    expect(user.errors).toEqual([]);
  });

  it('default: events of every kind decode (the spec\'s official example payloads)', async () => {
    const spot = client();
    const user = new Recorder(spot.stream$(SubType.User));
    await subscribed();
    const apiKey = fake.userStreams[0]?.apiKey as string;
    const kinds = ['outboundAccountPosition', 'balanceUpdate', 'executionReport', 'listStatus', 'externalLockUpdate'] as const;
    for (const kind of kinds) fake.pushUserEvent(apiKey, USER_EVENT_EXAMPLES[kind] as never);
    await until(() => user.values.length === kinds.length, 'every example');
    expect(user.values.map((e) => e.kind)).toEqual(kinds);
    expect(events.filter((e) => e.type === 'decodeError')).toEqual([]);
  });

  it('behavior: two subscribers share one wire subscription; the last one leaving unsubscribes', async () => {
    const spot = client();
    const a = new Recorder(spot.stream$(SubType.User));
    const b = new Recorder(spot.stream$(SubType.User));
    await subscribed(1);
    fake.balanceUpdate(fake.userStreams[0]?.apiKey as string, 'USDT', '5.00000000');
    await until(() => a.values.length > 0 && b.values.length > 0, 'both saw the events');
    expect(a.values.map((e) => e.kind)).toEqual(b.values.map((e) => e.kind));
    expect(fake.apiRequests.filter((r) => r.method?.startsWith('userDataStream.subscribe'))).toHaveLength(1);
    a.subscription.unsubscribe();
    expect(fake.userStreamSubscriptions()).toBe(1);
    b.subscription.unsubscribe();
    await subscribed(0);
    expect(fake.apiRequests.filter((r) => r.method === 'userDataStream.unsubscribe')).toHaveLength(1);
  });

  it('behavior: after a dropped connection the client logs on again, subscribes again, reports the gap, and events continue', async () => {
    const spot = client();
    const user = new Recorder(spot.stream$(SubType.User));
    await subscribed();
    fake.dropWsApiConnections();
    await until(() => events.some((e) => e.type === 'userStreamGap'), 'the gap reported');
    await subscribed();
    expect(fake.apiRequests.filter((r) => r.method === 'session.logon')).toHaveLength(2);
    expect(fake.apiRequests.filter((r) => r.method === 'userDataStream.subscribe')).toHaveLength(2);
    const types = events.map((e) => e.type).filter((t) => t === 'reconnectScheduled' || t === 'resubscribed' || t === 'userStreamGap');
    expect(types).toEqual(['reconnectScheduled', 'resubscribed', 'userStreamGap']);
    const gap = events.find((e): e is Extract<ConnectionEvent, { type: 'userStreamGap' }> => e.type === 'userStreamGap');
    expect(gap?.to).toBeGreaterThanOrEqual(gap?.from ?? Infinity);
    await firstValueFrom(spot.createOrder(LIMIT_RESTING));
    await until(() => user.values.some(isExecutionReport), 'events after the reconnect');
    expect(user.errors).toEqual([]);
  });

  it('behavior: events$ says userStreamSubscribed once the subscription is live; an order placed right then is reported', async () => {
    const spot = client();
    const live = firstValueFrom(spot.events$.pipe(filter((e) => e.type === 'userStreamSubscribed')));
    const user = new Recorder(spot.stream$(SubType.User));
    const event = await live;
    expect(event).toMatchObject({ type: 'userStreamSubscribed', subscriptionId: fake.userStreams[0]?.subscriptionId, connectionId: expect.stringMatching(/ws-api/) });
    expect(fake.userStreamSubscriptions()).toBe(1);
    await firstValueFrom(spot.createOrder(LIMIT_RESTING));
    await until(() => user.values.some(isExecutionReport), 'the order reported');
  });

  it('behavior: eventStreamTerminated reaches the subscriber and leads to exactly one new subscription', async () => {
    const spot = client();
    const user = new Recorder(spot.stream$(SubType.User));
    await subscribed();
    fake.terminateUserStreams();
    await until(() => fake.apiRequests.filter((r) => r.method === 'userDataStream.subscribe').length === 2, 'subscribed again');
    await subscribed();
    await until(() => events.some((e) => e.type === 'userStreamGap'), 'the gap reported');
    expect(user.values.map((e) => e.kind)).toContain('eventStreamTerminated');
    expect(fake.apiRequests.filter((r) => r.method === 'userDataStream.subscribe')).toHaveLength(2);
    expect(user.errors).toEqual([]);
  });

  it('behavior: serverShutdown on the WebSocket API moves the subscription to a new connection first', async () => {
    const spot = client();
    const user = new Recorder(spot.stream$(SubType.User));
    await subscribed();
    const first = fake.userStreams[0]?.connectionId;
    fake.sendWsApiServerShutdown();
    await until(() => fake.userStreams.length === 1 && fake.userStreams[0]?.connectionId !== first, 'moved to the new connection');
    await firstValueFrom(spot.createOrder(LIMIT_RESTING));
    await until(() => user.values.some(isExecutionReport), 'events on the new connection');
    expect(events.some((e) => e.type === 'userStreamGap')).toBe(false);
  });

  it('error: without credentials, stream$(SubType.User) errors at once with ConfigError', async () => {
    const spot = client('none');
    const error = await firstValueFrom(spot.stream$(SubType.User)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(fake.apiRequests).toEqual([]);
  });

  it('behavior: a fill printed from the stream (filter(isExecutionReport) narrows the type)', async () => {
    const spot = client();
    const fills = spot.stream$(SubType.User).pipe(
      filter(isExecutionReport),
      filter((r) => r.executionType === 'TRADE'),
      take(1),
      toArray(),
    );
    const got = firstValueFrom(fills);
    await subscribed();
    await firstValueFrom(spot.createOrder({ symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' }));
    const [fill] = (await got) as SpotUserEvent[];
    expect(fill).toMatchObject({ kind: 'executionReport', executionType: 'TRADE', symbol: 'BTCUSDT' });
  });
});
