import { createHmac } from 'node:crypto';
import { restCall } from '../support/api-test-bed';
import { KEYS, nextEvent, nextEvents, RESTING, signed, UserStreamBed } from './user-stream-test-kit';

const HMAC = KEYS.hmac;

describe('FakeUserStreams (account events over a loopback WS-API)', () => {
  const bed = new UserStreamBed();

  beforeEach(() => bed.start());
  afterEach(() => bed.teardown());

  it('behavior: a crossing LIMIT order: its response, then NEW, TRADE and outboundAccountPosition in the {subscriptionId, event} envelope', async () => {
    const client = await bed.connect();
    await bed.logon(client);
    await client.call('userDataStream.subscribe');
    const placed = await client.call('order.place', signed(HMAC, bed.fake.serverTime(), { ...RESTING, price: '70000', newClientOrderId: 'x1' }));
    expect(placed).toMatchObject({ status: 200, result: { status: 'FILLED' } });
    // the logon subscription is the Ed25519 key's account: the HMAC order is another account's
    expect(await client.call('ping')).toMatchObject({ result: {} });

    await bed.subscribe(client, HMAC);
    const time = bed.fake.serverTime();
    await client.call('order.place', signed(HMAC, time, { ...RESTING, price: '70000', newClientOrderId: 'x2' }));
    const raw = await client.next();
    expect(raw.startsWith('{"subscriptionId":1,"event":{"e":"executionReport","E":')).toBe(true);
    const [trade, position] = await nextEvents(client, 2);
    const report = JSON.parse(raw) as { event: Record<string, unknown> };
    expect(report.event).toMatchObject({ s: 'BTCUSDT', c: 'x2', x: 'NEW', X: 'NEW', q: '0.01000000', p: '70000.00000000', z: '0.00000000' });
    // both orders took from the generated book's best ask, 65000.01 (one tick above the last price)
    expect(trade).toMatchObject({ subscriptionId: 1, event: { e: 'executionReport', x: 'TRADE', X: 'FILLED', L: '65000.01000000', l: '0.01000000', Z: '650.00010000', N: 'BTC' } });
    expect(position?.event).toMatchObject({ e: 'outboundAccountPosition', B: [{ a: 'BTC', f: '1.01998000', l: '0.00000000' }, { a: 'USDT', f: '98699.99980000', l: '0.00000000' }] });
  });

  it('behavior: a resting order canceled over REST reaches the WS-API subscription as CANCELED', async () => {
    const client = await bed.connect();
    await bed.subscribe(client, HMAC);
    const placed = await client.call('order.place', signed(HMAC, bed.fake.serverTime(), RESTING));
    const orderId = (placed.result as { orderId: number }).orderId;
    expect((await nextEvents(client, 2)).map((f) => f.event['X'] ?? f.event.e)).toEqual(['NEW', 'outboundAccountPosition']);
    const query = new URLSearchParams({ symbol: 'BTCUSDT', orderId: String(orderId), newClientOrderId: 'byRest', timestamp: String(bed.fake.serverTime()) });
    const target = `/api/v3/order?${query.toString()}&signature=${HMAC.sign(query.toString())}`;
    const port = Number(new URL(bed.fake.hosts.spot.restHost).port);
    expect((await restCall(port, 'DELETE', target, { headers: { 'X-MBX-APIKEY': HMAC.apiKey } })).status).toBe(200);
    const [canceled, position] = await nextEvents(client, 2);
    expect(canceled?.event).toMatchObject({ x: 'CANCELED', X: 'CANCELED', c: 'byRest', i: orderId });
    expect(position?.event).toMatchObject({ e: 'outboundAccountPosition', B: [{ a: 'USDT', f: '100000.00000000', l: '0.00000000' }] });
  });

  it('behavior: every subscription of the account gets the events, on every connection; a key sharing the account shares them', async () => {
    bed.fake.addApiKey({ apiKey: 'S'.repeat(64), apiSecret: 'shared', account: HMAC.apiKey });
    const [one, two] = [await bed.connect(), await bed.connect()];
    await bed.subscribe(one, HMAC);
    const shared = { apiKey: 'S'.repeat(64), sign: (p: string) => createHmac('sha256', 'shared').update(p).digest('hex') };
    await bed.subscribe(two, shared);
    expect(bed.fake.userStreamSubscriptions(HMAC.apiKey)).toBe(2);
    const resting = bed.fake.accountOf(HMAC.apiKey);
    await one.call('order.place', signed(HMAC, bed.fake.serverTime(), RESTING));
    await nextEvents(one, 2);
    const orderId = resting?.orders[0]?.['orderId'] as number;
    resting?.fillOrder(orderId, undefined, '0.004');
    for (const client of [one, two]) {
      const frames = await nextEvents(client, client === two ? 4 : 2);
      expect(frames.filter((f) => f.event['x'] === 'TRADE').map((f) => [f.event['X'], f.event['m']])).toEqual([['PARTIALLY_FILLED', true]]);
    }
  });

  it('behavior: with timeUnit=MICROSECOND the events\' timestamps are in µs', async () => {
    const client = await bed.connect('?timeUnit=MICROSECOND');
    await bed.subscribe(client, HMAC);
    await client.call('order.place', signed(HMAC, bed.fake.serverTime(), RESTING));
    const [report, position] = await nextEvents(client, 2);
    const account = bed.fake.accountOf(HMAC.apiKey);
    const ms = account?.orders[0]?.['time'] as number;
    expect(report?.event).toMatchObject({ E: ms * 1000, T: ms * 1000, O: ms * 1000, W: ms * 1000, g: -1, t: -1 });
    expect(position?.event).toMatchObject({ E: ms * 1000, u: ms * 1000 });
    bed.fake.terminateUserStreams();
    expect((await nextEvent(client)).event['E']).toBeGreaterThan(ms * 999);
  });
});
