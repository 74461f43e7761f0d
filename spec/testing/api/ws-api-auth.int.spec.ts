import { FakeSpotApiServer } from '../../../lib/testing/api/fake-spot-api-server';
import { ApiTestBed, hmac, keyOf, keyPair, signWith, wsPayload } from './support/api-test-bed';

const SECRET = 'secret-of-a';

describe('FakeSpotApiServer (WebSocket API authentication)', () => {
  const bed = new ApiTestBed();
  let server: FakeSpotApiServer;

  beforeEach(async () => {
    server = await bed.start();
    server.addApiKey({ apiKey: keyOf('a'), apiSecret: SECRET });
  });

  afterEach(() => bed.teardown());

  function hmacParams(extra: Record<string, unknown> = {}, timestamp = Date.now()): Record<string, unknown> {
    const params = { symbol: 'BTCUSDT', side: 'BUY', quantity: '1.00000000', apiKey: keyOf('a'), timestamp, ...extra };
    return { ...params, signature: hmac(SECRET, wsPayload(params)) };
  }

  it('behavior: a signed HMAC request reaches the handler with the key and its account, auth params removed', async () => {
    const client = await bed.connect();
    const response = await client.call('order.place', hmacParams({ recvWindow: 5000 }));
    expect(response.status).toBe(200);
    expect(response.result).toMatchObject({
      params: { symbol: 'BTCUSDT', side: 'BUY', quantity: '1.00000000' },
      apiKey: keyOf('a'),
      account: { n: 1 },
    });
    expect(Object.keys((response.result as { params: object }).params)).toEqual(['symbol', 'side', 'quantity']);
  });

  it('behavior: RSA and Ed25519 keys are detected from their public key and verified', async () => {
    const client = await bed.connect();
    for (const [letter, type] of [['r', 'rsa'], ['e', 'ed25519']] as const) {
      const { privateKey, publicPem } = keyPair(type);
      expect(server.addApiKey({ apiKey: keyOf(letter), publicKey: publicPem }).type).toBe(type === 'rsa' ? 'RSA' : 'ED25519');
      const params = { symbol: '１２３４５６', apiKey: keyOf(letter), timestamp: Date.now() };
      const response = await client.call('account.status', { ...params, signature: signWith(privateKey, wsPayload(params)) });
      expect(response).toMatchObject({ status: 200, result: { apiKey: keyOf(letter) } });
    }
  });

  it('behavior: keys sharing an account name act on one account', async () => {
    server.addApiKey({ apiKey: keyOf('b'), apiSecret: 'b', account: keyOf('a') });
    expect(server.accountOf(keyOf('b'))).toBe(server.accountOf(keyOf('a')));
    expect(server.apiKeys.map((k) => k.account)).toEqual([keyOf('a'), keyOf('a')]);
  });

  it('error: a bad signature gets -1022, an unknown key -2015 (401), a malformed one -2014', async () => {
    const client = await bed.connect();
    const bad = await client.call('order.place', { ...hmacParams(), signature: '0'.repeat(64) });
    expect(bad).toMatchObject({ status: 400, error: { code: -1022, msg: 'Signature for this request is not valid.' } });
    const unknown = await client.call('order.place', hmacParams({ apiKey: keyOf('z') }));
    expect(unknown).toMatchObject({ status: 401, error: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' } });
    const malformed = await client.call('trades.historical', { apiKey: 'short' });
    expect(malformed).toMatchObject({ status: 401, error: { code: -2014, msg: 'API-key format invalid.' } });
  });

  it('error: missing apiKey, timestamp or signature get -1102 naming the parameter; no credentials at all -2015', async () => {
    const client = await bed.connect();
    expect(await client.call('trades.historical', {})).toMatchObject({ status: 401, error: { code: -2015 } });
    expect(await client.call('order.place', { timestamp: Date.now() })).toMatchObject({ status: 401, error: { code: -2015 } });
    const { apiKey: _apiKey, ...withoutKey } = hmacParams();
    expect((await client.call('order.place', withoutKey)).error?.msg).toBe("Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed.");
    const { timestamp: _timestamp, ...withoutTimestamp } = hmacParams();
    expect((await client.call('order.place', withoutTimestamp)).error).toMatchObject({ code: -1102, msg: expect.stringContaining("'timestamp'") as string });
    const { signature: _signature, ...withoutSignature } = hmacParams();
    expect((await client.call('order.place', withoutSignature)).error).toMatchObject({ code: -1102, msg: expect.stringContaining("'signature'") as string });
  });

  it('error: a stale timestamp gets -1021 until the client uses the server clock; µs timestamps are accepted', async () => {
    const client = await bed.connect();
    server.setClockOffset(10_000);
    expect((await client.call('order.place', hmacParams())).error).toEqual({ code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' });
    expect((await client.call('order.place', hmacParams({ recvWindow: 60_001 }))).error?.code).toBe(-1131);
    const serverTime = (await client.call('time')).result as { serverTime: number };
    expect(serverTime.serverTime).toBeGreaterThanOrEqual(Date.now() + 9_000);
    expect((await client.call('order.place', hmacParams({}, serverTime.serverTime))).status).toBe(200);
    expect((await client.call('order.place', hmacParams({}, server.serverTime() * 1000))).status).toBe(200);
    server.setClockOffset(-10_000);
    expect((await client.call('order.place', hmacParams())).error?.msg).toBe("Timestamp for this request was 1000ms ahead of the server's time.");
  });

  it('behavior: session.logon with Ed25519 lets signed requests omit apiKey and signature (timestamp still checked)', async () => {
    const client = await bed.connect();
    const { privateKey, publicPem } = keyPair('ed25519');
    server.addApiKey({ apiKey: keyOf('e'), publicKey: publicPem });
    const status0 = await client.call('session.status');
    expect(status0.result).toMatchObject({ apiKey: null, authorizedSince: null, returnRateLimits: true, userDataStream: false });
    const logon = { apiKey: keyOf('e'), timestamp: Date.now() };
    const response = await client.call('session.logon', { ...logon, signature: signWith(privateKey, wsPayload(logon)) });
    expect(response.status).toBe(200);
    expect(Object.keys(response.result as object)).toEqual(['apiKey', 'authorizedSince', 'connectedSince', 'returnRateLimits', 'serverTime', 'userDataStream']);
    expect(response.result).toMatchObject({ apiKey: keyOf('e'), authorizedSince: expect.any(Number) as number });
    expect(server.wsApiConnections[0]?.apiKey).toBe(keyOf('e'));
    expect(await client.call('account.status', { timestamp: Date.now() })).toMatchObject({ status: 200, result: { apiKey: keyOf('e') } });
    expect((await client.call('account.status', {})).error?.msg).toBe("Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.");
    expect((await client.call('account.status', { timestamp: Date.now() - 60_000 })).error?.code).toBe(-1021);
    // An explicit key and signature still override the session's key.
    expect((await client.call('account.status', hmacParams())).result).toMatchObject({ apiKey: keyOf('a') });
    expect((await client.call('session.subscriptions')).result).toEqual([]);
    expect((await client.call('session.logout')).result).toMatchObject({ apiKey: null, authorizedSince: null });
    expect(await client.call('account.status', { timestamp: Date.now() })).toMatchObject({ status: 401, error: { code: -2015 } });
  });

  it('error: session.logon refuses HMAC and RSA keys with -4056 and needs an explicit signature', async () => {
    const client = await bed.connect();
    const hmacLogon = await client.call('session.logon', hmacParams());
    expect(hmacLogon).toMatchObject({ status: 400, error: { code: -4056, msg: 'HMAC_SHA256 API key is not supported.' } });
    const { privateKey, publicPem } = keyPair('rsa');
    server.addApiKey({ apiKey: keyOf('r'), publicKey: publicPem });
    const params = { apiKey: keyOf('r'), timestamp: Date.now() };
    const rsaLogon = await client.call('session.logon', { ...params, signature: signWith(privateKey, wsPayload(params)) });
    expect(rsaLogon.error?.code).toBe(-4056);
    expect((await client.call('session.logon', { apiKey: keyOf('a'), timestamp: Date.now() })).error?.code).toBe(-1102);
    expect(server.wsApiConnections[0]?.apiKey).toBeUndefined();
  });

  it('behavior: removing a logged-on key revokes the session on the next request with an id-null 401', async () => {
    const client = await bed.connect();
    const { privateKey, publicPem } = keyPair('ed25519');
    server.addApiKey({ apiKey: keyOf('e'), publicKey: publicPem });
    const logon = { apiKey: keyOf('e'), timestamp: Date.now() };
    await client.call('session.logon', { ...logon, signature: signWith(privateKey, wsPayload(logon)) });
    expect(server.removeApiKey(keyOf('e'))).toBe(true);
    const revoked = await client.call('session.status', undefined, 7);
    expect(revoked).toEqual({ id: null, status: 401, error: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' } });
    expect((await client.nextJson()).result).toMatchObject({ apiKey: null });
  });
});
