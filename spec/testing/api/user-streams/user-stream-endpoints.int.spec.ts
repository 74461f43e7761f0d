import { KEYS, nextEvent, RESTING, signed, UserStreamBed } from './user-stream-test-kit';

describe('userStreamEndpoints (userDataStream.* over a loopback WS-API)', () => {
  const bed = new UserStreamBed();

  beforeEach(() => bed.start({ spotApi: { maxUserStreamSubscriptionIds: 3 } }));
  afterEach(() => bed.teardown());

  it('behavior: userDataStream.subscribe after an Ed25519 logon answers subscriptionId 0; session.status and session.subscriptions show it', async () => {
    const client = await bed.connect();
    await bed.logon(client);
    expect((await client.call('session.status')).result).toMatchObject({ userDataStream: false });
    expect(await client.call('userDataStream.subscribe')).toMatchObject({ status: 200, result: { subscriptionId: 0 } });
    expect((await client.call('session.status')).result).toMatchObject({ apiKey: KEYS.ed25519.apiKey, userDataStream: true });
    expect((await client.call('session.subscriptions')).result).toEqual([{ subscriptionId: 0 }]);
    expect(bed.fake.userStreams).toEqual([
      { connectionId: 'ws-api-1', subscriptionId: 0, apiKey: KEYS.ed25519.apiKey, account: KEYS.ed25519.apiKey, via: 'logon', since: expect.any(Number) as number },
    ]);
  });

  it('behavior: userDataStream.subscribe.signature takes HMAC, RSA and Ed25519 keys, logged on or not; ids count per connection', async () => {
    const client = await bed.connect();
    expect(await bed.subscribe(client, KEYS.hmac)).toBe(0);
    expect(await bed.subscribe(client, KEYS.rsa)).toBe(1);
    await bed.logon(client);
    expect(await bed.subscribe(client, KEYS.ed25519)).toBe(2);
    expect((await client.call('session.subscriptions')).result).toEqual([{ subscriptionId: 0 }, { subscriptionId: 1 }, { subscriptionId: 2 }]);
    const other = await bed.connect();
    expect(await bed.subscribe(other, KEYS.hmac)).toBe(0);
    expect(bed.fake.userStreamSubscriptions()).toBe(4);
    expect(bed.fake.userStreamSubscriptions(KEYS.hmac.apiKey)).toBe(2);
    const methods = bed.fake.apiRequests.map((r) => r.method).filter((m) => m?.startsWith('userDataStream') === true);
    expect(methods).toEqual(Array<string>(4).fill('userDataStream.subscribe.signature'));
  });

  it('error: subscribe without logon gets 401 -2015; subscribe.signature needs its own valid signature even when logged on', async () => {
    const client = await bed.connect();
    expect(await client.call('userDataStream.subscribe')).toMatchObject({ status: 401, error: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' } });
    await bed.logon(client);
    const noSignature = await client.call('userDataStream.subscribe.signature', { timestamp: bed.fake.serverTime() });
    expect(noSignature).toMatchObject({ status: 400, error: { code: -1102, msg: "Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed." } });
    const forged = await client.call('userDataStream.subscribe.signature', { ...signed(KEYS.hmac, bed.fake.serverTime()), signature: '0'.repeat(64) });
    expect(forged).toMatchObject({ status: 400, error: { code: -1022 } });
    const stale = await client.call('userDataStream.subscribe.signature', signed(KEYS.hmac, bed.fake.serverTime() - 60_000));
    expect(stale.error?.code).toBe(-1021);
    expect(bed.fake.userStreamSubscriptions()).toBe(0);
  });

  it('error: -2035 for a second subscription of an account, -2036 for nothing to unsubscribe, -2042 once the ids are used up', async () => {
    const client = await bed.connect();
    await bed.logon(client);
    expect(await bed.subscribe(client, KEYS.ed25519)).toBe(0);
    const twice = await client.call('userDataStream.subscribe');
    expect(twice).toMatchObject({ status: 400, error: { code: -2035, msg: 'User Data Stream subscription already active.' } });
    expect(await client.call('userDataStream.unsubscribe', { subscriptionId: 7 })).toMatchObject({
      status: 400,
      error: { code: -2036, msg: 'User Data Stream subscription not active.' },
    });
    expect(await bed.subscribe(client, KEYS.hmac)).toBe(1);
    expect(await bed.subscribe(client, KEYS.rsa)).toBe(2);
    expect((await client.call('userDataStream.unsubscribe')).result).toEqual({});
    // without an id, every subscription ends, each with its eventStreamTerminated after the response
    const ended = [await nextEvent(client), await nextEvent(client), await nextEvent(client)];
    expect(ended.map((f) => [f.subscriptionId, f.event.e])).toEqual([
      [0, 'eventStreamTerminated'],
      [1, 'eventStreamTerminated'],
      [2, 'eventStreamTerminated'],
    ]);
    expect((await client.call('userDataStream.unsubscribe')).error?.code).toBe(-2036);
    const full = await client.call('userDataStream.subscribe');
    expect(full).toMatchObject({ status: 400, error: { code: -2042, msg: 'Maximum subscription ID reached for this connection.' } });
  });

  it('behavior: unsubscribe by id answers {} then eventStreamTerminated, and that subscription gets no more events', async () => {
    const client = await bed.connect();
    await bed.subscribe(client, KEYS.hmac);
    await bed.subscribe(client, KEYS.rsa);
    const response = await client.call('userDataStream.unsubscribe', { subscriptionId: 0 });
    expect(response).toMatchObject({ status: 200, result: {} });
    const ended = await nextEvent(client);
    expect(ended).toEqual({ subscriptionId: 0, event: { e: 'eventStreamTerminated', E: expect.any(Number) as number } });
    expect((await client.call('session.subscriptions')).result).toEqual([{ subscriptionId: 1 }]);
    expect((await client.call('order.place', signed(KEYS.hmac, bed.fake.serverTime(), RESTING))).status).toBe(200);
    // no event frame between the order's response and the next response
    expect(await client.call('ping')).toMatchObject({ status: 200, result: {} });
    expect(client.unread).toBe(0);
  });

  it('behavior: session.logout ends only the logon subscription, with eventStreamTerminated after its response', async () => {
    const client = await bed.connect();
    await bed.logon(client);
    await client.call('userDataStream.subscribe');
    await bed.subscribe(client, KEYS.hmac);
    const logout = await client.call('session.logout');
    expect(logout.result).toMatchObject({ apiKey: null, userDataStream: true });
    expect(await nextEvent(client)).toMatchObject({ subscriptionId: 0, event: { e: 'eventStreamTerminated' } });
    expect(bed.fake.userStreams.map((s) => [s.subscriptionId, s.via])).toEqual([[1, 'signature']]);
  });

  it('default: each method weighs 2 (spec/spot-ws-api.md §6.6)', async () => {
    bed.fake.setClockOffset(-(Date.now() % 60_000));
    const client = await bed.connect();
    const weight = (r: { rateLimits?: readonly { rateLimitType: string; count: number }[] }): number =>
      r.rateLimits?.find((l) => l.rateLimitType === 'REQUEST_WEIGHT')?.count ?? NaN;
    const first = weight(await client.call('session.subscriptions'));
    const subscribed = weight(await client.call('userDataStream.subscribe.signature', signed(KEYS.hmac, bed.fake.serverTime())));
    const unsubscribed = weight(await client.call('userDataStream.unsubscribe'));
    await nextEvent(client); // its eventStreamTerminated
    const counts = [subscribed, unsubscribed, weight(await client.call('session.subscriptions'))];
    expect(counts).toEqual([first + 2, first + 4, first + 6]);
  });
});
