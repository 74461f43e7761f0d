import { firstValueFrom } from 'rxjs';
import { ConfigError } from '../../../lib/errors/config-error';
import { FAKE_API_ERRORS } from '../../../lib/testing/api/fake-api-errors';
import { FakeSpotApiServer } from '../../../lib/testing/api/fake-spot-api-server';
import { delay } from '../support/stream-test-client';
import { ApiTestBed, hmac, keyOf, restCall, wsPayload } from './support/api-test-bed';

const SECRET = 's';

describe('FakeSpotApiServer.scriptApi', () => {
  const bed = new ApiTestBed();
  let server: FakeSpotApiServer;

  beforeEach(async () => {
    server = await bed.start();
    // Start at a 10 s window boundary of the server clock, so order counts stay in one window.
    server.setClockOffset(-(Date.now() % 10_000));
    server.addApiKey({ apiKey: keyOf('a'), apiSecret: SECRET });
  });

  afterEach(() => bed.teardown());

  function signedParams(extra: Record<string, unknown> = {}): Record<string, unknown> {
    const params = { symbol: 'BTCUSDT', apiKey: keyOf('a'), timestamp: server.serverTime(), ...extra };
    return { ...params, signature: hmac(SECRET, wsPayload(params)) };
  }

  function signedQuery(): string {
    const query = `symbol=BTCUSDT&timestamp=${server.serverTime()}`;
    return `${query}&signature=${hmac(SECRET, query)}`;
  }

  const restOrder = (): ReturnType<typeof bed.rest> => bed.rest('POST', `/api/v3/order?${signedQuery()}`, { headers: { 'X-MBX-APIKEY': keyOf('a') } });

  it('behavior: an error reply answers both transports, in order, `times` times, after authentication', async () => {
    server.scriptApi({ method: 'order.place' }, { status: 503, error: FAKE_API_ERRORS.timeout }, 2);
    server.scriptApi({ method: 'POST /api/v3/order' }, { status: 429, error: FAKE_API_ERRORS.tooMuchWeight(6000), headers: { 'Retry-After': '7' } });
    const client = await bed.connect();
    // A bad signature is still refused and does not consume the script.
    expect((await client.call('order.place', { ...signedParams(), signature: '0'.repeat(64) })).error?.code).toBe(-1022);
    expect(await client.call('order.place', signedParams(), 'x1')).toMatchObject({ id: 'x1', status: 503, error: { code: -1007 } });
    const rest = await restOrder();
    expect(rest).toMatchObject({ status: 503, json: { code: -1007, msg: FAKE_API_ERRORS.timeout.msg } });
    const limited = await restOrder();
    expect(limited).toMatchObject({ status: 429, json: { code: -1003 } });
    expect(limited.headers['retry-after']).toBe('7');
    expect((await restOrder()).status).toBe(200);
    expect(server.apiRequests.filter((r) => r.scripted)).toHaveLength(3);
  });

  it('args: transport limits a script to one transport; the remover cancels it', async () => {
    const remove = server.scriptApi({ method: 'ping', transport: 'rest' }, { status: 418, error: FAKE_API_ERRORS.banned(1) }, Infinity);
    const client = await bed.connect();
    expect((await client.call('ping')).status).toBe(200);
    expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(418);
    expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(418);
    remove();
    expect((await bed.rest('GET', '/api/v3/ping')).status).toBe(200);
  });

  it('behavior: a result reply answers 200 with it and counts like a success', async () => {
    server.scriptApi({ method: 'order.place' }, { result: { orderId: 42 } }, 2);
    const client = await bed.connect();
    const response = await client.call('order.place', signedParams());
    expect(response).toMatchObject({ status: 200, result: { orderId: 42 } });
    expect(response.rateLimits?.[0]?.count).toBe(1);
    expect((await restOrder()).json).toEqual({ orderId: 42 });
  });

  it('behavior: noAnswer swallows the request (the client times out); the next one is answered', async () => {
    server.scriptApi({ method: 'ping' }, { kind: 'noAnswer' }, 2);
    const client = await bed.connect();
    client.ws.send(JSON.stringify({ id: 1, method: 'ping' }));
    await expect(client.next(200)).rejects.toThrow('no message');
    expect((await client.call('time', undefined, 2)).id).toBe(2);
    const pending = bed.rest('GET', '/api/v3/ping').catch((error: unknown) => error);
    await firstValueFrom(server.apiRequest$);
    expect(server.apiRequests.at(-1)).toMatchObject({ transport: 'rest', fate: 'noAnswer', scripted: true });
    expect(server.apiRequests.at(-1)?.response).toBeUndefined();
    // Teardown destroys the socket of the request left hanging.
    void pending;
  });

  it('behavior: drop terminates the WS-API connection (1006) / destroys the REST socket', async () => {
    server.scriptApi({ method: 'ping' }, { kind: 'drop' }, 2);
    const client = await bed.connect();
    client.ws.send(JSON.stringify({ id: 1, method: 'ping' }));
    expect((await client.closed).code).toBe(1006);
    await expect(bed.rest('GET', '/api/v3/ping')).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(server.apiRequests.map((r) => r.fate)).toEqual(['dropped', 'dropped']);
  });

  it('behavior: delay runs the handler now and sends its normal answer later, in both transports', async () => {
    server.scriptApi({ method: 'order.place' }, { kind: 'delay', ms: 150 }, 2);
    const client = await bed.connect();
    const started = Date.now();
    const ws = client.call('order.place', signedParams());
    await delay(20);
    // Handled (and counted) already, though not answered yet.
    expect(server.apiRequests.at(-1)).toMatchObject({ fate: 'answered', scripted: true, response: { status: 200 } });
    expect((await ws).status).toBe(200);
    const rest = await restOrder();
    expect(rest.status).toBe(200);
    expect(rest.headers['x-mbx-order-count-10s']).toBe('2');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('behavior: a raw reply sends non-JSON bytes over REST and a raw frame over the WS-API', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    server.scriptApi({ method: 'ping' }, { status: 502, rawBody: html, contentType: 'text/html' }, 2);
    const rest = await bed.rest('GET', '/api/v3/ping');
    expect(rest).toMatchObject({ status: 502, text: html, json: undefined });
    expect(rest.headers['content-type']).toBe('text/html');
    const client = await bed.connect();
    client.ws.send(JSON.stringify({ id: 1, method: 'ping' }));
    expect(await client.next()).toBe(html);
  });

  it('error: unknown targets, bad replies and bad times are ConfigErrors', () => {
    expect(() => server.scriptApi({ method: 'nope' }, { kind: 'drop' })).toThrow(ConfigError);
    expect(() => server.scriptApi({ method: 'session.status', transport: 'rest' }, { kind: 'drop' })).toThrow('no REST route');
    expect(() => server.scriptApi({ method: 'ping' }, { kind: 'delay', ms: -1 })).toThrow(ConfigError);
    expect(() => server.scriptApi({ method: 'ping' }, { status: 99, error: FAKE_API_ERRORS.unknown })).toThrow(ConfigError);
    expect(() => server.scriptApi({ method: 'ping' }, { kind: 'drop' }, 0)).toThrow(ConfigError);
  });

  it('teardown: stop() cancels delayed answers and leaves no timer behind', async () => {
    server.scriptApi({ method: 'ping' }, { kind: 'delay', ms: 60_000 }, 2);
    const client = await bed.connect();
    client.ws.send(JSON.stringify({ id: 1, method: 'ping' }));
    const pending = restCall(bed.host.port, 'GET', '/api/v3/ping').catch((error: unknown) => error);
    await delay(50);
    await bed.teardown();
    expect(String(await pending)).toMatch(/socket hang up|ECONNRESET/);
    // Restart so that afterEach has something to stop.
    await bed.start();
  });
});
