import { firstValueFrom } from 'rxjs';
import { ConfigError } from '../../lib/errors/config-error';
import { KEYS, nextEvent, nextEvents, UserStreamBed } from './api/user-streams/user-stream-test-kit';

describe('FakeBinance (User Data Stream controls)', () => {
  const bed = new UserStreamBed();

  beforeEach(() => bed.start());
  afterEach(() => bed.teardown());

  it('behavior: terminateUserStreams sends eventStreamTerminated to the selected subscriptions and ends them; the connection stays', async () => {
    const client = await bed.connect();
    await bed.subscribe(client, KEYS.hmac);
    await bed.subscribe(client, KEYS.rsa);
    expect(bed.fake.terminateUserStreams(KEYS.rsa.apiKey)).toBe(1);
    expect(await nextEvent(client)).toEqual({ subscriptionId: 1, event: { e: 'eventStreamTerminated', E: expect.any(Number) as number } });
    expect(bed.fake.userStreams.map((s) => s.subscriptionId)).toEqual([0]);
    expect(bed.fake.terminateUserStreams((s) => s.via === 'logon')).toBe(0);
    expect(bed.fake.terminateUserStreams()).toBe(1);
    expect((await nextEvent(client)).subscriptionId).toBe(0);
    expect((await client.call('session.status')).result).toMatchObject({ userDataStream: false });
    expect(bed.fake.userStreamSubscriptions()).toBe(0);
  });

  it('behavior: pushUserEvent sends any event to the account\'s subscriptions in the envelope, as given', async () => {
    const client = await bed.connect();
    await bed.subscribe(client, KEYS.hmac);
    const lock = { e: 'externalLockUpdate', E: 1581557507324, a: 'NEO', d: '10.00000000', T: 1581557507268 };
    expect(bed.fake.pushUserEvent(KEYS.hmac.apiKey, lock)).toBe(1);
    expect(await client.next()).toBe('{"subscriptionId":0,"event":{"e":"externalLockUpdate","E":1581557507324,"a":"NEO","d":"10.00000000","T":1581557507268}}');
    expect(bed.fake.pushUserEvent(KEYS.rsa.apiKey, lock)).toBe(0);
    expect(() => bed.fake.pushUserEvent('nobody', lock)).toThrow(ConfigError);
  });

  it('behavior: balanceUpdate moves the free balance and sends balanceUpdate then outboundAccountPosition', async () => {
    const client = await bed.connect();
    await bed.subscribe(client, KEYS.hmac);
    expect(bed.fake.balanceUpdate(KEYS.hmac.apiKey, 'USDT', '250.5')).toBe(1);
    const [update, position] = await nextEvents(client, 2);
    expect(update).toEqual({ subscriptionId: 0, event: { e: 'balanceUpdate', E: expect.any(Number) as number, a: 'USDT', d: '250.50000000', T: update?.event['E'] } });
    expect(position?.event).toMatchObject({ e: 'outboundAccountPosition', B: [{ a: 'USDT', f: '100250.50000000', l: '0.00000000' }] });
    expect(bed.fake.accountOf(KEYS.hmac.apiKey)?.balance('USDT').free.toString()).toBe('100250.5');
    expect(() => bed.fake.balanceUpdate(KEYS.hmac.apiKey, 'BTC', '-5')).toThrow(ConfigError);
  });

  it('teardown: removing a key ends its subscriptions; a closed connection leaves none behind', async () => {
    const client = await bed.connect();
    await bed.subscribe(client, KEYS.hmac);
    expect(bed.fake.removeApiKey(KEYS.hmac.apiKey)).toBe(true);
    expect((await nextEvent(client)).event.e).toBe('eventStreamTerminated');
    await bed.subscribe(client, KEYS.rsa);
    expect(bed.fake.userStreamSubscriptions()).toBe(1);
    const closed = firstValueFrom(bed.fake.wsApiClosed$);
    client.ws.close();
    await closed;
    expect(bed.fake.userStreamSubscriptions()).toBe(0);
  });
});
