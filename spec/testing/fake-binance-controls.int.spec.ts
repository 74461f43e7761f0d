import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { WebSocket } from 'ws';
import { ConfigError } from '../../lib/errors/config-error.js';
import { FakeBinance } from '../../lib/testing/index.js';
import { watchTimers } from '../support/timer-leaks.js';
import { StreamTestBed, delay } from './support/stream-test-client.js';

describe('FakeBinance', () => {
  const bed = new StreamTestBed();
  let fake: FakeBinance;

  beforeEach(async () => {
    fake = await bed.start();
  });

  afterEach(() => bed.teardown());

  describe('publish', () => {
    it('args: a filter limits the receivers; the count says how many were reached', async () => {
      const a = await bed.connect(fake, '/ws/btcusdt@trade');
      const b = await bed.connect(fake, '/stream?streams=btcusdt@trade');
      expect(fake.publish('btcusdt@trade', { n: 1 }, 'spot-2')).toBe(1);
      expect(fake.publish('btcusdt@trade', { n: 2 }, (c) => !c.combined)).toBe(1);
      expect(fake.publish('btcusdt@trade', { n: 3 })).toBe(2);
      expect(fake.publish('ethbtc@trade', { n: 4 })).toBe(0);
      expect([await a.next(), await a.next()]).toEqual(['{"n":2}', '{"n":3}']);
      expect([await b.next(), await b.next()]).toEqual(['{"stream":"btcusdt@trade","data":{"n":1}}', '{"stream":"btcusdt@trade","data":{"n":3}}']);
    });

    it('error: throws ConfigError for a payload that is not JSON', () => {
      expect(() => fake.publish('btcusdt@trade', undefined)).toThrow(ConfigError);
    });

    it('behavior: publishRaw streams 100 000 messages to one connection, flush drains them', async () => {
      const client = await bed.connect(fake, '/ws/btcusdt@trade');
      let received = 0;
      const all = new Promise<void>((resolve) =>
        client.ws.on('message', () => {
          received += 1;
          if (received === 100_000) resolve();
        }),
      );
      const data = '{"e":"trade","E":1672515782136,"s":"BTCUSDT","t":12345,"p":"0.001","q":"100","T":1672515782136,"m":true,"M":true}';
      const started = Date.now();
      for (let i = 0; i < 100_000; i += 1) fake.publishRaw('btcusdt@trade', data);
      await fake.flush();
      await all;
      expect(received).toBe(100_000);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(fake.inbound).toEqual([]);
    });
  });

  describe('sendRaw and sendServerShutdown', () => {
    it('behavior: sendRaw sends any text frame to the selected connections', async () => {
      const a = await bed.connect(fake, '/ws');
      const b = await bed.connect(fake, '/ws');
      expect(fake.sendRaw('{"broken":', 'spot-1')).toBe(1);
      expect(await a.next()).toBe('{"broken":');
      expect(fake.sendRaw('x')).toBe(2);
      expect(await b.next()).toBe('x');
    });

    it('behavior: serverShutdown is bare on raw and enveloped on combined connections', async () => {
      const raw = await bed.connect(fake, '/ws/btcusdt@trade');
      const combined = await bed.connect(fake, '/stream');
      const before = Date.now();
      expect(fake.sendServerShutdown()).toBe(2);
      const bare = JSON.parse(await raw.next()) as { e: string; E: number };
      expect(bare).toEqual({ e: 'serverShutdown', E: expect.any(Number) as number });
      expect(bare.E).toBeGreaterThanOrEqual(before);
      expect(bare.E).toBeLessThanOrEqual(Date.now());
      expect(JSON.parse(await combined.next())).toEqual({ stream: '!serverShutdown', data: bare });
      expect(fake.connectionCount).toBe(2);
    });
  });

  describe('silence and resume', () => {
    it('behavior: a silenced connection sends nothing until resumed', async () => {
      const client = await bed.connect(fake, '/ws/btcusdt@trade');
      expect(fake.silence()).toBe(1);
      expect(fake.connections[0]?.silenced).toBe(true);
      expect(fake.publish('btcusdt@trade', { n: 1 })).toBe(0);
      expect(fake.sendRaw('x')).toBe(0);
      expect(fake.sendServerShutdown()).toBe(0);
      client.ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: ['ethbtc@trade'], id: 1 }));
      await delay(150);
      expect(client.messages).toEqual([]);
      expect(fake.inbound.map((r) => r.method)).toEqual(['SUBSCRIBE']);
      expect(fake.resume()).toBe(1);
      expect(fake.publish('ethbtc@trade', { n: 2 })).toBe(1);
      expect(await client.next()).toBe('{"n":2}');
    });

    it('behavior: a silenced connection neither pings nor closes for a missing pong', async () => {
      const quiet = await bed.start({ spotStreams: { pingIntervalMs: 50, pongTimeoutMs: 100 } });
      const client = await bed.connect(quiet, '/ws', { autoPong: false });
      quiet.silence('spot-1');
      await delay(400);
      expect(client.pings).toEqual([]);
      expect(quiet.connectionCount).toBe(1);
      quiet.resume();
      expect((await client.closed).code).toBe(1008);
      expect(client.pings.length).toBeGreaterThan(0);
    });
  });

  describe('dropConnections and closeConnections', () => {
    it('behavior: dropConnections cuts the socket; the client sees 1006', async () => {
      const client = await bed.connect(fake, '/ws/btcusdt@trade');
      const closed = firstValueFrom(fake.closed$);
      expect(fake.dropConnections()).toBe(1);
      expect((await client.closed).code).toBe(1006);
      expect(await closed).toMatchObject({ id: 'spot-1', closeCode: 1006 });
      expect(fake.subscribersOf('btcusdt@trade')).toBe(0);
    });

    it('default: closeConnections closes cleanly with 1000', async () => {
      const client = await bed.connect(fake, '/ws');
      expect(fake.closeConnections()).toBe(1);
      expect(await client.closed).toEqual({ code: 1000, reason: '' });
    });

    it('args: closeConnections takes a filter, a code and a reason', async () => {
      const a = await bed.connect(fake, '/ws');
      const b = await bed.connect(fake, '/stream');
      const serverSide = firstValueFrom(fake.closed$);
      expect(fake.closeConnections((c) => c.combined, 4000, 'bye')).toBe(1);
      expect(await b.closed).toEqual({ code: 4000, reason: 'bye' });
      await serverSide;
      expect(a.ws.readyState).toBe(WebSocket.OPEN);
      expect(fake.allConnections.map((c) => c.closeCode)).toEqual([undefined, 4000]);
    });

    it('error: closeConnections refuses a code a server may not send', async () => {
      await bed.connect(fake, '/ws');
      expect(() => fake.closeConnections(undefined, 1006)).toThrow(ConfigError);
      expect(() => fake.closeConnections(undefined, 1000, 'x'.repeat(124))).toThrow(ConfigError);
      expect(fake.connectionCount).toBe(1);
    });
  });

  describe('stop', () => {
    it('teardown: closes every client with 1001 and completes the observables', async () => {
      const own = await bed.start();
      const client = await bed.connect(own, '/ws/btcusdt@trade');
      const closed = lastValueFrom(own.closed$.pipe(toArray()));
      const connections = lastValueFrom(own.connection$.pipe(toArray()));
      await own.stop();
      expect(await client.closed).toEqual({ code: 1001, reason: 'Server stopping' });
      expect((await closed).map((c) => c.closeCode)).toEqual([1001]);
      expect(await connections).toEqual([]);
      expect(own.connectionCount).toBe(0);
      expect(own.publish('btcusdt@trade', {})).toBe(0);
      await own.stop();
    });

    it('teardown: leaves no server, socket or timer behind', async () => {
      const sockets = (): string[] => process.getActiveResourcesInfo().filter((r) => ['TCPServerWrap', 'TCPSocketWrap'].includes(r));
      await delay(20);
      const before = sockets();
      // timers are watched by creation, not by the process-wide count (jest's own come and go)
      const timers = watchTimers();
      let leftover: string[] = [];
      try {
        const own = await bed.start({ spotStreams: { pingIntervalMs: 50 } });
        const client = await bed.connect(own, '/ws/btcusdt@trade');
        own.silence();
        own.resume();
        await own.stop();
        await client.closed;
        // Let the client's own socket handle finish closing.
        await delay(20);
      } finally {
        leftover = await timers.leftover();
      }
      // a socket of the test process itself may have closed meanwhile: never more than before
      const count = (list: string[], kind: string): number => list.filter((r) => r === kind).length;
      for (const kind of ['TCPServerWrap', 'TCPSocketWrap']) expect({ kind, count: count(sockets(), kind) }).toEqual({ kind, count: Math.min(count(sockets(), kind), count(before, kind)) });
      // every timer made while the fake ran has fired or was cleared
      expect(leftover).toEqual([]);
    });
  });
});
