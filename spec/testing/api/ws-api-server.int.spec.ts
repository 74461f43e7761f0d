import { firstValueFrom } from 'rxjs';
import { ConfigError } from '../../../lib/errors/config-error';
import { ApiTestBed } from './support/api-test-bed';

describe('FakeSpotApiServer (WebSocket API server)', () => {
  const bed = new ApiTestBed();

  afterEach(() => bed.teardown());

  it('default: echoes the id, answers {id,status,result,rateLimits} in that order; v3/ prefixes are accepted', async () => {
    await bed.start();
    const client = await bed.connect();
    client.ws.send('{"id":9223372036854775807,"method":"ping"}');
    expect(await client.next()).toMatch(/^\{"id":9223372036854775807,"status":200,"result":\{\},"rateLimits":\[/);
    expect(await client.call('v3/time', undefined, 'uuid-like-0001')).toMatchObject({ id: 'uuid-like-0001', status: 200 });
    expect((await client.call('ping', undefined, null)).id).toBeNull();
  });

  it('error: malformed frames get -1135 with id null; an unknown method gets -1020 with its id', async () => {
    const server = await bed.start();
    const client = await bed.connect();
    expect(JSON.parse(await client.request('{"id":1,"method":'))).toEqual({ id: null, status: 400, error: { code: -1135, msg: 'Invalid JSON Request' } });
    expect(JSON.parse(await client.request('"ping"'))).toMatchObject({ id: null, error: { code: -1135 } });
    expect(JSON.parse(await client.request({ id: 'bad id!', method: 'ping' }))).toMatchObject({ id: null, error: { msg: expect.stringContaining("'id'") as string } });
    expect(JSON.parse(await client.request({ id: 5 }))).toEqual({ id: 5, status: 400, error: { code: -1135, msg: "Invalid 'method' in JSON request; expected a string." } });
    expect(JSON.parse(await client.request({ id: 6, method: 'ping', params: [] }))).toMatchObject({ id: 6, error: { msg: "Invalid 'params' in JSON request; expected an object." } });
    expect(await client.call('no.such.method', {}, 7)).toEqual({ id: 7, status: 400, error: { code: -1020, msg: 'This operation is not supported.' } });
    expect(server.apiRequests.map((r) => r.method)).toEqual([undefined, undefined, undefined, undefined, 'ping', 'no.such.method']);
    expect(server.apiRequests[0]).toMatchObject({ transport: 'ws', connectionId: 'ws-api-1', rawText: '{"id":1,"method":', fate: 'answered' });
    expect(server.wsApiConnections[0]?.framesReceived).toBe(6);
  });

  it('args: timeUnit=MICROSECOND returns time fields in µs; an invalid unit refuses the upgrade with -1194', async () => {
    await bed.start();
    const client = await bed.connect('?timeUnit=MICROSECOND');
    const before = Date.now();
    const { serverTime } = (await client.call('time')).result as { serverTime: number };
    expect(serverTime).toBeGreaterThanOrEqual(before * 1000);
    const status = (await client.call('session.status')).result as { connectedSince: number };
    expect(status.connectedSince).toBeGreaterThan(1e15);
    const refused = await bed.refusal('?timeUnit=SECOND');
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toEqual({ code: -1194, msg: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.' });
  });

  it('behavior: pings every pingIntervalMs and closes 1008 when no pong echoes them', async () => {
    await bed.start({ pingIntervalMs: 40, pongTimeoutMs: 150 });
    const client = await bed.connect();
    await new Promise<void>((resolve) => client.ws.once('ping', () => resolve()));
    expect(client.pings.length).toBeGreaterThanOrEqual(1);
    // ws answers pings automatically; a client that stops answering is closed.
    const silent = await bed.connect();
    silent.ws.pong = (): void => undefined;
    const closed = await silent.closed;
    expect(closed.code).toBe(1008);
    expect(client.ws.readyState).toBe(client.ws.OPEN);
  });

  it('behavior: sendWsApiServerShutdown sends the serverShutdown event; the connection stays open', async () => {
    const server = await bed.start();
    const client = await bed.connect();
    server.setClockOffset(5000);
    expect(server.sendWsApiServerShutdown()).toBe(1);
    const event = JSON.parse(await client.next()) as { event: { e: string; E: number } };
    expect(event).toEqual({ event: { e: 'serverShutdown', E: expect.any(Number) as number } });
    expect(event.event.E).toBeGreaterThanOrEqual(Date.now() + 4000);
    expect(Object.keys(event)).toEqual(['event']);
    expect(server.wsApiConnections).toHaveLength(1);
    expect(server.sendWsApiRaw('{"x":1}', 'ws-api-2')).toBe(0);
  });

  it('behavior: dropWsApiConnections terminates without a close frame; closeWsApiConnections sends one', async () => {
    const server = await bed.start();
    const opened = firstValueFrom(server.wsApiConnection$);
    const a = await bed.connect();
    expect((await opened).id).toBe('ws-api-1');
    const b = await bed.connect();
    const closedInfo = firstValueFrom(server.wsApiClosed$);
    expect(server.dropWsApiConnections('ws-api-1')).toBe(1);
    expect((await a.closed).code).toBe(1006);
    expect(await closedInfo).toMatchObject({ id: 'ws-api-1', closeCode: 1006 });
    const closedB = firstValueFrom(server.wsApiClosed$);
    expect(server.closeWsApiConnections((c) => c.id === 'ws-api-2', 4000, 'bye')).toBe(1);
    expect(await b.closed).toEqual({ code: 4000, reason: 'bye' });
    expect(await closedB).toMatchObject({ id: 'ws-api-2', closeCode: 4000, closeReason: 'bye' });
    expect(() => server.closeWsApiConnections(undefined, 1006)).toThrow(ConfigError);
    expect(server.wsApiConnections).toEqual([]);
    expect(server.allWsApiConnections.map((c) => c.closeCode)).toEqual([1006, 4000]);
  });

  it('teardown: stop() closes open connections with 1001 and refuses new ones', async () => {
    const server = await bed.start();
    const client = await bed.connect();
    await server.stop();
    expect((await client.closed).code).toBe(1001);
    expect((await bed.refusal()).status).toBe(503);
  });
});
